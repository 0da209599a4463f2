import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import {
  seatStage,
  type SeatStage,
  anna,
  eventsOf,
  expectCommand,
  expectRefused,
  headOf,
  tokenFor,
} from './structure-api';

/** What every command endpoint shares: idempotent retries, If-Match, races, and who recorded it. */
describe.each(testEngines)('structure command conventions on %s', (engine) => {
  let api: TestApp;
  let stage: SeatStage;
  beforeAll(async () => {
    api = await startTestApp({ engine });
    stage = await seatStage(api);
  });
  afterAll(() => api.close());

  describe('Idempotency-Key', () => {
    it('answers a repeat with the first result (same seat id), records once; another body is 422', async () => {
      const group = await stage.structure.group(stage.model);
      const key = { 'Idempotency-Key': 'seat-forshage' };
      const url = `/groups/${group}/members`;
      const first = await expectCommand(
        await stage.structure.post(url, stage.seat(stage.people[0], 'chair'), key),
        201,
      );
      const again = await expectCommand(
        await stage.structure.post(url, stage.seat(stage.people[0], 'chair'), key),
        201,
      );
      expect(again).toEqual(first);
      expect(again.membershipId).toBe(first.membershipId);
      expect(await eventsOf(api, `group-${group}`)).toHaveLength(2);
      await expectRefused(
        api,
        () => stage.structure.post(url, stage.seat(stage.people[0], 'member'), key),
        422,
        'IDEMPOTENCY.KEY_REUSED',
      );
      // The key names a seat in this group only: used again on another group it makes another seat.
      const elsewhere = await stage.structure.group(stage.model);
      const other = await expectCommand(
        await stage.structure.post(
          `/groups/${elsewhere}/members`,
          stage.seat(stage.people[0], 'chair'),
          key,
        ),
        201,
      );
      expect(other.membershipId).not.toBe(first.membershipId);
    });

    it('makes a formation (two streams) safe to repeat: one group, one roster entry', async () => {
      const body = {
        modelId: stage.model,
        kind: 'team',
        name: 'Team',
        records: 'notes',
        formedOn: '2022-01-01',
      };
      const key = { 'Idempotency-Key': 'form-team' };
      const first = await expectCommand(await stage.structure.post('/groups', body, key), 201);
      const head = await headOf(api);
      const again = await expectCommand(await stage.structure.post('/groups', body, key), 201);
      expect(again).toEqual(first);
      expect(await headOf(api)).toBe(head);
      const attached = (await eventsOf(api, `model-${stage.model}`)).filter(
        (event) => (event.data as { groupId?: string }).groupId === first.id,
      );
      expect(attached).toHaveLength(1);
      await expectRefused(
        api,
        () => stage.structure.post('/groups', { ...body, name: 'Other' }, key),
        422,
        'IDEMPOTENCY.KEY_REUSED',
      );
    });
  });

  describe('If-Match', () => {
    it('fails a stale revision with 412 and records nothing; the current one passes', async () => {
      const naf = await stage.structure.organisation('NAF');
      const renamed = await stage.structure.ok(`/organisations/${naf}/rename`, {
        name: 'Ny',
        on: '2023-01-01',
      });
      const problem = await expectRefused(
        api,
        () =>
          stage.structure.post(
            `/organisations/${naf}/rename`,
            { name: 'Nyare', on: '2024-01-01' },
            { 'If-Match': '"0"' },
          ),
        412,
        'REQUEST.PRECONDITION_FAILED',
      );
      expect(problem).toMatchObject({ expected: 0, actual: 1 });
      const current = { 'If-Match': `"${renamed.revision}"` };
      expect(
        (
          await stage.structure.post(
            `/organisations/${naf}/rename`,
            { name: 'Nyare', on: '2024-01-01' },
            current,
          )
        ).status,
      ).toBe(200);
    });

    it('applies to the addressed group in a multi-stream command', async () => {
      const group = await stage.structure.group(stage.model);
      const member = await expectCommand(
        await stage.structure.post(
          `/groups/${group}/members`,
          stage.seat(stage.people[1], 'member'),
        ),
        201,
      );
      await expectRefused(
        api,
        () =>
          stage.structure.post(
            `/groups/${group}/dissolve`,
            { on: '2025-01-01' },
            { 'If-Match': '"0"' },
          ),
        412,
        'REQUEST.PRECONDITION_FAILED',
      );
      const etag = { 'If-Match': `"${member.revision}"` };
      expect(
        (await stage.structure.post(`/groups/${group}/dissolve`, { on: '2025-01-01' }, etag))
          .status,
      ).toBe(200);
    });
  });

  it('writes who recorded it, why, on whose behalf and under which request into every event', async () => {
    // An admin: only an admin records on behalf of another organisation than their own.
    const admin = { ...anna, actor: { ...anna.actor, role: 'admin' as const } };
    const token = await tokenFor(api, admin);
    const response = await api.http
      .post(`/api/v1/groups/${await stage.structure.group(stage.model)}/members`)
      .set('Authorization', `Bearer ${token}`)
      .set('X-Request-Id', 'req-anna-42')
      .send({
        ...stage.seat(stage.people[4], 'secretary'),
        reason: 'Protokoll 2024-11-14 § 79',
        onBehalfOf: 'SOF',
      });
    const result = await expectCommand(response, 201);
    const [event] = (await eventsOf(api, `group-${result.id}`)).slice(-1);
    // The caller's name is personal data: it is kept beside the log, never in the event.
    const { name: _name, ...actorWithoutName } = admin.actor;
    expect(event.metadata.actor).not.toHaveProperty('name');
    expect(event.metadata).toMatchObject({
      actor: actorWithoutName,
      tenant: '0192',
      reason: 'Protokoll 2024-11-14 § 79',
      onBehalfOf: 'SOF',
      correlationId: 'req-anna-42',
      validFrom: '2024-11-14',
    });
  });

  it('keeps municipalities apart: an id from another one is not found there', async () => {
    const naf = await stage.structure.organisation('NAF');
    const coordinator = { ...anna.actor, role: 'coordinator' as const };
    const tyreso = await tokenFor(api, { actor: coordinator, municipality: '0138' });
    const response = await api.http
      .post(`/api/v1/organisations/${naf}/rename`)
      .set('Authorization', `Bearer ${tyreso}`)
      .send({ name: 'Tyresö NAF', on: '2024-01-01' });
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('ORGANISATION.NOT_FOUND');
  });

  it('documents every command endpoint with its headers in the OpenAPI document', async () => {
    const document = (await api.http.get('/api/docs-json')).body;
    const commands = [
      '/organisations',
      '/organisations/{id}/rename',
      '/organisations/{id}/dissolve',
      '/people',
      '/models',
      '/models/{id}/participants',
      '/models/{id}/participants/{orgId}/leave',
      '/models/{id}/amend',
      '/models/{id}/replace',
      '/models/{id}/retire',
      '/groups',
      '/groups/{id}/mandate',
      '/groups/{id}/move',
      '/groups/{id}/dissolve',
      '/groups/merge',
      '/groups/{id}/members',
      '/groups/{id}/members/{membershipId}/role',
      '/groups/{id}/members/{membershipId}/end',
    ];
    for (const path of commands) {
      const operation = document.paths[`/api/v1${path}`]?.post;
      expect(operation).toBeDefined();
      const headers = operation.parameters.filter((p: { in: string }) => p.in === 'header');
      expect(headers.map((p: { name: string }) => p.name)).toEqual(['If-Match', 'Idempotency-Key']);
    }
  });
});
