import type { Response } from 'supertest';
import { startTestApp, testEngines, type TestApp } from '../support/test-app';
import { Meetings } from './meetings/meetings-api';
import { Structure, expectCommand, headOf } from './structure/structure-api';

/**
 * An Idempotency-Key is bound to the request the client sent, never to the facts the server
 * loaded from other streams while deciding it. So an honest retry answers the first result and
 * records nothing, even after another stream that the command read has changed in between.
 * One case for every command that reads a stream besides the one it writes.
 */
describe.each(testEngines)('a retry after another stream changed, on %s', (engine) => {
  let api: TestApp;
  let structure: Structure;
  let meetings: Meetings;
  let sof: string;
  let model: string;
  let seq = 0;
  beforeAll(async () => {
    api = await startTestApp({ engine });
    structure = new Structure(api);
    meetings = new Meetings(api);
    sof = await structure.organisation('SOF');
    model = await structure.model([sof]);
  });
  afterAll(() => api.close());

  type Send = (headers: Record<string, string>) => PromiseLike<Response>;

  /**
   * Sends a request with a fresh key, lets `meanwhile` change a stream it read, sends it again
   * with the same key: the same answer, and nothing written by the repeat.
   */
  async function expectRepeatAnswersFirst(send: Send, meanwhile: () => Promise<unknown>) {
    const key = { 'Idempotency-Key': `retry-${++seq}` };
    const first = await send(key);
    const status = first.status === 201 ? 201 : 200;
    const answer = await expectCommand(first, status);
    await meanwhile();
    const head = await headOf(api);
    expect(await expectCommand(await send(key), status)).toEqual(answer);
    expect(await headOf(api)).toBe(head);
  }

  const post =
    (url: string, body: object): Send =>
    (headers) =>
      structure.post(url, body, headers);
  const dissolveOrganisation = (id: string) => () =>
    structure.ok(`/organisations/${id}/dissolve`, { on: '2024-06-01' });

  it('schedule a meeting; the group that meets is dissolved; the repeat answers the first', async () => {
    const group = await structure.group(model);
    await expectRepeatAnswersFirst(
      (headers) =>
        meetings.post(
          '/meetings',
          {
            body: { kind: 'group', id: group },
            scheduledFor: { date: '2024-03-01' },
            format: 'remote',
          },
          headers,
        ),
      () => structure.ok(`/groups/${group}/dissolve`, { on: '2024-06-01' }),
    );
  });

  it('reschedule a meeting; its group is dissolved; the repeat answers the first', async () => {
    const group = await structure.group(model);
    const meeting = await meetings.schedule({
      body: { kind: 'group', id: group },
      scheduledFor: { date: '2024-03-01' },
      format: 'remote',
    });
    await expectRepeatAnswersFirst(
      (headers) =>
        meetings.post(
          `/meetings/${meeting}/reschedule`,
          { scheduledFor: { date: '2024-03-08' } },
          headers,
        ),
      () => structure.ok(`/groups/${group}/dissolve`, { on: '2024-06-01' }),
    );
  });

  it('move a group under Q; Q is moved elsewhere; the repeat answers the first', async () => {
    const group = await structure.group(model, { kind: 'working', name: 'G' });
    const q = await structure.group(model, { kind: 'coordination', name: 'Q' });
    const r = await structure.group(model, { kind: 'coordination', name: 'R' });
    await expectRepeatAnswersFirst(
      post(`/groups/${group}/move`, { parentId: q, on: '2023-01-01' }),
      () => structure.ok(`/groups/${q}/move`, { parentId: r, on: '2023-02-01' }),
    );
  });

  it('form a group under a parent; the parent is moved; the repeat answers the first', async () => {
    const parent = await structure.group(model, { kind: 'coordination', name: 'P' });
    const above = await structure.group(model, { kind: 'coordination', name: 'Above' });
    const body = { modelId: model, kind: 'working', name: 'W', records: 'notes' };
    await expectRepeatAnswersFirst(
      post('/groups', { ...body, parentId: parent, formedOn: '2023-01-01' }),
      () => structure.ok(`/groups/${parent}/move`, { parentId: above, on: '2023-02-01' }),
    );
  });

  it('dissolve a group; another group joins its model; the repeat answers the first', async () => {
    const group = await structure.group(model, { kind: 'team', name: 'T' });
    await expectRepeatAnswersFirst(post(`/groups/${group}/dissolve`, { on: '2024-01-01' }), () =>
      structure.group(model, { kind: 'team', name: 'T2' }),
    );
  });

  it('register an organisation under a parent; the parent is dissolved; the repeat answers the first', async () => {
    const parent = await structure.organisation('P1');
    await expectRepeatAnswersFirst(
      post('/organisations', {
        kind: 'administration',
        name: 'Enheten',
        parentId: parent,
        establishedOn: '2020-01-01',
      }),
      dissolveOrganisation(parent),
    );
  });

  it('register a person in an organisation; it is dissolved; the repeat answers the first', async () => {
    const organisation = await structure.organisation('P2');
    await expectRepeatAnswersFirst(
      post('/people', { name: 'Eva Ek', organisationId: organisation, on: '2021-01-01' }),
      dissolveOrganisation(organisation),
    );
  });

  it('seat a member; their organisation is dissolved; the repeat answers the first', async () => {
    const organisation = await structure.organisation('P3');
    const person = await structure.person(organisation);
    const group = await structure.group(model, { kind: 'team', name: 'Seats' });
    await expectRepeatAnswersFirst(
      post(`/groups/${group}/members`, {
        personId: person,
        organisationId: organisation,
        role: 'member',
        from: '2022-01-01',
      }),
      dissolveOrganisation(organisation),
    );
  });

  it('add a participant; it is dissolved; the repeat answers the first', async () => {
    const organisation = await structure.organisation('P4');
    await expectRepeatAnswersFirst(
      post(`/models/${model}/participants`, { organisationId: organisation, from: '2022-01-01' }),
      dissolveOrganisation(organisation),
    );
  });

  it('establish a model; a participant is dissolved; the repeat answers the first', async () => {
    const organisation = await structure.organisation('P5');
    await expectRepeatAnswersFirst(
      post('/models', {
        name: 'Modellen',
        purpose: 'Samverkan',
        participantIds: [organisation],
        adoptedBy: { caseNumber: 'KS/2021/1' },
        establishedOn: '2021-01-01',
      }),
      dissolveOrganisation(organisation),
    );
  });

  it('issue an assignment; the organisation that owes it is dissolved; the repeat answers the first', async () => {
    const organisation = await structure.organisation('P6');
    const chair = await structure.person(sof);
    const group = await structure.group(model, { kind: 'team', name: 'Decides' });
    const meeting = await meetings.schedule({
      body: { kind: 'group', id: group },
      scheduledFor: { date: '2023-11-06' },
      format: 'remote',
    });
    await meetings.ok(
      meetings.send.held(meeting, {
        startedAt: '09:00',
        endedAt: '09:50',
        attendance: [{ personId: chair, capacity: 'decision-maker', office: 'chair' }],
      }),
    );
    const item = await meetings.item(meeting, {
      title: 'Uppdrag',
      kind: 'decision',
      decision: { text: 'Förvaltningen får i uppdrag att utreda.' },
    });
    await expectRepeatAnswersFirst(
      (headers) =>
        meetings.post(
          '/assignments',
          {
            meetingId: meeting,
            itemId: item,
            owedBy: { organisationId: organisation },
            what: 'Utred',
            issuedOn: '2023-11-06',
          },
          headers,
        ),
      dissolveOrganisation(organisation),
    );
  });
});
