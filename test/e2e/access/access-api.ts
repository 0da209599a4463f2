import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Response } from 'supertest';
import { SQL_DATABASE, type SqlDatabase } from '@app/platform';
import { ROLES, type Identity, type Role } from '@app/kernel';
import { bodyStage } from '../meetings/meetings-api';
import { API, tokenFor } from '../structure/structure-api';
import type { TestApp } from '../../support/test-app';
import type { Route } from '../../support/route-table';

/** Someone of NAF in Nynäshamn in the given role, as a dev token signed with the app's key. */
export function identityOf(role: Role, organisation = 'NAF', municipality = '0192'): Identity {
  return {
    actor: { id: `${role}-${organisation}`, name: `A ${role}`, role, organisation },
    municipality,
  };
}

export async function tokensByRole(api: TestApp, organisation = 'NAF', municipality = '0192') {
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES)
    tokens[role] = await tokenFor(api, identityOf(role, organisation, municipality));
  return tokens;
}

/** The route's path with each `:param` replaced: by `ids[param]` when given, else a fresh UUID. */
export function pathOf(route: Route, ids: Record<string, string> = {}): string {
  return route.path.replace(/:(\w+)/g, (_, name: string) => ids[name] ?? randomUUID());
}

/** Calls the route as the token's holder: GETs with `query`, POSTs with `body`. */
export function call(
  api: TestApp,
  route: Route,
  token: string,
  options: { path?: string; body?: object; query?: Record<string, string> } = {},
): Promise<Response> {
  const path = options.path ?? pathOf(route);
  const request =
    route.method === 'GET'
      ? api.http.get(path).query(options.query ?? {})
      : api.http.post(path).send(options.body ?? {});
  return request.set('Authorization', `Bearer ${token}`).then((response) => response);
}

export { API };

/** The bodies of the seeds, a held meeting of NAN's AU with a decided item, and an issuer of assignments on it. */
export async function decisionStage(api: TestApp) {
  const stage = await bodyStage(api);
  const { meetings } = stage;
  const meetingId = await meetings.schedule({
    body: stage.bodyOf.committee,
    scheduledFor: { date: '2023-11-06' },
    format: 'remote',
  });
  await meetings.ok(
    meetings.send.held(meetingId, {
      startedAt: '09:00',
      endedAt: '09:50',
      attendance: [{ personId: stage.people.pirrone, capacity: 'decision-maker', office: 'chair' }],
    }),
  );
  const itemId = await meetings.item(meetingId, {
    number: 42,
    title: 'Svar på revisorernas frågor',
    kind: 'decision',
    decision: { text: 'Ärendet ska kompletteras.', form: 'proposal-to-board' },
  });
  const issue = (organisationId: string) =>
    meetings.issue({
      meetingId,
      itemId,
      owedBy: { organisationId },
      what: 'Komplettera ärendet',
      issuedOn: '2023-11-06',
      dueOn: '2023-12-01',
    });
  return { ...stage, meetingId, itemId, issue };
}

/** Rows of the personal-data table: a refused request must not leave one behind. */
export async function personalDataRows(api: TestApp): Promise<number> {
  const { count } = await api.app
    .get<SqlDatabase>(SQL_DATABASE)
    .db.selectFrom('personal_data')
    .select(sql<string>`count(*)`.as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** Events in the store, of every municipality: what a request wrote is the difference. */
export async function eventCount(api: TestApp): Promise<number> {
  const { count } = await api.app
    .get<SqlDatabase>(SQL_DATABASE)
    .db.selectFrom('events')
    .select(sql<string>`count(*)`.as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}
