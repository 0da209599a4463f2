import { randomUUID } from 'node:crypto';
import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { Structure, eventsOf, expectInvalid, expectRefused } from './structure-api';

describe.each(testEngines)('membership commands on %s', (engine) => {
  let api: TestApp;
  let structure: Structure;
  let sof: string;
  let group: string;
  let people: string[];
  beforeAll(async () => {
    api = await startTestApp({ engine });
    structure = new Structure(api);
    sof = await structure.organisation('SOF');
    group = await structure.group(await structure.model([sof]));
    people = [];
    for (const name of ['Linda Landberg', 'Patrik Forshage', 'Åsa Öberg']) {
      people.push(await structure.person(sof, name));
    }
  });
  afterAll(() => api.close());

  const seat = (personId: string, role: string, from: string, extra: object = {}) => ({
    personId,
    organisationId: sof,
    role,
    from,
    ...extra,
  });

  it('adds a seat (201 with its membership id), changes its role and ends it', async () => {
    const membershipId = await structure.member(group, seat(people[0], 'member', '2022-01-01'));
    expect(membershipId).toMatch(/^[0-9a-f-]{36}$/);
    await structure.ok(`/groups/${group}/members/${membershipId}/role`, {
      role: 'vice-chair',
      on: '2022-06-01',
    });
    await structure.ok(`/groups/${group}/members/${membershipId}/end`, { to: '2023-01-01' });
    const events = (await eventsOf(api, `group-${group}`)).filter((event) =>
      JSON.stringify(event.data).includes(membershipId),
    );
    expect(events.map((event) => [event.type, event.metadata.validFrom])).toEqual([
      ['MemberAdded', '2022-01-01'],
      ['MemberRoleChanged', '2022-06-01'],
      ['MembershipEnded', '2023-01-01'],
    ]);
    expect(events[0].data).toMatchObject({
      personId: people[0],
      organisationId: sof,
      role: 'member',
    });
  });

  it('records a seat that has already ended in one command', async () => {
    const membershipId = await structure.member(
      group,
      seat(people[2], 'deputy', '2021-03-01', { to: '2021-09-01' }),
    );
    const [added, ended] = (await eventsOf(api, `group-${group}`)).slice(-2);
    expect([added.type, ended.type]).toEqual(['MemberAdded', 'MembershipEnded']);
    expect(ended.data).toMatchObject({ membershipId, to: '2021-09-01', cause: 'ended' });
  });

  it('refuses malformed bodies with 400, naming each field', async () => {
    const membership = randomUUID();
    expectInvalid(
      await structure.post(`/groups/${group}/members`, {
        personId: people[0],
        role: 'member',
        from: '2022-01-01',
      }),
      ['organisationId'],
    );
    expectInvalid(
      await structure.post(`/groups/${group}/members`, seat(people[0], 'ordförande', '2022-01-01')),
      ['role'],
    );
    expectInvalid(
      await structure.post(`/groups/${group}/members`, seat('p-1', 'member', '2022-1-1')),
      ['personId', 'from'],
    );
    expectInvalid(
      await structure.post(
        `/groups/${group}/members`,
        seat(people[0], 'member', '2022-01-01', { to: 20230101 }),
      ),
      ['to'],
    );
    expectInvalid(
      await structure.post(
        `/groups/${group}/members`,
        seat(people[0], 'member', '2022-01-01', { remote: true }),
      ),
      ['remote'],
    );
    expectInvalid(
      await structure.post(`/groups/${group}/members/ms-1/role`, {
        role: 'chair',
        on: '2022-01-01',
      }),
      ['membershipId'],
    );
    expectInvalid(
      await structure.post(`/groups/${group}/members/${membership}/role`, { role: 'chair' }),
      ['on'],
    );
    expectInvalid(
      await structure.post(`/groups/${group}/members/${membership}/end`, { on: '2022-01-01' }),
      ['to', 'on'],
    );
  });

  describe('refuses a broken rule with its code and records nothing', () => {
    it('409 for a second chair at the same time, by a new seat or a role change', async () => {
      const chairGroup = await structure.group(await structure.model([sof]));
      await structure.member(chairGroup, seat(people[1], 'chair', '2024-11-14'));
      const problem = await expectRefused(
        api,
        () =>
          structure.post(`/groups/${chairGroup}/members`, seat(people[0], 'chair', '2024-12-01')),
        409,
        'GROUP.CHAIR_OVERLAP',
      );
      expect(problem.chairs).toHaveLength(2);
      const member = await structure.member(chairGroup, seat(people[0], 'member', '2024-12-01'));
      await expectRefused(
        api,
        () =>
          structure.post(`/groups/${chairGroup}/members/${member}/role`, {
            role: 'chair',
            on: '2025-02-01',
          }),
        409,
        'GROUP.CHAIR_OVERLAP',
      );
    });

    it('422 for a seat that ends before it starts; 404 for an unknown seat; 409 for a seat held twice', async () => {
      await expectRefused(
        api,
        () =>
          structure.post(
            `/groups/${group}/members`,
            seat(people[1], 'member', '2022-01-01', { to: '2022-01-01' }),
          ),
        422,
        'GROUP.MEMBERSHIP_END_NOT_AFTER_START',
      );
      await expectRefused(
        api,
        () => structure.post(`/groups/${group}/members/${randomUUID()}/end`, { to: '2023-01-01' }),
        404,
        'GROUP.MEMBERSHIP_NOT_FOUND',
      );
      await structure.member(group, seat(people[1], 'member', '2022-01-01'));
      await expectRefused(
        api,
        () =>
          structure.post(`/groups/${group}/members`, seat(people[1], 'secretary', '2022-03-01')),
        409,
        'GROUP.ALREADY_MEMBER',
      );
    });

    it('404 for a seat in a group that does not exist', async () => {
      await expectRefused(
        api,
        () =>
          structure.post(
            `/groups/${randomUUID()}/members`,
            seat(people[0], 'member', '2022-01-01'),
          ),
        404,
        'GROUP.NOT_FOUND',
      );
    });
  });
});
