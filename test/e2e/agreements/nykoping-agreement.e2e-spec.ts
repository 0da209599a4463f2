import { createHash } from 'node:crypto';
import { expectProblem, type TestApp } from '../../support/test-app';
import type { NykopingAgreement } from '../../../apps/cli/src/demo/nykoping-agreement.demo';
import { get, post, recordSeed, startNykopingApp, testEngines } from './agreements-api';

/**
 * The Nyköping agreement (KAN–DSO 2024) from the seed, recorded through HTTP, then the
 * questions a head of administration and an auditor ask of it, answered through HTTP.
 */
describe.each(testEngines)('the Nyköping agreement on %s', (engine) => {
  let api: TestApp;
  let seed: NykopingAgreement;
  let revisedAt: string;
  let position: string;
  beforeAll(async () => {
    api = await startNykopingApp(engine);
    seed = await recordSeed(api);
    const id = seed.agreement;
    const followUp = (assignmentId: string | null, dueOn: string, on = dueOn) => ({
      ...(assignmentId ? { assignmentId } : {}),
      dueOn,
      outcome: 'delivered',
      on,
      form: 'oral',
      documentReference: 'KAN/2024:12',
      summary: 'Redovisat vid sammanträdet',
    });
    await post(api, `/agreements/${id}/follow-ups`, followUp(seed.labourMarket, '2024-02-07'));
    await post(api, `/agreements/${id}/follow-ups`, followUp(seed.integration, '2024-02-07'));
    await post(api, `/agreements/${id}/follow-ups`, followUp(seed.fullTimeModel, '2024-02-07'));
    // A revision in March: a minuted decision widens the integration assignment from April.
    revisedAt = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await post(api, `/agreements/${id}/revisions`, {
      effectiveFrom: '2024-04-01',
      reason: 'Protokollfört politiskt beslut om utökad omfattning, KAN 2024-03-27 § 31',
      decision: { reference: 'KAN 2024-03-27 § 31' },
      changes: {
        sections: [
          {
            kind: 'insight-and-supervision',
            heading: 'Insyn och tillsyn',
            text: 'Nämnden och dess ombud har rätt till skälig insyn; DSO rapporterar förändringar månadsvis.',
          },
        ],
        economy: [
          {
            activity: 'Arbetsmarknadsverksamhet',
            year: 2024,
            volume: 1,
            compensation: 19000,
            settlement: { period: 'monthly', basis: 'allocation' },
          },
          {
            activity: 'Integrationsvägledning och -samordning',
            year: 2024,
            volume: 2,
            unitPrice: 1100,
            compensation: 2300,
            settlement: { period: 'tertial', basis: 'actual-cost' },
          },
        ],
      },
    });
    for (const [assignmentId, dueOn] of [
      [seed.labourMarket, '2024-05-29'],
      [seed.integration, '2024-03-27'],
      [seed.integration, '2024-05-29'],
      [seed.fullTimeModel, '2024-03-27'],
      [seed.fullTimeModel, '2024-05-29'],
      [null, '2024-05-29'],
    ] as const) {
      await post(api, `/agreements/${id}/follow-ups`, followUp(assignmentId, dueOn));
    }
    // 2024-09-25: the labour-market report missed; the integration and heltidsmodellen reports
    // of that day never recorded.
    const last = await post(api, `/agreements/${id}/follow-ups`, {
      assignmentId: seed.labourMarket,
      dueOn: '2024-09-25',
      outcome: 'missed',
      on: '2024-09-26',
      summary: 'Ingen skriftlig rapport lämnades',
    });
    position = last.position;
  }, 240_000);
  afterAll(() => api.close());

  it('holds the agreement as adopted: parties, validity, sections, assignments with parts and follow-ups', async () => {
    const response = await get(api, `/agreements/${seed.agreement}`, {
      asOf: '2024-03-01',
      consistentWith: position,
    });
    expect(response.status).toBe(200);
    const agreement = response.body;
    expect(agreement).toMatchObject({
      status: 'in-force',
      validFrom: '2024-01-01',
      validTo: '2024-12-31',
      parties: [
        {
          organisationId: seed.kan,
          role: 'principal',
          representative: 'nämndens sakkunniga tjänsteperson',
        },
        { organisationId: seed.dso, role: 'provider', representative: 'divisionschef' },
      ],
      adoption: { adoptedOn: '2023-12-13', decision: { reference: 'KAN 2023-12-13 § 98' } },
      inForce: { version: 1 },
      scope: [
        'Kommunens arbetsmarknadsinsatser för arbetslösa',
        'Integrationssamordning och -vägledning',
      ],
    });
    expect(agreement.sections.map((s: { kind: string }) => s.kind)).toEqual([
      'changed-conditions',
      'responsibilities',
      'insight-and-supervision',
      'data-protection',
      'governing-documents',
      'child-rights',
      'gender-equality',
      'customer-focus',
    ]);
    const [labour, integration, special] = agreement.assignments;
    expect(labour).toMatchObject({ kind: 'base', number: '2.1', owedBy: [seed.dso] });
    expect(labour.parts.map((p: { heading: string }) => p.heading)).toContain('Insatsernas längd');
    expect(labour.followUps.map((f: { dueOn: string; form: string }) => [f.dueOn, f.form])).toEqual(
      [
        ['2024-02-07', 'oral'],
        ['2024-05-29', 'written'],
        ['2024-09-25', 'written'],
      ],
    );
    expect(labour.followUps[1]).toMatchObject({
      to: 'Kompetens- och arbetsmarknadsnämnden',
      material: { dueOn: '2024-05-08', to: 'nämndens sakkunniga' },
    });
    expect(labour.indicators).toHaveLength(9);
    expect(integration.followUps.map((f: { dueOn: string }) => f.dueOn)).toEqual([
      '2024-02-07',
      '2024-03-27',
      '2024-05-29',
      '2024-09-25',
      '2024-11-06',
      '2024-12-18',
    ]);
    expect(special).toMatchObject({ kind: 'special', owedBy: [seed.dso, seed.du] });
    expect(
      agreement.goals.map((g: { goalId: string; indicators: unknown[] }) => [
        g.goalId,
        g.indicators.length,
      ]),
    ).toEqual([
      ['kf-1', 6],
      ['kan-1', 4],
    ]);
    expect(agreement.economy.totals).toEqual([{ year: 2024, compensation: 21060 }]);
    expect(agreement.economy.followUps.map((f: { dueOn: string }) => f.dueOn)).toEqual([
      '2024-05-29',
      '2024-11-06',
    ]);
  });

  it('puts the agreement assignments in the one register, heltidsmodellen owed by DSO and DU together', async () => {
    const response = await get(api, '/assignments', {
      organisationId: seed.du,
      asOf: '2024-06-01',
      consistentWith: position,
    });
    expect(response.body.assignments).toEqual([
      expect.objectContaining({
        id: seed.fullTimeModel,
        status: 'open',
        source: expect.objectContaining({ kind: 'agreement', agreementId: seed.agreement }),
        owedBy: expect.objectContaining({
          organisation: expect.objectContaining({ id: seed.dso }),
        }),
        jointlyWith: [
          expect.objectContaining({ organisation: expect.objectContaining({ id: seed.du }) }),
        ],
        issuedOn: '2024-01-01',
        dueOn: '2024-12-31',
      }),
    ]);
  });

  it('answers what DSO owes in the 30 days after 2024-05-10, with material deadlines', async () => {
    const response = await get(api, '/follow-ups', {
      organisationId: seed.dso,
      from: '2024-05-10',
      to: '2024-06-09',
      asOf: '2024-05-10',
    });
    expect(response.status).toBe(200);
    const owed = response.body.followUps.map(
      (f: {
        assignmentId: string | null;
        dueOn: string;
        form: string;
        material: { dueOn: string } | null;
        status: string;
      }) => [f.assignmentId, f.dueOn, f.form, f.material?.dueOn ?? null, f.status],
    );
    expect(owed).toEqual(
      [
        [seed.fullTimeModel, '2024-05-29', 'oral', null, 'due'],
        [seed.integration, '2024-05-29', 'oral', '2024-05-08', 'due'],
        [seed.labourMarket, '2024-05-29', 'written', '2024-05-08', 'due'],
        [null, '2024-05-29', 'oral', null, 'due'],
      ].sort((a, b) =>
        `${a[0] ?? 'economy'}@${a[1]}`.localeCompare(`${b[0] ?? 'economy'}@${b[1]}`),
      ),
    );
  });

  it('finds the follow-ups missed or never recorded as of 2024-10-01', async () => {
    const overdue = await get(api, '/follow-ups', { status: 'overdue', asOf: '2024-10-01' });
    expect(
      overdue.body.followUps.map((f: { assignmentId: string; dueOn: string }) => [
        f.assignmentId,
        f.dueOn,
      ]),
    ).toEqual(
      [
        [seed.fullTimeModel, '2024-09-25'],
        [seed.integration, '2024-09-25'],
      ].sort((a, b) => `${a[0]}`.localeCompare(`${b[0]}`)),
    );
    const missed = await get(api, '/follow-ups', { status: 'missed', asOf: '2024-10-01' });
    expect(missed.body.followUps).toEqual([
      expect.objectContaining({
        assignmentId: seed.labourMarket,
        dueOn: '2024-09-25',
        recorded: expect.objectContaining({ outcome: 'missed', on: '2024-09-26' }),
      }),
    ]);
  });

  it('totals the economy, flagging a line whose volume × price differs from its compensation', async () => {
    const before = await get(api, `/agreements/${seed.agreement}/economy`, { asOf: '2024-03-01' });
    expect(before.body).toMatchObject({
      totals: [{ year: 2024, compensation: 21060 }],
      mismatches: 0,
    });
    const after = await get(api, `/agreements/${seed.agreement}/economy`, { asOf: '2024-06-01' });
    expect(after.body).toMatchObject({
      totals: [{ year: 2024, compensation: 21300 }],
      mismatches: 1,
    });
    expect(after.body.lines[1]).toMatchObject({
      computed: 2200,
      compensation: 2300,
      mismatch: true,
    });
  });

  it('shows the version in force on 2024-06-01 after the March revision, and the first one as known before it', async () => {
    const june = await get(api, `/agreements/${seed.agreement}`, { asOf: '2024-06-01' });
    expect(june.body.inForce).toMatchObject({
      version: 2,
      effectiveFrom: '2024-04-01',
      reason: expect.stringContaining('KAN 2024-03-27 § 31'),
    });
    expect(june.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const insight = june.body.sections.find(
      (s: { heading: string }) => s.heading === 'Insyn och tillsyn',
    );
    expect(insight.text).toContain('månadsvis');
    const known = await get(api, `/agreements/${seed.agreement}`, {
      asOf: '2024-06-01',
      knownAt: revisedAt,
    });
    expect(known.body.inForce.version).toBe(1);
    expect(known.body.versions).toHaveLength(1);
    const history = await get(api, `/agreements/${seed.agreement}/history`);
    expect(history.body.events.map((e: { type: string }) => e.type)).toContain('AgreementRevised');
  });

  it('records Kolada values with their gender split and provenance', async () => {
    const indicatorId = seed.indicators.kolada['N00955']!;
    const document = '{"values":[]}';
    await post(api, `/indicators/${indicatorId}/values`, {
      values: [
        { period: '2023', municipality: '0480', gender: 'T', value: 31.2, status: null, count: 1 },
        { period: '2023', municipality: '0480', gender: 'K', value: 28.4, count: 1 },
        { period: '2023', municipality: '0480', gender: 'M', value: null, status: 'Missing' },
      ],
      provenance: {
        source: 'kolada',
        retrievedAt: '2025-03-01T10:00:00Z',
        sha256: createHash('sha256').update(document).digest('hex'),
      },
    });
    const response = await get(api, `/indicators/${indicatorId}/values`);
    expect(response.body).toMatchObject({
      source: { kind: 'kolada', kpiId: 'N00955' },
      dividedByGender: true,
      periods: [
        {
          period: '2023',
          municipality: '0480',
          values: {
            T: { value: 31.2 },
            K: { value: 28.4 },
            M: {
              value: null,
              status: 'Missing',
              provenance: { source: 'kolada', retrievedAt: '2025-03-01T10:00:00Z' },
            },
          },
        },
      ],
    });
  });

  it('refuses what breaks a rule, with its own code, recording nothing', async () => {
    const id = seed.agreement;
    const refused = async (url: string, body: object, status: number, code: string) =>
      expectProblem(await api.http.post(`/api/v1${url}`).send(body), status, code);
    await refused(
      `/agreements/${id}/follow-ups`,
      {
        assignmentId: seed.labourMarket,
        dueOn: '2024-03-27',
        outcome: 'delivered',
        on: '2024-03-27',
        form: 'oral',
      },
      422,
      'AGREEMENT.FOLLOW_UP_NOT_SCHEDULED',
    );
    await refused(
      `/agreements/${id}/follow-ups`,
      {
        assignmentId: seed.labourMarket,
        dueOn: '2024-02-07',
        outcome: 'delivered',
        on: '2024-02-07',
        form: 'oral',
      },
      409,
      'AGREEMENT.FOLLOW_UP_ALREADY_RECORDED',
    );
    await refused(
      `/agreements/${id}/revisions`,
      { effectiveFrom: '2025-02-01', reason: 'Sent', changes: { scope: ['X'] } },
      409,
      'AGREEMENT.NOT_IN_FORCE',
    );
    await refused(`/agreements/${id}/economy`, { economy: [] }, 409, 'AGREEMENT.NOT_DRAFT');
    await refused(
      `/indicators/${seed.indicators.kolada['U40457']}/values`,
      {
        values: [{ period: '2023', gender: 'K', value: 1 }],
        provenance: {
          source: 'kolada',
          retrievedAt: '2025-03-01T10:00:00Z',
          sha256: 'a'.repeat(64),
        },
      },
      422,
      'INDICATOR.NOT_DIVIDED_BY_GENDER',
    );
    await refused(
      `/indicators/${seed.indicators.board[0]}/values`,
      {
        values: [{ period: '2027', gender: 'T', value: 1 }],
        provenance: { source: 'own', retrievedAt: '2025-03-01T10:00:00Z', sha256: 'a'.repeat(64) },
      },
      422,
      'INDICATOR.PERIOD_NOT_FOUND',
    );
  });
});
