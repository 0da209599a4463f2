import type { RecordedEvent } from '@app/event-store';

/**
 * What the trail keeps of an event besides the envelope: which entity it is about, which
 * organisations it concerns, and how late it was recorded. Derived from the event alone, so a
 * rebuild derives the same rows.
 */
export interface TrailFacts {
  entityKind: string;
  entityId: string;
  organisationIds: string[];
  /** Whole days from the valid date to the record date (Europe/Stockholm); null without a valid date. */
  lateByDays: number | null;
}

/**
 * The kinds of entity a stream can hold, longest first so that `item-numbers-…` is not read as
 * an `item`. A stream of an unknown kind is named by the part before its first hyphen.
 */
const KINDS = [
  'item-numbers',
  'organisation',
  'assignment',
  'agreement',
  'evaluation',
  'follow-up',
  'indicator',
  'meeting',
  'inquiry',
  'person',
  'model',
  'group',
  'post',
];

export function entityOf(stream: string): { kind: string; id: string } {
  const kind = KINDS.find((known) => stream.startsWith(`${known}-`));
  if (kind) return { kind, id: stream.slice(kind.length + 1) };
  const hyphen = stream.indexOf('-');
  return hyphen < 0
    ? { kind: stream, id: stream }
    : { kind: stream.slice(0, hyphen), id: stream.slice(hyphen + 1) };
}

/** Fields that name an organisation, one or many, wherever they sit in an event's data. */
const ORGANISATION_FIELDS = new Set([
  'organisationId',
  'organisationIds',
  'participantIds',
  'addressedTo',
  'owedBy',
]);
/** Bodies of meetings that are organisations (boards and committees; not groups). */
const ORGANISATION_BODY =
  /^(board|working-committee|joint-working-committee|preparatory-committee)$/;

/** Every organisation an event names, the organisation it is about included. */
export function organisationsOf(stream: string, data: unknown): string[] {
  const found = new Set<string>();
  const entity = entityOf(stream);
  if (entity.kind === 'organisation') found.add(entity.id);
  collect(data, found, false);
  return [...found].sort();
}

function collect(value: unknown, found: Set<string>, naming: boolean): void {
  if (typeof value === 'string') {
    if (naming) found.add(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const element of value) collect(element, found, naming);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.kind === 'string' && ORGANISATION_BODY.test(record.kind)) {
    if (typeof record.id === 'string') found.add(record.id);
  }
  for (const [key, field] of Object.entries(record)) {
    if (ORGANISATION_FIELDS.has(key)) {
      // owedBy and addressedTo may be objects or lists of them: their organisationId is collected below.
      collect(field, found, typeof field === 'string' || isStringList(field));
    } else if (typeof field === 'object') {
      collect(field, found, false);
    }
  }
}

const isStringList = (value: unknown) =>
  Array.isArray(value) && value.every((element) => typeof element === 'string');

const DAY_MS = 86_400_000;

/**
 * Made once: constructing an Intl.DateTimeFormat loads time-zone data and cost about 250 µs,
 * which per event was most of the audit trail's rebuild; formatting with it costs a few µs.
 */
const STOCKHOLM_DAY = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in Sweden of a moment: what "recorded on" means to the municipality. */
export function stockholmDate(moment: string): string {
  return STOCKHOLM_DAY.format(new Date(moment));
}

/**
 * The last hour asked for and its day in Sweden: Sweden's offsets are whole hours, so a UTC
 * moment's day there is its UTC hour's, and a page of events mostly shares one hour.
 */
let lastHour = { utcHour: '', day: '' };

function recordedDay(recordedAt: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:.*Z$/.test(recordedAt)) return stockholmDate(recordedAt);
  const utcHour = recordedAt.slice(0, 13);
  if (lastHour.utcHour !== utcHour) lastHour = { utcHour, day: stockholmDate(recordedAt) };
  return lastHour.day;
}

export function lateByDays(validFrom: string | undefined, recordedAt: string): number | null {
  if (validFrom === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(validFrom)) return null;
  const recordedOn = recordedDay(recordedAt);
  return Math.round((Date.parse(recordedOn) - Date.parse(validFrom)) / DAY_MS);
}

export function trailFactsOf(event: RecordedEvent): TrailFacts {
  const entity = entityOf(event.stream);
  return {
    entityKind: entity.kind,
    entityId: entity.id,
    organisationIds: organisationsOf(event.stream, event.data),
    lateByDays: lateByDays(event.metadata.validFrom, event.metadata.recordedAt),
  };
}
