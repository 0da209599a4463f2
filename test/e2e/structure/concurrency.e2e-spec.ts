import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { eventsOf, seatStage, type SeatStage } from './structure-api';

/**
 * Commands racing on one group: without If-Match a lost race is decided again on the new state,
 * so a rule still holds (one chair) and no event is lost. Outcomes, not timings, are asserted.
 */
describe.each(testEngines)('concurrent structure commands on %s', (engine) => {
  let api: TestApp;
  let stage: SeatStage;
  beforeAll(async () => {
    api = await startTestApp({ engine });
    stage = await seatStage(api);
  });
  afterAll(() => api.close());

  describe('concurrent commands on one group', () => {
    it('lets one of two chairs added at once win; the other gets 409 and no event is lost', async () => {
      const group = await stage.structure.group(stage.model);
      const responses = await Promise.all([
        stage.structure.post(`/groups/${group}/members`, stage.seat(stage.people[2], 'chair')),
        stage.structure.post(`/groups/${group}/members`, stage.seat(stage.people[3], 'chair')),
      ]);
      expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
      const refused = responses.find((response) => response.status === 409)!;
      expect(refused.body.code).toBe('GROUP.CHAIR_OVERLAP');
      const events = await eventsOf(api, `group-${group}`);
      expect(events.map((event) => event.type)).toEqual(['GroupFormed', 'MemberAdded']);
      const winner = responses.find((response) => response.status === 201)!;
      expect(events[1].data).toMatchObject({
        membershipId: winner.body.membershipId,
        role: 'chair',
      });
    });

    it('records every one of several members added at once, in consecutive revisions', async () => {
      const group = await stage.structure.group(stage.model);
      const responses = await Promise.all(
        stage.people.map((person) =>
          stage.structure.post(`/groups/${group}/members`, stage.seat(person, 'member')),
        ),
      );
      expect(responses.map((response) => response.status)).toEqual(stage.people.map(() => 201));
      expect(responses.map((response) => response.body.revision).sort()).toEqual([
        1, 2, 3, 4, 5, 6,
      ]);
      const added = (await eventsOf(api, `group-${group}`)).filter(
        (event) => event.type === 'MemberAdded',
      );
      expect(added.map((event) => (event.data as { personId: string }).personId).sort()).toEqual(
        [...stage.people].sort(),
      );
    });

    it('never both forms a group below a parent and dissolves that parent', async () => {
      const parent = await stage.structure.group(stage.model, {
        kind: 'working',
        name: 'Förälder',
        formedOn: '2022-01-01',
      });
      const [formed, dissolved] = await Promise.all([
        stage.structure.post('/groups', {
          modelId: stage.model,
          kind: 'team',
          name: 'Barn',
          records: 'notes',
          parentId: parent,
          formedOn: '2023-01-01',
        }),
        stage.structure.post(`/groups/${parent}/dissolve`, { on: '2023-06-01' }),
      ]);
      const outcome = [formed.status, dissolved.status];
      expect([
        [201, 409],
        [409, 200],
      ]).toContainEqual(outcome);
      if (formed.status === 409) expect(formed.body.code).toBe('GROUP.PARENT_DISSOLVED');
      else expect(dissolved.body.code).toMatch(/^(GROUP\.HAS_CHILDREN|CONCURRENCY\.CONFLICT)$/);
    });
  });
});
