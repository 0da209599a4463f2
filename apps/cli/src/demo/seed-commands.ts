import type { IssueAssignment, MeetingCommand } from '@app/meetings';
import type { CommandAnswer, SendCommand } from './nynashamn.demo';

/** Fields that hold ids (and lists of ids): personId, chairId, adjusterIds, presentedBy, ... */
const ID_FIELD = /(Id|Ids|^presentedBy|^servingFor)$/;
const MENTION = /\{\{person:([^{}\s]+)\}\}/g;

export interface SeedIds {
  /** The server's id for a seed id ('p-101', 'org-naf', 'nan-42'). */
  idOf(seedId: string): string;
  /** Remembers a server id the API answered (a meeting's, an item's), so later commands map to it. */
  learn(seedId: string, serverId: string): void;
  /** A seed command's data with every id field and every mention token mapped to server ids. */
  convert<T>(value: T): T;
}

/**
 * The seeds (@app/meetings nynashamnSeeds) use readable ids; the API takes the ids it gave out.
 * `known` maps seed ids to them; an id it does not know goes to `unknown`, which by default
 * refuses, so the demo never records a made-up id (tests may pass a UUID generator instead).
 */
export function seedIds(
  known: Record<string, string> = {},
  unknown: (seedId: string) => string = (seedId) => {
    throw new Error(`seed id ${seedId} has no server id`);
  },
): SeedIds {
  const ids = new Map(Object.entries(known));
  const idOf = (seedId: string) => ids.get(seedId) ?? unknown(seedId);
  const convert = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') {
      if (key && ID_FIELD.test(key)) return idOf(value);
      return value.replace(MENTION, (_m, id: string) => `{{person:${idOf(id)}}}`);
    }
    if (Array.isArray(value)) return value.map((each) => convert(each, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([field, each]) => [field, convert(each, field)]),
      );
    }
    return value;
  };
  return {
    idOf,
    learn: (seedId, serverId) => void ids.set(seedId, serverId),
    convert: <T>(value: T) => convert(value) as T,
  };
}

/** The request naming the body that meets, as BodyRefDto takes it. */
export interface BodyRef {
  kind: string;
  id: string;
}

export interface RecordedMeeting {
  meetingId: string;
  /** Each seed item id's server id. */
  itemIds: Record<string, string>;
  /** The last command's position: pass it as consistentWith. */
  position: string;
}

/**
 * Sends a seed meeting's commands to the command endpoints, in order, as a secretary would.
 * Each command's Idempotency-Key is `${key}-<step>`, the step named after the command (and the
 * seed item), so sending the same seed again answers the same ids and records nothing new.
 */
export async function recordSeedMeeting(
  send: SendCommand,
  commands: readonly MeetingCommand[],
  body: BodyRef,
  ids: SeedIds,
  key: string,
): Promise<RecordedMeeting> {
  let meetingId = '';
  let answer: CommandAnswer | undefined;
  const itemIds: Record<string, string> = {};
  const meeting = (path: string) => `/meetings/${meetingId}${path}`;
  for (const command of commands) {
    switch (command.type) {
      case 'ScheduleMeeting': {
        // The body facts in the seed are what the handler loads; the request names the body.
        const { scheduledFor, place, format } = command.data;
        answer = await send('/meetings', { body, scheduledFor, place, format }, `${key}-schedule`);
        meetingId = answer.id;
        ids.learn(command.data.meetingId, meetingId);
        break;
      }
      case 'RecordItem': {
        // The server gives the item its id, takes its number (numberTakenBy) and looks up the
        // people and organisations it names (facts) itself.
        const { meetingId: _m, itemId, numberTakenBy: _n, facts: _f, ...item } = command.data;
        answer = await send(meeting('/items'), ids.convert(item), `${key}-item-${itemId}`);
        itemIds[itemId] = answer.itemId as string;
        ids.learn(itemId, itemIds[itemId]);
        break;
      }
      case 'RecordHeld': {
        // Who is registered is looked up by the server, like the body facts.
        const { meetingId: _m, registered: _r, ...held } = command.data;
        answer = await send(meeting('/held'), ids.convert(held), `${key}-held`);
        break;
      }
      case 'ApproveMinutes': {
        const { meetingId: _m, ...approval } = command.data;
        answer = await send(meeting('/minutes/approve'), ids.convert(approval), `${key}-approve`);
        break;
      }
      case 'PostNotice': {
        const { meetingId: _m, ...notice } = command.data;
        answer = await send(meeting('/minutes/notice'), notice, `${key}-notice`);
        break;
      }
      case 'CorrectItem': {
        const { meetingId: _m, itemId, ...correction } = command.data;
        const path = meeting(`/items/${ids.idOf(itemId)}/correct`);
        answer = await send(path, ids.convert(correction), `${key}-correct-${itemId}`);
        break;
      }
      default:
        throw new Error(`recordSeedMeeting: ${command.type} is not in the seeds`);
    }
  }
  return { meetingId, itemIds, position: answer?.position ?? '0' };
}

/**
 * Issues a seed assignment from its meeting's decision item (both must be recorded, so `ids`
 * knows them). The server reads the decision (source) from the meeting and gives the id.
 */
export async function issueSeedAssignment(
  send: SendCommand,
  command: IssueAssignment,
  ids: SeedIds,
  key: string,
): Promise<CommandAnswer> {
  const { assignmentId: _a, source, sourceFacts: _s, owedByFacts: _f, ...issue } = command.data;
  if (source.kind !== 'decision') throw new Error('issueSeedAssignment: only decisions');
  const decision = { meetingId: source.meetingId, itemId: source.itemId };
  return send('/assignments', ids.convert({ ...decision, ...issue }), key);
}
