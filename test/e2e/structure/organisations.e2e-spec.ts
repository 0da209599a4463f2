import { randomUUID } from 'node:crypto';
import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { Structure, eventsOf, expectCommand, expectInvalid, expectRefused } from './structure-api';

describe.each(testEngines)('organisation commands on %s', (engine) => {
  let api: TestApp;
  let structure: Structure;
  beforeAll(async () => {
    api = await startTestApp({ engine });
    structure = new Structure(api);
  });
  afterAll(() => api.close());

  it('registers, renames and dissolves an organisation, answering with id, revision, position and ETag', async () => {
    const municipality = await structure.create('/organisations', {
      kind: 'municipality',
      name: 'Nynäshamns kommun',
      establishedOn: '1974-01-01',
    });
    const registered = await expectCommand(
      await structure.post('/organisations', {
        kind: 'administration',
        name: 'Arbetsmarknadsförvaltningen',
        shortName: 'NAF',
        parentId: municipality,
        establishedOn: '2019-01-01',
      }),
      201,
    );
    expect(registered.revision).toBe(0);
    const naf = registered.id;

    const renamed = await structure.ok(`/organisations/${naf}/rename`, {
      name: 'Näringslivs- och arbetsmarknadsförvaltningen',
      on: '2023-01-01',
    });
    expect(renamed).toMatchObject({ id: naf, revision: 1 });
    expect(BigInt(renamed.position)).toBeGreaterThan(BigInt(registered.position));
    await structure.ok(`/organisations/${naf}/dissolve`, { on: '2024-12-31' });

    const events = await eventsOf(api, `organisation-${naf}`);
    expect(events.map((event) => [event.type, event.metadata.validFrom])).toEqual([
      ['OrganisationRegistered', '2019-01-01'],
      ['OrganisationRenamed', '2023-01-01'],
      ['OrganisationDissolved', '2024-12-31'],
    ]);
    expect(events[0].data).toMatchObject({ parentId: municipality, shortName: 'NAF' });
    // A rename without shortName keeps it.
    expect(events[1].data).toMatchObject({ shortName: 'NAF' });
  });

  describe('refuses a malformed body with 400, naming each field', () => {
    const valid = { kind: 'board', name: 'Arbetsmarknadsnämnden', establishedOn: '2019-01-01' };
    it.each<[string, object, string[]]>([
      ['a missing field', { kind: 'board', establishedOn: '2019-01-01' }, ['name']],
      ['a wrong type', { ...valid, name: 42, shortName: ['NAN'] }, ['name', 'shortName']],
      ['an unknown field', { ...valid, colour: 'blue' }, ['colour']],
      [
        'a date that is not a calendar date',
        { ...valid, establishedOn: '2023-02-30' },
        ['establishedOn'],
      ],
      [
        'a date in another format',
        { ...valid, establishedOn: '2019-01-01T00:00:00Z' },
        ['establishedOn'],
      ],
      ['an unknown kind', { ...valid, kind: 'department' }, ['kind']],
      ['a parent id that is not a UUID', { ...valid, parentId: 'naf' }, ['parentId']],
      [
        'a blank name and an overlong reason',
        { ...valid, name: '  ', reason: 'x'.repeat(1001) },
        ['name', 'reason'],
      ],
    ])('%s', async (_what, body, fields) => {
      await expectRefused(
        api,
        async () => {
          const response = await structure.post('/organisations', body);
          expectInvalid(response, fields);
          return response;
        },
        400,
        'REQUEST.VALIDATION_FAILED',
      );
    });

    it('a path id that is not a UUID', async () => {
      expectInvalid(
        await structure.post('/organisations/naf/rename', { name: 'X', on: '2024-01-01' }),
        ['id'],
      );
      expectInvalid(
        await structure.post(`/organisations/${randomUUID()}/dissolve`, { on: '2024-13-01' }),
        ['on'],
      );
    });
  });

  describe('refuses a broken rule with its code and records nothing', () => {
    it('404 for an organisation that does not exist', async () => {
      await expectRefused(
        api,
        () =>
          structure.post(`/organisations/${randomUUID()}/rename`, { name: 'X', on: '2024-01-01' }),
        404,
        'ORGANISATION.NOT_FOUND',
      );
    });

    it('422 for a parent that does not exist, or a child older than its parent', async () => {
      await expectRefused(
        api,
        () =>
          structure.post('/organisations', {
            kind: 'board',
            name: 'B',
            parentId: randomUUID(),
            establishedOn: '2019-01-01',
          }),
        422,
        'ORGANISATION.PARENT_NOT_FOUND',
      );
      const parent = await structure.organisation('KS', { establishedOn: '2020-01-01' });
      await expectRefused(
        api,
        () =>
          structure.post('/organisations', {
            kind: 'board',
            name: 'B',
            parentId: parent,
            establishedOn: '2019-12-31',
          }),
        422,
        'ORGANISATION.BEFORE_PARENT',
      );
    });

    it('409 for a child of a dissolved parent, or a rename after dissolution', async () => {
      const parent = await structure.organisation('OLD');
      await structure.ok(`/organisations/${parent}/dissolve`, { on: '2020-06-01' });
      await expectRefused(
        api,
        () =>
          structure.post('/organisations', {
            kind: 'board',
            name: 'B',
            parentId: parent,
            establishedOn: '2021-01-01',
          }),
        409,
        'ORGANISATION.PARENT_DISSOLVED',
      );
      await expectRefused(
        api,
        () => structure.post(`/organisations/${parent}/rename`, { name: 'New', on: '2021-01-01' }),
        409,
        'ORGANISATION.DISSOLVED',
      );
    });

    it('422 for a rename that changes nothing or comes before the current name', async () => {
      const sof = await structure.organisation('SOF');
      await expectRefused(
        api,
        () =>
          structure.post(`/organisations/${sof}/rename`, {
            name: 'SOF-förvaltningen',
            on: '2022-01-01',
          }),
        422,
        'ORGANISATION.NAME_UNCHANGED',
      );
      await expectRefused(
        api,
        () =>
          structure.post(`/organisations/${sof}/rename`, {
            name: 'Socialförvaltningen',
            on: '2019-01-01',
          }),
        422,
        'ORGANISATION.CHANGE_OUT_OF_ORDER',
      );
    });
  });
});
