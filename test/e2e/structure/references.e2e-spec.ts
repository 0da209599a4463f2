import { randomUUID } from 'node:crypto';
import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { Structure, eventsOf, expectRefused } from './structure-api';

/**
 * A command that names a person or an organisation is refused (422, problem+json) when the
 * handler finds no such person, or an organisation that is not active on the command's date,
 * in its own stream; and nothing is written: the group's or model's stream is unchanged.
 */
describe.each(testEngines)('references to people and organisations on %s', (engine) => {
  let api: TestApp;
  let structure: Structure;
  let sof: string;
  let model: string;
  let group: string;
  let person: string;
  let dissolved: string;
  let later: string;
  beforeAll(async () => {
    api = await startTestApp({ engine });
    structure = new Structure(api);
    sof = await structure.organisation('SOF');
    model = await structure.model([sof]);
    group = await structure.group(model);
    person = await structure.person(sof);
    dissolved = await structure.organisation('KFF');
    await structure.ok(`/organisations/${dissolved}/dissolve`, { on: '2023-01-01' });
    later = await structure.organisation('NYF', { establishedOn: '2025-01-01' });
  });
  afterAll(() => api.close());

  const seat = (extra: object) => ({
    personId: person,
    organisationId: sof,
    role: 'member',
    from: '2024-01-01',
    ...extra,
  });
  /** Refused with status and code, and the stream written to stays as it was. */
  const refused = async (stream: string, url: string, body: object, code: string) => {
    const before = (await eventsOf(api, stream)).length;
    const problem = await expectRefused(api, () => structure.post(url, body), 422, code);
    expect((await eventsOf(api, stream)).length).toBe(before);
    return problem;
  };

  it('refuses a seat for a person who was never registered', async () => {
    const problem = await refused(
      `group-${group}`,
      `/groups/${group}/members`,
      seat({ personId: randomUUID() }),
      'GROUP.PERSON_NOT_FOUND',
    );
    expect(problem.detail).toBe('No such person');
  });

  it('refuses a seat for an organisation that was never registered', async () => {
    await refused(
      `group-${group}`,
      `/groups/${group}/members`,
      seat({ organisationId: randomUUID() }),
      'GROUP.ORGANISATION_NOT_FOUND',
    );
  });

  it('refuses a seat for an organisation dissolved, or not yet established, on its first day', async () => {
    await refused(
      `group-${group}`,
      `/groups/${group}/members`,
      seat({ organisationId: dissolved }),
      'GROUP.ORGANISATION_NOT_ACTIVE',
    );
    await refused(
      `group-${group}`,
      `/groups/${group}/members`,
      seat({ organisationId: later }),
      'GROUP.ORGANISATION_NOT_ACTIVE',
    );
    // The same organisation for a seat that starts before its dissolution is fine.
    await structure.member(group, seat({ organisationId: dissolved, from: '2022-06-01' }));
  });

  it('refuses a model whose participants do not exist or are not active when it is established', async () => {
    const body = {
      name: 'Modellen',
      purpose: 'Samverkan',
      adoptedBy: { caseNumber: 'NAN/2024/1' },
      establishedOn: '2024-01-01',
    };
    await expectRefused(
      api,
      () => structure.post('/models', { ...body, participantIds: [sof, randomUUID()] }),
      422,
      'MODEL.PARTICIPANT_NOT_FOUND',
    );
    await expectRefused(
      api,
      () => structure.post('/models', { ...body, participantIds: [sof, dissolved] }),
      422,
      'MODEL.PARTICIPANT_NOT_ACTIVE',
    );
  });

  it('refuses a participant that does not exist or is not active from its first day', async () => {
    const url = `/models/${model}/participants`;
    await refused(
      `model-${model}`,
      url,
      { organisationId: randomUUID(), from: '2024-01-01' },
      'MODEL.PARTICIPANT_NOT_FOUND',
    );
    await refused(
      `model-${model}`,
      url,
      { organisationId: later, from: '2024-01-01' },
      'MODEL.PARTICIPANT_NOT_ACTIVE',
    );
    await structure.ok(url, { organisationId: later, from: '2025-01-01' });
  });
});
