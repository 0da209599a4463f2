import { expectProblem, startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { recordNynashamn, type Nynashamn } from '../structure/nynashamn-scenario';
import { command, reader } from '../structure/queries-http';

describe.each(testEngines)('change reports on %s', (engine) => {
  let api: TestApp;
  let n: Nynashamn;
  let position: string;
  let reviewedAt: string;
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
      const response = await get('/audit/changes', { since: reviewedAt });
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
