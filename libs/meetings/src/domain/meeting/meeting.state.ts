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
  Schedule,
} from './meeting.events';

export type Held = Omit<MeetingHeld['data'], 'meetingId'>;
export type Approval = Omit<MinutesApproved['data'], 'meetingId'>;
export type Notice = Omit<NoticePosted['data'], 'meetingId'>;
export type Correction = Omit<ItemCorrected['data'], 'meetingId'>;

export interface Meeting {
  meetingId: string;
  bodyId: string;
  bodyKind: BodyKind;
  scheduledFor: Schedule;
  place: string | null;
  format: MeetingFormat;
  held: Held | null;
  /** Items as they read now, corrections applied; see itemsInOrder. */
  items: Record<string, Item>;
  /** Every correction in the order made; the item events keep the versions before them. */
  corrections: Correction[];
  approval: Approval | null;
  notice: Notice | null;
}

export type MeetingState =
  | { status: 'none' }
  | ({ status: 'scheduled' | 'held' } & Meeting)
  | ({ status: 'cancelled'; cancelledOn: IsoDate } & Meeting);

export function evolveMeeting(state: MeetingState, event: MeetingEvent): MeetingState {
  if (event.type === 'MeetingScheduled') {
    return {
      status: 'scheduled',
      ...event.data,
      held: null,
      items: {},
      corrections: [],
      approval: null,
      notice: null,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'MeetingRescheduled': {
      const { scheduledFor, place, format } = event.data;
      return { ...state, scheduledFor, place, format };
    }
    case 'MeetingCancelled':
      return { ...state, status: 'cancelled', cancelledOn: event.data.cancelledOn };
    case 'MeetingHeld': {
      const { meetingId: _id, ...held } = event.data;
      return { ...state, status: 'held', held };
    }
    case 'ItemRecorded':
    case 'ItemAmended': {
      const item = event.data.item;
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
