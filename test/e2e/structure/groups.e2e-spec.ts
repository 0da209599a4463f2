import { randomUUID } from 'node:crypto';
import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { Structure, eventsOf, expectCommand, expectRefused } from './structure-api';

describe.each(testEngines)('group commands on %s', (engine) => {
  let api: TestApp;
  let structure: Structure;
  let naf: string;
  let person: string;
  beforeAll(async () => {
    api = await startTestApp({ engine });
    structure = new Structure(api);
    naf = await structure.organisation('NAF');
    person = await structure.person(naf);
  });
  afterAll(() => api.close());

  const working = (modelId: string, parentId: string, name = 'Närvaro i skolan') =>
    structure.group(modelId, {
      kind: 'working',
      name,
      parentId,
      focusArea: name,
      formedOn: '2022-01-01',
    });

  it('forms a group on its model roster, re-mandates, moves and dissolves it', async () => {
    const model = await structure.model([naf]);
    const steering = await structure.group(model);
    const coordination = await structure.group(model, {
      kind: 'coordination',
      name: 'Samordningsgruppen',
    });
    const group = await working(model, steering);
    const [attached] = (await eventsOf(api, `model-${model}`)).slice(-1);
    expect(attached).toMatchObject({ type: 'GroupAttached', data: { groupId: group } });

    await structure.ok(`/groups/${group}/mandate`, {
      mandate: 'Öka närvaron i skolan',
      cadence: null,
      on: '2022-06-01',
    });
    await structure.ok(`/groups/${group}/move`, { parentId: coordination, on: '2023-01-01' });
    await structure.member(group, {
      personId: person,
      organisationId: naf,
      role: 'member',
      from: '2023-02-01',
    });
    const dissolved = await structure.ok(`/groups/${group}/dissolve`, { on: '2024-06-01' });
    expect(dissolved).toMatchObject({ id: group, revision: 5 });

    expect((await eventsOf(api, `group-${group}`)).map((event) => event.type)).toEqual([
      'GroupFormed',
      'GroupReMandated',
      'GroupMoved',
      'MemberAdded',
      'GroupDissolved',
      'MembershipEnded',
    ]);
    const [reMandated] = (await eventsOf(api, `group-${group}`)).slice(1, 2);
    expect(reMandated.data).toMatchObject({
      cadence: null,
      focusArea: 'Närvaro i skolan',
      records: 'notes',
    });
    const [detached] = (await eventsOf(api, `model-${model}`)).slice(-1);
    expect(detached).toMatchObject({
      type: 'GroupDetached',
      data: { groupId: group, cause: 'dissolved' },
    });
  });

  it('keeps, when forming does not say, what the kind keeps: notes for a working group, minutes for a working committee', async () => {
    const model = await structure.model([naf]);
    const team = await structure.create('/groups', {
      modelId: model,
      kind: 'working',
      name: 'Närvaro',
      formedOn: '2021-01-01',
    });
    const committee = await structure.create('/groups', {
      modelId: model,
      kind: 'working-committee',
      name: 'Arbetsutskottet',
      formedOn: '2021-01-01',
    });
    const [formedTeam] = await eventsOf(api, `group-${team}`);
    const [formedCommittee] = await eventsOf(api, `group-${committee}`);
    expect(formedTeam).toMatchObject({ type: 'GroupFormed', data: { records: 'notes' } });
    expect(formedCommittee).toMatchObject({ type: 'GroupFormed', data: { records: 'minutes' } });
  });

  it('merges groups into a new group (201) and into an existing one (200)', async () => {
    const model = await structure.model([naf]);
    const coordination = await structure.group(model, {
      kind: 'coordination',
      name: 'Samordningsgruppen',
    });
    const [preschool, school, violence] = [
      await working(model, coordination, 'Närvaro i förskolan'),
      await working(model, coordination, 'Närvaro i skolan'),
      await working(model, coordination, 'Våldsprevention'),
    ];
    const formed = await expectCommand(
      await structure.post('/groups/merge', {
        sourceIds: [preschool, school],
        target: { kind: 'operational', name: 'Närvaro', parentId: coordination, records: 'notes' },
        on: '2024-06-01',
      }),
      201,
    );
    const attendance = formed.id;
    expect((await eventsOf(api, `group-${attendance}`)).map((event) => event.type)).toEqual([
      'GroupFormed',
      'GroupsAbsorbed',
    ]);
    expect((await eventsOf(api, `group-${school}`)).at(-1)?.data).toMatchObject({
      targetId: attendance,
    });

    const merged = await structure.ok('/groups/merge', {
      sourceIds: [violence],
      targetId: attendance,
      on: '2024-09-01',
    });
    expect(merged).toMatchObject({ id: attendance, revision: 2 });
    await expectRefused(
      api,
      () => structure.post(`/groups/${violence}/mandate`, { mandate: 'x', on: '2024-10-01' }),
      409,
      'GROUP.MERGED',
    );
  });

  describe('refuses a broken rule with its code and records nothing', () => {
    it('404 for a model or a group that does not exist', async () => {
      await expectRefused(
        api,
        () =>
          structure.post('/groups', {
            modelId: randomUUID(),
            kind: 'team',
            name: 'T',
            records: 'notes',
            formedOn: '2022-01-01',
          }),
        404,
        'MODEL.NOT_FOUND',
      );
      await expectRefused(
        api,
        () => structure.post(`/groups/${randomUUID()}/dissolve`, { on: '2022-01-01' }),
        404,
        'GROUP.NOT_FOUND',
      );
    });

    it('no group under a dissolved parent (409), before its parent (422), or in another model (422)', async () => {
      const model = await structure.model([naf]);
      const parent = await structure.group(model);
      await structure.ok(`/groups/${parent}/dissolve`, { on: '2022-01-01' });
      await expectRefused(
        api,
        () =>
          structure.post('/groups', {
            modelId: model,
            kind: 'team',
            name: 'T',
            records: 'notes',
            parentId: parent,
            formedOn: '2022-06-01',
          }),
        409,
        'GROUP.PARENT_DISSOLVED',
      );
      const later = await structure.group(model, { formedOn: '2022-01-01' });
      await expectRefused(
        api,
        () =>
          structure.post('/groups', {
            modelId: model,
            kind: 'team',
            name: 'T',
            records: 'notes',
            parentId: later,
            formedOn: '2021-06-01',
          }),
        422,
        'GROUP.BEFORE_PARENT_FORMED',
      );
      const other = await structure.group(await structure.model([naf]));
      await expectRefused(
        api,
        () =>
          structure.post('/groups', {
            modelId: model,
            kind: 'team',
            name: 'T',
            records: 'notes',
            parentId: other,
            formedOn: '2022-06-01',
          }),
        422,
        'GROUP.PARENT_IN_OTHER_MODEL',
      );
    });

    it('no cycle (409), no dissolving a group with groups below it (409), a sane cadence (422)', async () => {
      const model = await structure.model([naf]);
      const top = await structure.group(model);
      const child = await working(model, top);
      await expectRefused(
        api,
        () => structure.post(`/groups/${top}/move`, { parentId: child, on: '2023-01-01' }),
        409,
        'GROUP.CYCLE',
      );
      const problem = await expectRefused(
        api,
        () => structure.post(`/groups/${top}/dissolve`, { on: '2023-01-01' }),
        409,
        'GROUP.HAS_CHILDREN',
      );
      expect(problem.childIds).toEqual([child]);
      await expectRefused(
        api,
        () =>
          structure.post(`/groups/${child}/mandate`, {
            mandate: 'M',
            cadence: { minWeeks: 6, maxWeeks: 4 },
            on: '2023-01-01',
          }),
        422,
        'GROUP.INVALID_CADENCE',
      );
    });

    it('422 for a merge of one group into a new one', async () => {
      const model = await structure.model([naf]);
      const source = await structure.group(model);
      await expectRefused(
        api,
        () =>
          structure.post('/groups/merge', {
            sourceIds: [source],
            target: { kind: 'team', name: 'T', records: 'notes' },
            on: '2024-06-01',
          }),
        422,
        'GROUP.MERGE_TOO_FEW',
      );
    });
  });
});
