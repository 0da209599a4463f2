import { DomainError } from '@app/kernel';
import { requireText } from '../shared/guards';
import { requireActiveOrganisation, requireRegistered } from '../shared/references';
import type {
  AmendItem,
  ItemFacts,
  ItemInput,
  NumberHolder,
  RecordItem,
  RemoveItem,
} from './meeting.commands';
import type { Item, ItemAmended, ItemField, ItemRecorded, ItemRemoved } from './meeting.events';
import { itemOf } from './meeting.item-content';
import { formatItemNumber } from './minutes.calendar';
import { requireItem, type OpenMeeting } from './meeting.rules';
import { itemsInOrder } from './meeting.state';

const P = 'ITEM';

export function decideRecordItem(command: RecordItem, meeting: OpenMeeting): ItemRecorded {
  const { meetingId: _m, itemId: rawId, numberTakenBy, facts, position, ...input } = command.data;
  const itemId = requireText(P, 'itemId', rawId);
  if (meeting.items[itemId]) {
    throw new DomainError(`${P}.ALREADY_RECORDED`, 'The item is already recorded', 'conflict', {
      itemId,
    });
  }
  const last = itemsInOrder(meeting).at(-1)?.position ?? 0;
  const item = itemOf(itemId, input, meeting, positionOf(position, last + 1));
  checkPlace(item, meeting, numberTakenBy);
  requireNamedExist(item, null, facts, meeting);
  return {
    type: 'ItemRecorded',
    data: {
      meetingId: meeting.meetingId,
      bodyId: meeting.bodyId,
      meetingDate: meeting.scheduledFor.date,
      item,
    },
  };
}

export function decideAmendItem(command: AmendItem, meeting: OpenMeeting): ItemAmended {
  const { itemId, numberTakenBy, facts } = command.data;
  const changes = command.data.changes ?? {};
  const current = requireItem(meeting, itemId);
  const { itemId: _id, position: currentPosition, ...currentInput } = current;
  const merged: ItemInput = { ...currentInput, ...changes };
  // Taking the number away takes its year with it, unless the amendment says otherwise.
  if (changes.number === null && changes.year === undefined) merged.year = null;
  const item = itemOf(itemId, merged, meeting, positionOf(changes.position, currentPosition));
  const changed = (Object.keys(item) as (keyof Item)[]).filter(
    (field): field is ItemField =>
      field !== 'itemId' && JSON.stringify(item[field]) !== JSON.stringify(current[field]),
  );
  if (changed.length === 0) {
    throw new DomainError(`${P}.UNCHANGED`, 'The amendment changes nothing', 'invalid', { itemId });
  }
  const renumbered = item.number !== current.number || item.year !== current.year;
  checkPlace(item, meeting, renumbered ? numberTakenBy : null);
  requireNamedExist(item, current, facts, meeting);
  return {
    type: 'ItemAmended',
    data: {
      meetingId: meeting.meetingId,
      bodyId: meeting.bodyId,
      meetingDate: meeting.scheduledFor.date,
      item,
      changed,
    },
  };
}

export function decideRemoveItem(command: RemoveItem, meeting: OpenMeeting): ItemRemoved {
  const item = requireItem(meeting, command.data.itemId);
  return {
    type: 'ItemRemoved',
    data: {
      meetingId: meeting.meetingId,
      meetingDate: meeting.scheduledFor.date,
      itemId: item.itemId,
    },
  };
}

/**
 * The people an item names are registered, and the organisations it is sent to or whose proposal
 * it states exist on the day of the meeting, so that reads name them. Only names the item did not have before are checked:
 * an amendment leaves alone what was recorded before this rule.
 */
function requireNamedExist(
  item: Item,
  before: Item | null,
  facts: ItemFacts | undefined,
  meeting: OpenMeeting,
): void {
  const people: [string, (it: Item) => (string | null)[]][] = [
    ['presentedBy', (it) => it.presentedBy],
    ['motions.personId', (it) => it.motions.map((motion) => motion.personId)],
    [
      'decision.reservations.personId',
      (it) => it.decision?.reservations.map((reservation) => reservation.personId) ?? [],
    ],
  ];
  for (const [field, named] of people) {
    requireRegistered(P, namedAnew(named, item, before), facts?.registered, field);
  }
  const organisations: [string, (it: Item) => (string | null)[]][] = [
    ['recipients.organisationId', (it) => it.recipients.map((r) => r.organisationId)],
    ['proposal.organisationId', (it) => [it.proposal?.organisationId ?? null]],
  ];
  for (const [field, named] of organisations) {
    for (const organisationId of namedAnew(named, item, before)) {
      const found = facts?.organisations.find((org) => org.organisationId === organisationId);
      const on = meeting.scheduledFor.date;
      requireActiveOrganisation(P, organisationId, found ?? null, on, field);
    }
  }
}

function namedAnew(
  named: (item: Item) => (string | null)[],
  item: Item,
  before: Item | null,
): string[] {
  const had = new Set(before ? named(before) : []);
  return named(item).filter((id): id is string => id !== null && !had.has(id));
}

function positionOf(position: unknown, fallback: number): number {
  if (position === undefined || position === null) return fallback;
  if (!Number.isInteger(position) || (position as number) < 1) {
    throw new DomainError(
      `${P}.INVALID_POSITION`,
      'A position is a whole number from 1',
      'invalid',
      {
        position,
      },
    );
  }
  return position as number;
}

/**
 * An item number is used once per body and year. This meeting's items are checked here, from
 * the stream itself; other meetings' come from the handler (`numberTakenBy`). A holder that
 * names this meeting is the read model lagging behind this very stream, and is ignored.
 */
function checkPlace(item: Item, meeting: OpenMeeting, numberTakenBy: NumberHolder | null): void {
  const others = Object.values(meeting.items).filter((other) => other.itemId !== item.itemId);
  if (item.number !== null) {
    const here = others.find((other) => other.number === item.number && other.year === item.year);
    const elsewhere =
      numberTakenBy && numberTakenBy.meetingId !== meeting.meetingId ? numberTakenBy : null;
    const holder = here ? { meetingId: meeting.meetingId, itemId: here.itemId } : elsewhere;
    if (holder) {
      throw new DomainError(
        `${P}.NUMBER_TAKEN`,
        item.year === null
          ? `Item ${item.number} is already used in this meeting`
          : `${formatItemNumber(item.number, item.year)} is already used by this body`,
        'conflict',
        { number: item.number, year: item.year, takenBy: holder },
      );
    }
  }
  const samePlace = others.find((other) => other.position === item.position);
  if (samePlace) {
    throw new DomainError(
      `${P}.POSITION_TAKEN`,
      'Another item stands at that position',
      'conflict',
      {
        position: item.position,
        itemId: samePlace.itemId,
      },
    );
  }
}
