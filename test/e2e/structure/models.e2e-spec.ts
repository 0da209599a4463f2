import { randomUUID } from 'node:crypto';
import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { Structure, eventsOf, expectInvalid, expectRefused } from './structure-api';

describe.each(testEngines)('collaboration model commands on %s', (engine) => {
  let api: TestApp;
  let structure: Structure;
  let naf: string;
  let buf: string;
  let sof: string;
  beforeAll(async () => {
    api = await startTestApp({ engine });
    structure = new Structure(api);
    [naf, buf, sof] = [
      await structure.organisation('NAF'),
      await structure.organisation('BUF'),
      await structure.organisation('SOF'),
    ];
  });
  afterAll(() => api.close());

  it('establishes a model, takes participants in and out, amends and retires it', async () => {
    const model = await structure.model([naf, buf], {
      principles: ['Tydlig samarbetsstruktur'],
      adoptedBy: { caseNumber: 'NAN/2023/0160/007', meetingId: randomUUID(), item: '§ 42/23' },
    });
    await structure.ok(`/models/${model}/participants`, {
      organisationId: sof,
      from: '2022-01-01',
    });
    await structure.ok(`/models/${model}/participants/${buf}/leave`, { on: '2023-01-01' });
    await structure.ok(`/models/${model}/amend`, {
      focusAreas: ['Närvaro i förskolan', 'Närvaro i skolan'],
      decidedBy: { description: 'Styrgruppen' },
      on: '2023-06-01',
    });
    const retired = await structure.ok(`/models/${model}/retire`, { on: '2024-12-31' });
    expect(retired.revision).toBe(4);
    const events = await eventsOf(api, `model-${model}`);
    expect(events.map((event) => event.type)).toEqual([
      'ModelEstablished',
      'ParticipantAdded',
      'ParticipantLeft',
      'ModelAmended',
      'ModelRetired',
    ]);
    expect(events[0].data).toMatchObject({
      participantIds: [naf, buf],
      adoptedBy: { caseNumber: 'NAN/2023/0160/007', item: '§ 42/23', description: null },
    });
    expect(events[3].data).toMatchObject({
      changes: { focusAreas: ['Närvaro i förskolan', 'Närvaro i skolan'] },
    });
  });

  describe('refuses malformed bodies with 400, naming each field', () => {
    const valid = () => ({
      name: 'Modell',
      purpose: 'Syfte',
      participantIds: [naf],
      adoptedBy: { description: 'Förvaltningscheferna' },
      establishedOn: '2021-01-01',
    });
    it.each<[string, (body: Record<string, unknown>) => object, string[]]>([
      ['a missing nested object', ({ adoptedBy: _a, ...body }) => body, ['adoptedBy']],
      [
        'a nested field of the wrong type',
        (body) => ({ ...body, adoptedBy: { caseNumber: 7 } }),
        ['adoptedBy.caseNumber'],
      ],
      [
        'an unknown nested field',
        (body) => ({ ...body, adoptedBy: { minutes: 'x' } }),
        ['adoptedBy.minutes'],
      ],
      ['a list that is not a list', (body) => ({ ...body, principles: 'one' }), ['principles']],
      [
        'too many participants',
        (body) => ({ ...body, participantIds: Array.from({ length: 51 }, () => randomUUID()) }),
        ['participantIds'],
      ],
      [
        'a participant id that is not a UUID',
        (body) => ({ ...body, participantIds: ['NAF'] }),
        ['participantIds'],
      ],
      ['a bad date', (body) => ({ ...body, establishedOn: '21-01-01' }), ['establishedOn']],
    ])('%s', async (_what, change, fields) => {
      expectInvalid(await structure.post('/models', change(valid())), fields);
    });

    it('on every model endpoint', async () => {
      const model = randomUUID();
      expectInvalid(
        await structure.post(`/models/${model}/participants`, { organisationId: naf }),
        ['from'],
      );
      expectInvalid(
        await structure.post(`/models/${model}/participants/naf/leave`, { on: '2024-01-01' }),
        ['orgId'],
      );
      expectInvalid(
        await structure.post(`/models/${model}/amend`, { name: '', on: '2024-01-01' }),
        ['name'],
      );
      expectInvalid(
        await structure.post(`/models/${model}/retire`, { on: '2024-01-01', reason: 5 }),
        ['reason'],
      );
      expectInvalid(await structure.post(`/models/not-a-uuid/retire`, { on: '2024-01-01' }), [
        'id',
      ]);
    });
  });

  describe('refuses a broken rule with its code and records nothing', () => {
    it('404 for a model that does not exist', async () => {
      await expectRefused(
        api,
        () => structure.post(`/models/${randomUUID()}/retire`, { on: '2024-01-01' }),
        404,
        'MODEL.NOT_FOUND',
      );
    });

    it('422 for a model without a traceable decision, or an amendment that changes nothing', async () => {
      await expectRefused(
        api,
        () =>
          structure.post('/models', {
            name: 'M',
            purpose: 'P',
            participantIds: [naf],
            adoptedBy: { item: '§ 1' },
            establishedOn: '2021-01-01',
          }),
        422,
        'MODEL.ADOPTION_REQUIRED',
      );
      const model = await structure.model([naf]);
      await expectRefused(
        api,
        () =>
          structure.post(`/models/${model}/amend`, {
            name: 'Nynäshamnsmodellen',
            on: '2022-01-01',
          }),
        422,
        'MODEL.NOTHING_TO_AMEND',
      );
    });

    it('409 for the last participant leaving, or for anything after retirement', async () => {
      const model = await structure.model([naf]);
      await expectRefused(
        api,
        () => structure.post(`/models/${model}/participants/${naf}/leave`, { on: '2022-01-01' }),
        409,
        'MODEL.LAST_PARTICIPANT',
      );
      await structure.ok(`/models/${model}/retire`, { on: '2022-01-01' });
      await expectRefused(
        api,
        () =>
          structure.post(`/models/${model}/participants`, {
            organisationId: buf,
            from: '2022-06-01',
          }),
        409,
        'MODEL.RETIRED',
      );
    });

    it('409 for retiring a model that still has groups', async () => {
      const model = await structure.model([naf]);
      await structure.group(model);
      await expectRefused(
        api,
        () => structure.post(`/models/${model}/retire`, { on: '2022-01-01' }),
        409,
        'MODEL.HAS_GROUPS',
      );
    });
  });
});
