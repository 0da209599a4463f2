import type { IsoDate } from '../shared/calendar';
import type {
  BodyKind,
  Item,
  ItemCorrected,
  MeetingEvent,
  MeetingFormat,
  MeetingHeld,
  MinutesApproved,
  NoticePosted,
  NotesCounterSigned,
  NotesDelivered,
  Records,
  Schedule,
} from './meeting.events';

export type Held = Omit<MeetingHeld['data'], 'meetingId'>;
export type Approval = Omit<MinutesApproved['data'], 'meetingId'>;
export type Notice = Omit<NoticePosted['data'], 'meetingId'>;
export type Correction = Omit<ItemCorrected['data'], 'meetingId'>;
export type CounterSigning = Omit<NotesCounterSigned['data'], 'meetingId'>;
export type Delivery = Omit<NotesDelivered['data'], 'meetingId'>;

export interface Meeting {
  meetingId: string;
  bodyId: string;
  bodyKind: BodyKind;
  records: Records;
  scheduledFor: Schedule;
  place: string | null;
  format: MeetingFormat | null;
  held: Held | null;
  /** Items as they read now, corrections applied; see itemsInOrder. */
  items: Record<string, Item>;
  /** Every correction in the order made; the item events keep the versions before them. */
  corrections: Correction[];
  approval: Approval | null;
  notice: Notice | null;
  /** Notes only: the chair's signature and another member's counter-signature. */
  counterSigning: CounterSigning | null;
  /** Notes only: the bodies they were delivered to ("delges"). */
  deliveries: Delivery[];
}

export type MeetingState =
  | { status: 'none' }
  | ({ status: 'scheduled' | 'held' } & Meeting)
  | ({ status: 'cancelled'; cancelledOn: IsoDate } & Meeting);

export function evolveMeeting(state: MeetingState, event: MeetingEvent): MeetingState {
  if (event.type === 'MeetingScheduled') {
    const data = event.data;
    return {
      status: 'scheduled',
      ...data,
      records: data.records ?? recordsOfBodyKind(data.bodyKind),
      scheduledFor: normalisedSchedule(data.scheduledFor),
      held: null,
      items: {},
      corrections: [],
      approval: null,
      notice: null,
      counterSigning: null,
      deliveries: [],
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'MeetingRescheduled': {
      const { scheduledFor, place, format, records = state.records } = event.data;
      return { ...state, scheduledFor: normalisedSchedule(scheduledFor), place, format, records };
    }
    case 'MeetingCancelled':
      return { ...state, status: 'cancelled', cancelledOn: event.data.cancelledOn };
    case 'MeetingHeld': {
      const { meetingId: _id, ...held } = event.data;
      return { ...state, status: 'held', held: normalisedHeld(held) };
    }
    case 'ItemRecorded':
    case 'ItemAmended': {
      const item = normalisedItem(event.data.item);
      return { ...state, items: { ...state.items, [item.itemId]: item } };
    }
    case 'ItemRemoved': {
      const { [event.data.itemId]: _removed, ...items } = state.items;
      return { ...state, items };
    }
    case 'MinutesApproved': {
      const { meetingId: _id, ...approval } = event.data;
      return { ...state, approval };
    }
    case 'NoticePosted': {
      const { meetingId: _id, ...notice } = event.data;
      return { ...state, notice };
    }
    case 'NotesCounterSigned': {
      const { meetingId: _id, ...counterSigning } = event.data;
      return { ...state, counterSigning };
    }
    case 'NotesDelivered': {
      const { meetingId: _id, ...delivery } = event.data;
      return { ...state, deliveries: [...state.deliveries, delivery] };
    }
    case 'ItemCorrected': {
      const { meetingId: _id, ...correction } = event.data;
      const item = state.items[correction.itemId];
      if (!item) return state;
      return {
        ...state,
        items: { ...state.items, [item.itemId]: corrected(item, correction) },
        corrections: [...state.corrections, correction],
      };
    }
    default: {
      const _never: never = event;
      return _never;
    }
  }
}

/**
 * What a body keeps when its meeting's events do not say (version 1): groups and preparatory
 * committees keep notes, boards and working committees minutes.
 */
export function recordsOfBodyKind(kind: BodyKind): Records {
  return kind === 'group' || kind === 'preparatory-committee' ? 'notes' : 'minutes';
}

// Version 1 events lack the fields below; their defaults say what those events meant.
function normalisedSchedule(schedule: Schedule): Schedule {
  return { ...schedule, endTime: schedule.endTime ?? null };
}

function normalisedHeld(held: Held): Held {
  return {
    ...held,
    documented: held.documented ?? true,
    presidedBy: held.presidedBy ?? null,
    absences: held.absences.map((absence) => ({ ...absence, office: absence.office ?? null })),
  };
}

type MotionV1 = Item['motions'][number] & { additional?: boolean };

function normalisedItem(item: Item): Item {
  return {
    ...item,
    motions: item.motions.map(({ additional, ...motion }: MotionV1) => ({
      ...motion,
      kind: motion.kind ?? (additional ? 'additional' : 'motion'),
    })),
    decision: item.decision && {
      ...item.decision,
      adoptedMotions: item.decision.adoptedMotions ?? [],
    },
  };
}

/** The record is sealed once approved (minutes) or counter-signed (notes): the date it was. */
export function sealedOn(meeting: Meeting): IsoDate | null {
  return meeting.approval?.approvedOn ?? meeting.counterSigning?.counterSignedOn ?? null;
}

function corrected(item: Item, correction: Correction): Item {
  const text = correction.text;
  switch (correction.field) {
    case 'title':
      return { ...item, title: text };
    case 'caseNumber':
      return { ...item, caseNumber: text };
    case 'background':
      return { ...item, background: text };
    case 'notes':
      return { ...item, notes: text };
    case 'proposal':
      return item.proposal ? { ...item, proposal: { ...item.proposal, text } } : item;
    case 'decision':
      return item.decision ? { ...item, decision: { ...item.decision, text } } : item;
    case 'motion':
      return {
        ...item,
        motions: item.motions.map((motion, index) =>
          index === correction.motionIndex ? { ...motion, text } : motion,
        ),
      };
    default: {
      const _never: never = correction.field;
      return _never;
    }
  }
}

/** The text a correction of `field` replaces; undefined when the item has no such text. */
export function correctableText(
  item: Item,
  field: Correction['field'],
  motionIndex: number | null,
): string | null | undefined {
  switch (field) {
    case 'title':
    case 'caseNumber':
    case 'background':
    case 'notes':
      return item[field];
    case 'proposal':
      return item.proposal?.text;
    case 'decision':
      return item.decision?.text;
    case 'motion':
      return motionIndex === null ? undefined : item.motions[motionIndex]?.text;
    default: {
      const _never: never = field;
      return _never;
    }
  }
}

/** The minutes' order: by position, as the paragraphs are printed. */
export function itemsInOrder(meeting: Meeting): Item[] {
  return Object.values(meeting.items).sort((a, b) => a.position - b.position);
}

/** The meeting's date: when it was held, or when it is (was) scheduled. */
export function meetingDate(meeting: Meeting): IsoDate {
  return meeting.held?.date ?? meeting.scheduledFor.date;
}

/** Whether a person is in the attendance of the held meeting (however briefly). */
export function attended(meeting: Meeting, personId: string): boolean {
  return meeting.held?.attendance.some((attendee) => attendee.personId === personId) ?? false;
}
