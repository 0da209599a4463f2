import { expectProblem, startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { recordNynashamn, type Nynashamn } from '../structure/nynashamn-scenario';
import { command, reader } from '../structure/queries-http';

describe.each(testEngines)('change reports on %s', (engine) => {
  let api: TestApp;
  let n: Nynashamn;
  let position: string;
  let reviewedAt: string;
  let reviewEnd: string;
  const get = (url: string, query: Record<string, string> = {}) =>
    reader(api, () => position)(url, query);

  beforeAll(async () => {
    api = await startTestApp({ engine });
    n = await recordNynashamn(api);
    await new Promise((resolve) => setTimeout(resolve, 20));
    reviewedAt = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    // After the review: a seat ended in 2024 (retroactive) and one started today's year on.
    const seats = await get(`/people/${n.landberg}/memberships`);
    const violence = seats.body.memberships.find((seat: any) => seat.group.id === n.violence);
    await command(api, `/groups/${n.violence}/members/${violence.membershipId}/end`, {
      to: '2025-06-01',
      reason: 'Avgick enligt anmälan',
    });
    position = (
      await command(api, `/groups/${n.tactical}/members`, {
        personId: n.kalback,
        organisationId: n.naf,
        role: 'member',
        from: '2030-01-01',
      })
    ).position;
    // What later tests record falls after the window the record-time test reads.
    await new Promise((resolve) => setTimeout(resolve, 20));
    reviewEnd = new Date().toISOString();
  }, 180_000);
  afterAll(() => api.close());

  describe('in valid time: GET /structure/changes', () => {
    it('lists what changed in the old model around its replacement, with counts per kind', async () => {
      const response = await get('/structure/changes', {
        modelId: n.oldModel,
        from: '2025-01-01',
        to: '2025-12-31',
        limit: '500',
      });
      expect(response.status).toBe(200);
      const { changes, counts } = response.body;
      const kinds = new Set(changes.map((change: any) => change.kind));
      expect(kinds).toEqual(
        new Set(['model-replaced', 'group-dissolved', 'group-transferred', 'seat-ended']),
      );
      expect(counts.byKind['group-dissolved']).toBe(3);
      expect(counts.byKind['group-transferred']).toBe(3);
      expect(counts.total).toBe(changes.length);
      const dissolved = changes.find((change: any) => change.group?.id === n.steering);
      expect(dissolved).toMatchObject({
        date: '2025-01-01',
        kind: 'group-dissolved',
        group: { id: n.steering, name: 'Styrgruppen' },
        entity: { kind: 'group', href: `/api/v1/groups/${n.steering}` },
      });
      const ended = changes.find(
        (change: any) => change.kind === 'seat-ended' && change.group?.id === n.violence,
      );
      expect(ended).toMatchObject({ date: '2025-06-01', reason: 'Avgick enligt anmälan' });
      const dates = changes.map((change: any) => change.date);
      expect([...dates].sort()).toEqual(dates);
    });

    it("lists the changes of holder of the posts that hold seats in the model's groups", async () => {
      const response = await get('/structure/changes', {
        modelId: n.newModel,
        from: '2021-01-01',
        to: '2021-12-31',
      });
      expect(response.status).toBe(200);
      expect(response.body.counts.byKind).toEqual({ 'post-holder-changed': 3 });
      expect(response.body.changes[0]).toMatchObject({
        date: '2021-01-01',
        kind: 'post-holder-changed',
        entity: { kind: 'post' },
      });
    });

    it('names each kind of change: formed, moved, re-mandated, merged, seats, participants', async () => {
      const model = await command(api, '/models', {
        name: 'Provmodellen',
        purpose: 'Prov',
        participantIds: [n.naf],
        adoptedBy: { description: 'Prov' },
        establishedOn: '2020-01-01',
      });
      const group = async (kind: string, name: string) =>
        (await command(api, '/groups', { modelId: model.id, kind, name, formedOn: '2020-02-01' }))
          .id;
      const steering = await group('steering', 'Provstyrgrupp');
      const working = await group('working', 'Provgrupp');
      const other = await group('working', 'Andra provgruppen');
      await command(api, `/models/${model.id}/participants`, {
        organisationId: n.buf,
        from: '2020-03-01',
      });
      await command(api, `/groups/${working}/move`, { parentId: steering, on: '2020-04-01' });
      await command(api, `/groups/${working}/mandate`, { mandate: 'Prova', on: '2020-05-01' });
      const seat = await command(api, `/groups/${working}/members`, {
        personId: n.kalback,
        organisationId: n.naf,
        role: 'member',
        from: '2020-06-01',
      });
      const seatPath = `/groups/${working}/members/${seat.membershipId}`;
      await command(api, `${seatPath}/role`, { role: 'chair', on: '2020-07-01' });
      await command(api, `${seatPath}/end`, { to: '2020-08-01' });
      await command(api, `/models/${model.id}/participants/${n.buf}/leave`, { on: '2020-09-01' });
      await command(api, '/groups/merge', {
        sourceIds: [other],
        targetId: working,
        on: '2020-10-01',
      });
      position = (
        await command(api, `/models/${model.id}/amend`, { purpose: 'Ny', on: '2020-11-01' })
      ).position;
      const response = await get('/structure/changes', {
        modelId: model.id,
        from: '2020-02-01',
        to: '2020-12-31',
      });
      expect(response.status).toBe(200);
      expect(response.body.changes.map((change: any) => [change.date, change.kind])).toEqual([
        ['2020-02-01', 'group-formed'],
        ['2020-02-01', 'group-formed'],
        ['2020-02-01', 'group-formed'],
        ['2020-03-01', 'participant-joined'],
        ['2020-04-01', 'group-moved'],
        ['2020-05-01', 'group-re-mandated'],
        ['2020-06-01', 'seat-started'],
        ['2020-07-01', 'seat-role-changed'],
        ['2020-08-01', 'seat-ended'],
        ['2020-09-01', 'participant-left'],
        ['2020-10-01', 'group-merged'],
        ['2020-10-01', 'groups-absorbed'],
        ['2020-11-01', 'model-amended'],
      ]);
      expect(response.body.counts).toMatchObject({ total: 13, byKind: { 'group-formed': 3 } });
      const merged = response.body.changes.find((change: any) => change.kind === 'group-merged');
      expect(merged.group).toEqual({ id: other, name: 'Andra provgruppen' });
    });

    it('pages through the changes in date order with next', async () => {
      const query = { modelId: n.oldModel, from: '2021-01-01', to: '2025-12-31' };
      const whole = await get('/structure/changes', { ...query, limit: '500' });
      const seen: string[] = [];
      let next: string | null =
        `/api/v1/structure/changes?${new URLSearchParams({ ...query, limit: '4' })}`;
      while (next) {
        const page: any = await api.http.get(next);
        expect(page.status).toBe(200);
        expect(page.body.counts).toEqual(whole.body.counts);
        seen.push(...page.body.changes.map((change: any) => change.position));
        next = page.body.next;
      }
      expect(seen).toEqual(whole.body.changes.map((change: any) => change.position));
      expect(seen.length).toBeGreaterThan(8);
    });

    it('answers nothing for a window without changes, and refuses a backwards one', async () => {
      const quiet = await get('/structure/changes', {
        modelId: n.oldModel,
        from: '2019-01-01',
        to: '2019-12-31',
      });
      expect(quiet.body).toMatchObject({ changes: [], counts: { total: 0 }, next: null });
      expectProblem(
        await get('/structure/changes', {
          modelId: n.oldModel,
          from: '2025-01-01',
          to: '2024-01-01',
        }),
        400,
        'REQUEST.VALIDATION_FAILED',
      );
      expectProblem(
        await get('/structure/changes', { from: '2025-01-01' }),
        400,
        'REQUEST.VALIDATION_FAILED',
      );
      const window = { modelId: n.oldModel, from: '2021-01-01', to: '2025-12-31' };
      for (const key of ['2024-01-01|9999999999999999999', 'x|1', '2024-01-01\u0000|1']) {
        expectProblem(
          await get('/structure/changes', {
            ...window,
            cursor: Buffer.from(key).toString('base64url'),
          }),
          400,
          'PAGE.CURSOR_INVALID',
        );
      }
    });
  });

  describe('in record time: GET /audit/changes', () => {
    it('groups what was recorded since the review by entity, retroactive changes flagged', async () => {
      const response = await get('/audit/changes', { since: reviewedAt, until: reviewEnd });
      expect(response.status).toBe(200);
      expect(response.body.counts).toEqual({ events: 2, entities: 2, retroactive: 1 });
      const [violence, tactical] = response.body.entities;
      expect(violence).toMatchObject({
        entity: { kind: 'group', id: n.violence },
        events: 1,
        retroactive: 1,
        changes: [{ type: 'MembershipEnded', validFrom: '2025-06-01', retroactive: true }],
      });
      expect(tactical).toMatchObject({
        entity: { kind: 'group', id: n.tactical },
        retroactive: 0,
        changes: [{ type: 'MemberAdded', validFrom: '2030-01-01', retroactive: false }],
      });
    });

    it('pages by entity, and answers an empty window', async () => {
      const first = await get('/audit/changes', { since: '2000-01-01T00:00:00Z', limit: '3' });
      expect(first.body.entities).toHaveLength(3);
      const second = await api.http.get(first.body.next);
      expect(second.status).toBe(200);
      const ids = [...first.body.entities, ...second.body.entities].map((e: any) => e.entity.id);
      expect(new Set(ids).size).toBe(ids.length);
      const none = await get('/audit/changes', {
        since: '2999-01-01T00:00:00Z',
        until: '2999-02-01T00:00:00Z',
      });
      expect(none.body).toMatchObject({ entities: [], counts: { events: 0 }, next: null });
      expectProblem(await get('/audit/changes', {}), 400, 'REQUEST.VALIDATION_FAILED');
      expectProblem(
        await get('/audit/changes', {
          since: '2000-01-01T00:00:00Z',
          cursor: Buffer.from('9999999999999999999').toString('base64url'),
        }),
        400,
        'PAGE.CURSOR_INVALID',
      );
      expectProblem(
        await get('/audit/changes', {
          since: '2025-01-01T00:00:00Z',
          until: '2024-01-01T00:00:00Z',
        }),
        400,
        'REQUEST.VALIDATION_FAILED',
      );
    });
  });
});
