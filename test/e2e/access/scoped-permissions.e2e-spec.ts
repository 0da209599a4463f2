import type { Role } from '@app/kernel';
import { expectProblem, startTestApp, type TestApp } from '../../support/test-app';
import { expectRefused, type BodyStage } from '../meetings/meetings-api';
import { API, tokenFor } from '../structure/structure-api';
import { decisionStage, identityOf } from './access-api';

/**
 * Grants held for one's own organisation only: recording on behalf of another organisation, and
 * a head of administration following up assignments (DOMAIN.md, "Who may do what"). The org
 * claim names the caller's organisation by short name (NAF) or id.
 */
describe('scoped permissions', () => {
  let api: TestApp;
  let stage: BodyStage;
  let sof: string;
  let owedByNaf: string;
  let owedBySof: string;
  const as = async (role: Role, organisation = 'NAF') =>
    `Bearer ${await tokenFor(api, identityOf(role, organisation))}`;

  beforeAll(async () => {
    api = await startTestApp();
    const decided = await decisionStage(api);
    stage = decided;
    const organisations = await api.http.get(`${API}/organisations`);
    sof = organisations.body.organisations.find(
      (o: { shortName: string }) => o.shortName === 'SOF',
    ).id;
    const { issue } = decided;
    owedByNaf = await issue(stage.administration);
    owedBySof = await issue(sof);
  }, 180_000);
  afterAll(() => api.close());

  const reportBack = { deliveredOn: '2023-11-20', form: 'written', summary: 'Kompletterat' };
  const extend = { dueOn: '2024-02-01', why: 'Underlaget dröjer', extendedOn: '2023-11-20' };

  it("lets a head of administration report back on their own organisation's assignment", async () => {
    const response = await api.http
      .post(`${API}/assignments/${owedByNaf}/report-back`)
      .set('Authorization', await as('head-of-administration'))
      .send(reportBack);
    expect(response.status).toBe(200);
  });

  it("refuses a head of administration another organisation's assignment, and records nothing", async () => {
    const token = await as('head-of-administration');
    for (const [path, body] of [
      ['report-back', reportBack],
      ['extend', extend],
      ['withdraw', { withdrawnOn: '2023-11-20' }],
    ] as const) {
      const problem = await expectRefused(
        api,
        () =>
          api.http
            .post(`${API}/assignments/${owedBySof}/${path}`)
            .set('Authorization', token)
            .send(body),
        403,
        'AUTH.FORBIDDEN',
      );
      expect(problem).toMatchObject({ permission: 'assignments.follow-up' });
      expect(problem.detail).toMatch(/own organisation \(NAF\)/);
    }
  });

  it('leaves a head of administration whose organisation is not registered nothing of their own', async () => {
    const response = await api.http
      .post(`${API}/assignments/${owedByNaf}/extend`)
      .set('Authorization', await as('head-of-administration', 'XYZ'))
      .send(extend);
    expectProblem(response, 403, 'AUTH.FORBIDDEN');
  });

  it('lets a secretary follow up any assignment (the grant is not scoped)', async () => {
    const response = await api.http
      .post(`${API}/assignments/${owedBySof}/extend`)
      .set('Authorization', await as('secretary'))
      .send(extend);
    expect(response.status).toBe(200);
  });

  it('lets a non-admin record on behalf of their own organisation only', async () => {
    const meeting = {
      body: stage.bodyOf.committee,
      scheduledFor: { date: '2024-01-15' },
      format: 'in-person',
    };
    const secretary = await as('secretary');
    const other = await expectRefused(
      api,
      () =>
        api.http
          .post(`${API}/meetings`)
          .set('Authorization', secretary)
          .send({ ...meeting, onBehalfOf: 'SOF' }),
      403,
      'AUTH.FORBIDDEN',
    );
    expect(other).toMatchObject({ permission: 'on-behalf.any', role: 'secretary' });
    await expectRefused(
      api,
      () =>
        api.http
          .post(`${API}/meetings`)
          .set('Authorization', secretary)
          .send({ ...meeting, onBehalfOf: sof }),
      403,
      'AUTH.FORBIDDEN',
    );
    for (const own of ['naf', stage.administration]) {
      const response = await api.http
        .post(`${API}/meetings`)
        .set('Authorization', secretary)
        .send({ ...meeting, onBehalfOf: own });
      expect(response.status).toBe(201);
    }
  });

  it('lets an admin record on behalf of any organisation', async () => {
    const response = await api.http
      .post(`${API}/meetings`)
      .set('Authorization', await as('admin'))
      .send({
        body: stage.bodyOf.committee,
        scheduledFor: { date: '2024-02-15' },
        format: 'in-person',
        onBehalfOf: 'SOF',
      });
    expect(response.status).toBe(201);
  });

  it("names the caller's own organisation in GET /me", async () => {
    const me = await api.http
      .get(`${API}/me`)
      .set('Authorization', await as('head-of-administration'));
    expect(me.body.organisationIds).toEqual([stage.administration]);
  });
});
