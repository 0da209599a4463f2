import type { TestApp } from '../../support/test-app';
import { API, get, post, startNykopingApp, testEngines } from './agreements-api';

/** Ending an agreement before its validity ends: refused unless it may be in force then. */
describe.each(testEngines)('terminating an agreement on %s', (engine) => {
  let api: TestApp;
  let agreement: string;
  let draft: string;
  const terminate = (id: string, body: object) =>
    api.http.post(`${API}/agreements/${id}/terminate`).send(body);

  beforeAll(async () => {
    api = await startNykopingApp(engine);
    const organisation = async (kind: string, name: string, shortName: string) =>
      (await post(api, '/organisations', { kind, name, shortName, establishedOn: '2018-01-01' }))
        .id;
    const kan = await organisation('board', 'Kompetens- och arbetsmarknadsnämnden', 'KAN');
    const dso = await organisation('administration', 'Division Social omsorg', 'DSO');
    const drafted = async (title: string) =>
      (
        await post(api, '/agreements', {
          title,
          parties: [
            { organisationId: kan, role: 'principal', representative: 'nämndens sakkunniga' },
            { organisationId: dso, role: 'provider', representative: 'divisionschef' },
          ],
          validFrom: '2020-01-01',
          validTo: '2023-12-31',
          draftedOn: '2019-12-01',
        })
      ).id;
    agreement = await drafted('Överenskommelse KAN–DSO 2020–2023');
    draft = await drafted('Utkast som aldrig antogs');
    await post(api, `/agreements/${agreement}/adopt`, {
      adoptedOn: '2019-12-15',
      decision: { reference: 'KAN 2019-12-15 § 88' },
    });
  }, 120_000);
  afterAll(() => api.close());

  it('refuses a bad date or no reason with 400, and ending a draft or after its validity with 409, recording nothing', async () => {
    const noDate = await terminate(agreement, { terminatedOn: 'i fjol', why: 'Ny organisation' });
    expect(noDate.status).toBe(400);
    expect(noDate.headers['content-type']).toContain('application/problem+json');
    expect((await terminate(agreement, { terminatedOn: '2022-06-30' })).status).toBe(400);
    const ofDraft = await terminate(draft, { terminatedOn: '2022-06-30', why: 'Avbrutet' });
    expect(ofDraft.status).toBe(409);
    expect(ofDraft.body.code).toBe('AGREEMENT.NOT_IN_FORCE');
    const afterValidity = await terminate(agreement, { terminatedOn: '2024-03-01', why: 'Sent' });
    expect(afterValidity.status).toBe(409);
    expect(afterValidity.body.code).toBe('AGREEMENT.NOT_IN_FORCE');
    const history = await get(api, `/agreements/${agreement}/history`);
    expect(history.body.events.map((e: { type: string }) => e.type)).not.toContain(
      'AgreementTerminated',
    );
  });

  it('ends it from the day it names: in force before, terminated after, the termination shown only once it may have happened', async () => {
    const ended = await terminate(agreement, {
      terminatedOn: '2022-06-30',
      why: 'Verksamheten flyttas till ny division',
    });
    expect(ended.status).toBe(200);
    const before = await get(api, `/agreements/${agreement}`, { asOf: '2022-06-29' });
    expect(before.body).toMatchObject({ status: 'in-force', termination: null });
    const after = await get(api, `/agreements/${agreement}`, { asOf: '2022-06-30' });
    expect(after.body).toMatchObject({
      status: 'terminated',
      termination: { terminatedOn: '2022-06-30', why: 'Verksamheten flyttas till ny division' },
    });
    const again = await terminate(agreement, { terminatedOn: '2022-09-01', why: 'Igen' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('AGREEMENT.NOT_IN_FORCE');
  });
});
