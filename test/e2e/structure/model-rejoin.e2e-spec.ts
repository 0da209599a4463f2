import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { reader } from './queries-http';
import { Structure, expectRefused } from './structure-api';

/**
 * "SOF lämnade samverkan i juni 2022 och återinträdde 2024": every period of a participant that
 * left and joined again reads with its own end, and the gap between them shows it outside.
 */
describe.each(testEngines)('a participant leaving a model and joining again on %s', (engine) => {
  let api: TestApp;
  let structure: Structure;
  let naf: string;
  let sof: string;
  let model: string;
  let position: string;
  const get = (url: string, query: Record<string, string> = {}) =>
    reader(api, () => position)(url, query);

  beforeAll(async () => {
    api = await startTestApp({ engine });
    structure = new Structure(api);
    [naf, sof] = [await structure.organisation('NAF'), await structure.organisation('SOF')];
    model = await structure.model([naf, sof]);
    const group = await structure.group(model);
    const person = await structure.person(sof);
    await structure.member(group, {
      personId: person,
      organisationId: sof,
      role: 'member',
      from: '2021-02-01',
    });
    await structure.ok(`/models/${model}/participants/${sof}/leave`, { on: '2022-06-01' });
    const rejoined = await structure.ok(`/models/${model}/participants`, {
      organisationId: sof,
      from: '2024',
    });
    position = rejoined.position;
  }, 120_000);
  afterAll(() => api.close());

  const sofIn = async (asOf: string) => {
    const found = await get(`/models/${model}`, { asOf });
    expect(found.status).toBe(200);
    return found.body.participants
      .filter((participant: any) => participant.organisationId === sof)
      .map(({ from, to, certainty }: any) => ({ from, to, certainty }));
  };

  it('answers each period with its own end, and nothing in the gap', async () => {
    expect(await sofIn('2021-06-01')).toEqual([
      { from: '2021-01-01', to: '2022-06-01', certainty: 'certain' },
    ]);
    expect(await sofIn('2023-06-01')).toEqual([]);
    expect(await sofIn('2024-06-01')).toEqual([{ from: '2024', to: null, certainty: 'uncertain' }]);
    expect(await sofIn('2025-01-01')).toEqual([{ from: '2024', to: null, certainty: 'certain' }]);
  });

  it('shows the structure with SOF taking part in each period and not in the gap, its seat throughout', async () => {
    const sofCount = async (asOf: string) => {
      const answer = await get('/structure', { modelId: model, asOf });
      expect(answer.status).toBe(200);
      const participants = answer.body.participants.map((p: any) => p.organisationId);
      const count = answer.body.countsByOrganisation.find((c: any) => c.organisationId === sof);
      return {
        listed: participants.includes(sof),
        participant: count?.participant,
        seats: count?.seats,
      };
    };
    expect(await sofCount('2021-06-01')).toEqual({ listed: true, participant: true, seats: 1 });
    // A group's seats are its own decision: leaving the model does not end them.
    expect(await sofCount('2023-06-01')).toEqual({ listed: false, participant: false, seats: 1 });
    expect(await sofCount('2025-01-01')).toEqual({ listed: true, participant: true, seats: 1 });
    const representation = await get(`/organisations/${sof}/representation`, {
      asOf: '2023-06-01',
    });
    expect(representation.body.seats.map((seat: any) => seat.group.modelId)).toEqual([model]);
  });

  it('refuses a period that would overlap one recorded, and a leaving of an ended period', async () => {
    await expectRefused(
      api,
      () =>
        structure.post(`/models/${model}/participants`, {
          organisationId: sof,
          from: '2025-01-01',
        }),
      409,
      'MODEL.ALREADY_PARTICIPANT',
    );
    await expectRefused(
      api,
      () => structure.post(`/models/${model}/participants`, { organisationId: naf, from: '2022' }),
      409,
      'MODEL.ALREADY_PARTICIPANT',
    );
    await expectRefused(
      api,
      () => structure.post(`/models/${model}/participants/${sof}/leave`, { on: '2023-06' }),
      422,
      'MODEL.LEFT_BEFORE_JOINED',
    );
  });

  it('ends the second period, and refuses to end it again', async () => {
    const left = await structure.ok(`/models/${model}/participants/${sof}/leave`, {
      on: '2025-06-01',
    });
    position = left.position;
    expect(await sofIn('2021-06-01')).toEqual([
      { from: '2021-01-01', to: '2022-06-01', certainty: 'certain' },
    ]);
    expect(await sofIn('2025-03-01')).toEqual([
      { from: '2024', to: '2025-06-01', certainty: 'certain' },
    ]);
    expect(await sofIn('2025-06-01')).toEqual([]);
    const problem = await expectRefused(
      api,
      () => structure.post(`/models/${model}/participants/${sof}/leave`, { on: '2026-01-01' }),
      409,
      'MODEL.NOT_A_PARTICIPANT',
    );
    expect(problem).toMatchObject({ left: '2025-06-01' });
  });
});
