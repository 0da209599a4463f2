import type { TestApp } from '../../support/test-app';
import { API, get, post, startNykopingApp, testEngines } from './agreements-api';

/**
 * An older agreement known from its source only to the year and month: "undertecknad 2019,
 * gäller till och med 2022", followed up "2020" and "juni 2021".
 */
describe.each(testEngines)('agreement dates as precise as the source on %s', (engine) => {
  let api: TestApp;
  let agreement: string;
  let dso: string;
  beforeAll(async () => {
    api = await startNykopingApp(engine);
    const organisation = async (kind: string, name: string, shortName: string) =>
      (await post(api, '/organisations', { kind, name, shortName, establishedOn: '2018' })).id;
    const kan = await organisation('board', 'Kompetens- och arbetsmarknadsnämnden', 'KAN');
    dso = await organisation('administration', 'Division Social omsorg', 'DSO');
    agreement = (
      await post(api, '/agreements', {
        title: 'Överenskommelse KAN–DSO 2019–2022',
        parties: [
          { organisationId: kan, role: 'principal', representative: 'nämndens sakkunniga' },
          { organisationId: dso, role: 'provider', representative: 'divisionschef' },
        ],
        validFrom: '2019',
        validTo: '2022',
        draftedOn: '2019',
      })
    ).id;
    await post(api, `/agreements/${agreement}/assignments`, {
      kind: 'base',
      title: 'Grunduppdrag Arbetsmarknadsverksamhet',
      what: 'Arbetsmarknadsinsatser för arbetslösa',
      owedBy: { organisationId: dso },
      followUps: [
        {
          what: 'Redovisning av grunduppdraget',
          to: 'KAN',
          dates: [
            { on: '2020', form: 'written' },
            { on: '2021-06', form: 'oral' },
          ],
          material: { daysBefore: 14, to: 'nämndens sakkunniga' },
        },
      ],
    });
    await post(api, `/agreements/${agreement}/adopt`, {
      adoptedOn: '2019',
      decision: { reference: 'KAN 2019 § 45' },
    });
  }, 120_000);
  afterAll(() => api.close());

  it('keeps the dates as given and says when the status may not yet hold', async () => {
    const early = await get(api, `/agreements/${agreement}`, { asOf: '2019-06-01' });
    expect(early.status).toBe(200);
    expect(early.body).toMatchObject({
      status: 'in-force',
      certainty: 'uncertain',
      validFrom: '2019',
      validTo: '2022',
      adoption: { adoptedOn: '2019' },
    });
    const middle = await get(api, '/agreements', { asOf: '2020-06-01' });
    expect(middle.body.agreements).toEqual([
      expect.objectContaining({ id: agreement, status: 'in-force', certainty: 'certain' }),
    ]);
  });

  it('holds to the end of its last year, uncertain in it, and has expired after', async () => {
    const last = await get(api, `/agreements/${agreement}`, { asOf: '2022-12-31' });
    expect(last.body).toMatchObject({ status: 'in-force', certainty: 'uncertain' });
    const after = await get(api, `/agreements/${agreement}`, { asOf: '2023-01-01' });
    expect(after.body).toMatchObject({ status: 'expired', certainty: 'certain' });
  });

  it('takes a follow-up due in a month or year as due at its end', async () => {
    const calendar = await get(api, '/follow-ups', { asOf: '2021-06-30' });
    expect(calendar.status).toBe(200);
    expect(calendar.body.followUps).toEqual([
      expect.objectContaining({
        dueOn: '2020',
        status: 'overdue',
        material: { dueOn: '2020-12-17', to: 'nämndens sakkunniga' },
      }),
      expect.objectContaining({ dueOn: '2021-06', status: 'due', certainty: 'certain' }),
    ]);
    const july = await get(api, '/follow-ups', {
      asOf: '2021-07-01',
      from: '2021-06-20',
      to: '2021-07-10',
    });
    expect(july.body.followUps).toEqual([
      expect.objectContaining({ dueOn: '2021-06', status: 'overdue' }),
    ]);
  });

  it('records a follow-up in the month it was delivered, uncertain within that month', async () => {
    const assignmentId = (await get(api, `/agreements/${agreement}`, { asOf: '2020-01-01' })).body
      .assignments[0].assignmentId;
    await post(api, `/agreements/${agreement}/follow-ups`, {
      assignmentId,
      dueOn: '2020',
      outcome: 'delivered',
      on: '2020-11',
      form: 'written',
    });
    const november = await get(api, '/follow-ups', { asOf: '2020-11-15', to: '2020-12-31' });
    expect(november.body.followUps).toEqual([
      expect.objectContaining({
        dueOn: '2020',
        status: 'delivered',
        certainty: 'uncertain',
        recorded: expect.objectContaining({ on: '2020-11' }),
      }),
    ]);
  });

  it('refuses only what is certainly wrong, with its code, and a date that is no date', async () => {
    const revise = (effectiveFrom: string) =>
      api.http.post(`${API}/agreements/${agreement}/revisions`).send({
        effectiveFrom,
        reason: 'KAN beslut',
        changes: { scope: ['Arbetsmarknadsinsatser'] },
      });
    const late = await revise('2023');
    expect(late.status).toBe(409);
    expect(late.headers['content-type']).toContain('application/problem+json');
    expect(late.body.code).toBe('AGREEMENT.NOT_IN_FORCE');
    const malformed = await revise('våren 2021');
    expect(malformed.status).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/problem+json');
    expect((await revise('2022')).status).toBe(200);
    const revised = await get(api, `/agreements/${agreement}`, { asOf: '2022-01-01' });
    expect(revised.body.inForce).toMatchObject({ version: 2, effectiveFrom: '2022' });
    const economy = await get(api, `/agreements/${agreement}/economy`, { asOf: '2022-06-01' });
    expect(economy.body).toMatchObject({ certainty: 'uncertain', lines: [] });
  });

  it('keeps an evaluation round held "in October 2020" as given, after the last by first days', async () => {
    const evaluation = (
      await post(api, '/evaluations', {
        name: 'Självskattning av samverkan',
        subject: { kind: 'agreement', id: agreement },
        dimensions: ['goals', 'mandate', 'trust'].map((key) => ({ key, label: key })),
        scale: { min: 1, max: 5 },
        definedOn: '2019',
      })
    ).id;
    const round = (heldOn: string) =>
      api.http.post(`${API}/evaluations/${evaluation}/rounds`).send({
        heldOn,
        respondents: [{ organisationId: dso, count: 1 }],
        scores: ['goals', 'mandate', 'trust'].map((dimension) => ({
          organisationId: dso,
          dimension,
          score: 3,
        })),
      });
    expect((await round('2020-10')).status).toBe(200);
    const early = await round('2020');
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('EVALUATION.ROUND_OUT_OF_ORDER');
    const read = await get(api, `/evaluations/${evaluation}`);
    expect(read.body.rounds).toEqual([expect.objectContaining({ round: 1, heldOn: '2020-10' })]);
  });
});
