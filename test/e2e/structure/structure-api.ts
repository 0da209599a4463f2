import * as path from 'node:path';
import type { Response } from 'supertest';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@app/event-store';
import { sql } from 'kysely';
import type { Identity } from '@app/kernel';
import { SQL_DATABASE, loadOrCreateDevKeys, signDevToken, type SqlDatabase } from '@app/platform';
import { expectProblem, type TestApp } from '../../support/test-app';

export const TENANT = '0192';
export const API = '/api/v1';

/** A secretary of NAF in Nynäshamn, as a dev token signed with the test app's own key. */
export const anna = {
  actor: { id: 'anna', name: 'Anna Svensson', role: 'secretary' as const, organisation: 'NAF' },
  municipality: TENANT,
};

export async function tokenFor(api: TestApp, identity: Identity = anna): Promise<string> {
  const keys = await loadOrCreateDevKeys(path.join(api.config.dataDir, 'keys'));
  return signDevToken(keys, identity);
}

/** Reads a stream straight from the store: the history endpoints belong to the read side. */
export function eventsOf(api: TestApp, stream: string): Promise<RecordedEvent[]> {
  return api.app.get<EventStore>(EVENT_STORE).readStream(TENANT, stream);
}

export async function expectCommand(response: Response, status: 200 | 201) {
  if (response.status !== status) throw new Error(`${response.status}: ${response.text}`);
  expect(response.body).toEqual(
    expect.objectContaining({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      revision: expect.any(Number),
      position: expect.stringMatching(/^\d+$/),
    }),
  );
  expect(response.headers.etag).toBe(`"${response.body.revision}"`);
  return response.body as { id: string; revision: number; position: string } & Record<
    string,
    string
  >;
}

/**
 * The highest position in the events table: unchanged means nothing was recorded. Read from the
 * table, not the store's head(), which stays below transactions still running anywhere on the
 * server (other test files' included) and so may move on by itself.
 */
export async function headOf(api: TestApp): Promise<bigint> {
  const row = await api.app
    .get<SqlDatabase>(SQL_DATABASE)
    .db.selectFrom('events')
    .select(sql<string | null>`max(position)::text`.as('head'))
    .executeTakeFirstOrThrow();
  return BigInt(row.head ?? 0);
}

/** A 400 that names exactly these fields (dotted paths), in any order. */
export function expectInvalid(response: Response, fields: string[]) {
  const problem = expectProblem(response, 400, 'REQUEST.VALIDATION_FAILED');
  const named = (problem.errors as { field: string }[]).map((error) => error.field);
  expect([...new Set(named)].sort()).toEqual([...fields].sort());
  return problem;
}

/** Sends a command that must be refused with this status and code, and must record nothing. */
export async function expectRefused(
  api: TestApp,
  send: () => PromiseLike<Response>,
  status: number,
  code: string,
) {
  const before = await headOf(api);
  const problem = expectProblem(await send(), status, code);
  expect(await headOf(api)).toBe(before);
  return problem;
}

/** Posts one command after another, building the Nynäshamn structure the specs act on. */
export class Structure {
  constructor(private readonly api: TestApp) {}

  post(url: string, body: object, headers: Record<string, string> = {}) {
    return this.api.http.post(`${API}${url}`).set(headers).send(body);
  }

  async create(url: string, body: object): Promise<string> {
    return (await expectCommand(await this.post(url, body), 201)).id;
  }

  async ok(url: string, body: object) {
    return expectCommand(await this.post(url, body), 200);
  }

  organisation(shortName: string, extra: object = {}) {
    return this.create('/organisations', {
      kind: 'administration',
      name: `${shortName}-förvaltningen`,
      shortName,
      establishedOn: '2019-01-01',
      ...extra,
    });
  }

  person(organisationId: string, name = 'Patrik Forshage') {
    return this.create('/people', { name, organisationId, on: '2021-01-01' });
  }

  model(participantIds: string[], extra: object = {}) {
    return this.create('/models', {
      name: 'Nynäshamnsmodellen',
      purpose: 'Samverkan kring barn och unga',
      participantIds,
      focusAreas: ['Närvaro i skolan'],
      adoptedBy: { caseNumber: 'NAN/2023/0160/007' },
      establishedOn: '2021-01-01',
      ...extra,
    });
  }

  group(modelId: string, extra: object = {}) {
    return this.create('/groups', {
      modelId,
      kind: 'steering',
      name: 'Styrgruppen',
      records: 'notes',
      cadence: { minWeeks: 4, maxWeeks: 6 },
      formedOn: '2021-01-01',
      ...extra,
    });
  }

  async member(groupId: string, body: object): Promise<string> {
    const response = await this.post(`/groups/${groupId}/members`, body);
    return (await expectCommand(response, 201)).membershipId;
  }
}

/** SOF, a model it takes part in, and six of its people: the stage for seat races and repeats. */
export interface SeatStage {
  structure: Structure;
  sof: string;
  model: string;
  people: string[];
  seat(personId: string, role: string): object;
}

export async function seatStage(api: TestApp): Promise<SeatStage> {
  const structure = new Structure(api);
  const sof = await structure.organisation('SOF');
  const model = await structure.model([sof]);
  const people: string[] = [];
  for (let index = 0; index < 6; index++) people.push(await structure.person(sof, `P ${index}`));
  const seat = (personId: string, role: string) => ({
    personId,
    organisationId: sof,
    role,
    from: '2024-11-14',
  });
  return { structure, sof, model, people, seat };
}
