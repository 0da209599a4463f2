import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import type { Response } from 'supertest';
import type { MeetingCommand } from '@app/meetings';
import type { TestApp } from '../../support/test-app';
import {
  recordNynashamn,
  type CommandAnswer,
  type SendCommand,
} from '../../../apps/cli/src/demo/nynashamn.demo';
import {
  registerMinutesCast,
  type SeedPerson,
} from '../../../apps/cli/src/demo/nynashamn-cast.demo';
import {
  recordSeedMeeting as demoRecordSeedMeeting,
  seedIds as demoSeedIds,
  type BodyRef,
  type SeedIds,
} from '../../../apps/cli/src/demo/seed-commands';
import type { RecordedEvent } from '@app/event-store';
import {
  API,
  Structure,
  eventsOf as storedEventsOf,
  expectCommand,
} from '../structure/structure-api';

export {
  API,
  expectCommand,
  expectInvalid,
  expectRefused,
  headOf,
} from '../structure/structure-api';

type Headers = Record<string, string>;

/** Event data as the specs read it: JSON whose shape each spec states in its expectations. */
type EventData = Record<string, any>;

/** A stream's events straight from the store, with their data open to property access. */
export async function eventsOf(
  api: TestApp,
  stream: string,
): Promise<(Omit<RecordedEvent, 'data'> & { data: EventData })[]> {
  return (await storedEventsOf(api, stream)) as (Omit<RecordedEvent, 'data'> & {
    data: EventData;
  })[];
}
type Body = object;

/**
 * A typed client over the meetings command endpoints. Each command has a raw sender (answers
 * the supertest Response, for refusals and header checks) on `send`, and a checked one on the
 * instance that expects success and answers the ids the command made.
 */
export class Meetings {
  readonly send;

  constructor(private readonly api: TestApp) {
    const post =
      (url: string) =>
      (body: Body, headers: Headers = {}) =>
        this.post(url, body, headers);
    const meeting = (id: string, path: string) => post(`/meetings/${id}${path}`);
    const item = (id: string, itemId: string, path: string) =>
      post(`/meetings/${id}/items/${itemId}${path}`);
    this.send = {
      schedule: post('/meetings'),
      reschedule: (id: string, body: Body, h?: Headers) => meeting(id, '/reschedule')(body, h),
      cancel: (id: string, body: Body, h?: Headers) => meeting(id, '/cancel')(body, h),
      held: (id: string, body: Body, h?: Headers) => meeting(id, '/held')(body, h),
      item: (id: string, body: Body, h?: Headers) => meeting(id, '/items')(body, h),
      amend: (id: string, itemId: string, body: Body, h?: Headers) =>
        item(id, itemId, '/amend')(body, h),
      remove: (id: string, itemId: string, body: Body = {}, h?: Headers) =>
        item(id, itemId, '/remove')(body, h),
      correct: (id: string, itemId: string, body: Body, h?: Headers) =>
        item(id, itemId, '/correct')(body, h),
      approve: (id: string, body: Body, h?: Headers) => meeting(id, '/minutes/approve')(body, h),
      notice: (id: string, body: Body, h?: Headers) => meeting(id, '/minutes/notice')(body, h),
      issue: post('/assignments'),
      reportBack: (id: string, body: Body, h?: Headers) =>
        post(`/assignments/${id}/report-back`)(body, h),
      extend: (id: string, body: Body, h?: Headers) => post(`/assignments/${id}/extend`)(body, h),
      withdraw: (id: string, body: Body, h?: Headers) =>
        post(`/assignments/${id}/withdraw`)(body, h),
    };
  }

  /** POST to a path under /api/v1. */
  post(path: string, body: Body, headers: Headers = {}) {
    return this.api.http.post(`${API}${path}`).set(headers).send(body);
  }

  /** Schedules a meeting; answers its id. */
  async schedule(body: Body): Promise<string> {
    return (await expectCommand(await this.send.schedule(body), 201)).id;
  }

  /** Records an item; answers its id (the command's `id` is the meeting's). */
  async item(meetingId: string, body: Body): Promise<string> {
    return (await expectCommand(await this.send.item(meetingId, body), 201)).itemId;
  }

  /** Issues an assignment; answers its id. */
  async issue(body: Body): Promise<string> {
    return (await expectCommand(await this.send.issue(body), 201)).id;
  }

  /** Any other command, which answers 200: `meetings.ok(meetings.send.held(id, body))`. */
  async ok(sent: PromiseLike<Response>) {
    return expectCommand(await sent, 200);
  }
}

/** Bodies that can meet, and the people the seed minutes name, all registered. */
export interface BodyStage {
  structure: Structure;
  meetings: Meetings;
  /** The administration that serves the board (NAF). */
  administration: string;
  board: string;
  committee: string;
  group: string;
  /** The request field naming each body. */
  bodyOf: {
    board: { kind: 'board'; id: string };
    committee: { kind: 'working-committee'; id: string };
    group: { kind: 'group'; id: string };
  };
  /** Every person of the seeds (pirrone, kalback, ...), registered as the demo registers them. */
  people: Record<SeedPerson, string>;
  /** The seed ids of those people and organisations, each mapped to its registered id. */
  known: Record<string, string>;
}

/**
 * The demo's structure part, recorded through HTTP under Idempotency-Keys of this stage's own:
 * the municipality, NAF, BUF and SOF with their people (apps/cli/src/demo/nynashamn.demo.ts),
 * then the boards, committees and people of the seed minutes (nynashamn-cast.demo.ts), all from
 * 2019 at the latest; and a steering group of a model of NAF's own, formed in 2021.
 */
export async function bodyStage(api: TestApp): Promise<BodyStage> {
  const structure = new Structure(api);
  const meetings = new Meetings(api);
  const send = sendOf(meetings, `stage-${randomUUID()}`);
  const demo = await recordNynashamn(send);
  const cast = await registerMinutesCast(send, demo);
  const model = await structure.model([demo.naf]);
  const group = await structure.group(model);
  const { nan: board, nanAu: committee } = cast.bodies;
  return {
    structure,
    meetings,
    administration: demo.naf,
    board,
    committee,
    group,
    bodyOf: {
      board: { kind: 'board', id: board },
      committee: { kind: 'working-committee', id: committee },
      group: { kind: 'group', id: group },
    },
    people: cast.people,
    known: cast.known,
  };
}

/** The demo's sender over the test app: each step's Idempotency-Key under `prefix`. */
function sendOf(meetings: Meetings, prefix: string): SendCommand {
  return async (path, payload, idempotencyKey) => {
    const response = await meetings.post(path, payload, {
      'Idempotency-Key': `${prefix}-${idempotencyKey}`,
    });
    return (await expectCommand(response, response.status === 201 ? 201 : 200)) as CommandAnswer;
  };
}

const SEED_IDS = 'a7c1e1f0-5d0b-4c1e-9a51-6b1f3c1f0a00';

/**
 * The demo's seed→HTTP mapping (apps/cli/src/demo/seed-commands.ts), for tests: the stage's
 * registered people and organisations first, then `known` (e.g. another body for a seed one); a
 * seed id neither names maps to a stable UUID of its own, in fields and mention tokens alike.
 */
export function seedIds(stage: BodyStage, known: Record<string, string> = {}): SeedIds {
  return demoSeedIds({ ...stage.known, ...known }, (seedId) => uuidv5(seedId, SEED_IDS));
}

/**
 * Records a seed meeting's commands through HTTP, in order, as the demo does: answers the
 * meeting id and each seed item id's server id. The body is given as the request names it.
 */
export async function recordSeedMeeting(
  meetings: Meetings,
  commands: readonly MeetingCommand[],
  body: BodyRef,
  ids: SeedIds,
) {
  const send = sendOf(meetings, `test-${randomUUID()}`);
  const { meetingId, itemIds } = await demoRecordSeedMeeting(send, commands, body, ids, 'seed');
  return { meetingId, itemIds };
}
