import { randomUUID } from 'node:crypto';
import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import {
  bodyStage,
  eventsOf,
  expectCommand,
  expectRefused,
  type BodyStage,
  type Meetings,
} from './meetings-api';

/**
 * A held meeting's record and an assignment name people and organisations of the structure
 * context: when the handler finds no such person in their own stream, or an organisation not
 * active on the issue date, the command is refused (422, problem+json) and nothing is written.
 */
describe.each(testEngines)('meetings references to people and organisations on %s', (engine) => {
  let api: TestApp;
  let stage: BodyStage;
  let meetingId: string;
  let decided: string;
  let dissolved: string;
  let later: string;
  beforeAll(async () => {
    api = await startTestApp({ engine });
    stage = await bodyStage(api);
    const { meetings, structure } = stage;
    meetingId = await meetings.schedule({
      body: stage.bodyOf.committee,
      scheduledFor: { date: '2023-11-06' },
      format: 'remote',
    });
    await meetings.ok(meetings.send.held(meetingId, held()));
    decided = await meetings.item(meetingId, {
      number: 42,
      title: 'Svar på revisorernas frågor angående Nynäshamnsmodellen',
      kind: 'decision',
      decision: { text: 'Ärendet ska kompletteras.', form: 'proposal-to-board' },
    });
    dissolved = await structure.organisation('KFF');
    await structure.ok(`/organisations/${dissolved}/dissolve`, { on: '2023-11-06' });
    later = await structure.organisation('NYF', { establishedOn: '2023-11-07' });
  });
  afterAll(() => api.close());

  function held(over: object = {}) {
    return {
      startedAt: '09:00',
      endedAt: '09:50',
      attendance: [
        { personId: stage.people.pirrone, capacity: 'decision-maker', office: 'chair' },
        { personId: stage.people.zotterman, capacity: 'secretary' },
      ],
      ...over,
    };
  }
  const issue = (owedBy: object) => ({
    meetingId,
    itemId: decided,
    owedBy,
    what: 'Komplettera ärendet',
    issuedOn: '2023-11-06',
  });
  /** Refused (422, problem+json) with the code; expectRefused checks the store's head stays. */
  const refused = (send: () => ReturnType<Meetings['post']>, code: string) =>
    expectRefused(api, send, 422, code);

  it('refuses a sitting listing unknown people, present, absent or served for, naming them all', async () => {
    const [present, absent, servedFor] = [randomUUID(), randomUUID(), randomUUID()];
    const { pirrone, svanberg } = stage.people;
    const body = held({
      attendance: [
        { personId: pirrone, capacity: 'decision-maker', office: 'chair' },
        { personId: svanberg, capacity: 'serving-deputy', servingFor: servedFor },
        { personId: present, capacity: 'decision-maker' },
      ],
      absences: [{ personId: absent, reason: 'Sjuk' }],
    });
    const send = () => stage.meetings.send.held(meetingId, body);
    const problem = await refused(send, 'MEETING.PERSON_NOT_FOUND');
    expect(problem.personIds).toEqual([servedFor, present, absent]);
    expect(await eventsOf(api, `meeting-${meetingId}`)).toHaveLength(3);
  });

  it('refuses an assignment owed by an organisation that was never registered', async () => {
    const send = () => stage.meetings.send.issue(issue({ organisationId: randomUUID() }));
    await refused(send, 'ASSIGNMENT.ORGANISATION_NOT_FOUND');
  });

  it('refuses an assignment owed by an organisation dissolved, or not yet established, that day', async () => {
    for (const organisationId of [dissolved, later]) {
      const send = () => stage.meetings.send.issue(issue({ organisationId }));
      const problem = await refused(send, 'ASSIGNMENT.ORGANISATION_NOT_ACTIVE');
      expect(problem).toMatchObject({ organisationId, on: '2023-11-06' });
    }
  });

  it('refuses an assignment owed by a person who was never registered', async () => {
    const personId = randomUUID();
    const owedBy = { organisationId: stage.administration, personId };
    const send = () => stage.meetings.send.issue(issue(owedBy));
    const problem = await refused(send, 'ASSIGNMENT.PERSON_NOT_FOUND');
    expect(problem.personIds).toEqual([personId]);
  });

  it('answers a repeated issue with the first result, though its organisation is dissolved since', async () => {
    const { structure, meetings } = stage;
    const soon = await structure.organisation('SNF');
    const key = { 'Idempotency-Key': `issue-${randomUUID()}` };
    const body = issue({ organisationId: soon, personId: stage.people.kalback });
    const first = await expectCommand(await meetings.send.issue(body, key), 201);
    await structure.ok(`/organisations/${soon}/dissolve`, { on: '2023-11-07' });
    const again = await expectCommand(await meetings.send.issue(body, key), 201);
    expect(again).toEqual(first);
    expect(await eventsOf(api, `assignment-${first.id}`)).toHaveLength(1);
  });

  it('refuses an item naming someone not registered, or a recipient or proposer not active that day; then records it', async () => {
    const { meetings, people } = stage;
    const stranger = randomUUID();
    const item = (over: object) => ({ title: 'Revisorernas frågor', kind: 'decision', ...over });
    const decision = (personId: string) => ({
      decision: { text: 'Bifall.', reservations: [{ personId, party: 'M' }] },
    });
    const cases: [object, string, object][] = [
      [{ presentedBy: [stranger] }, 'ITEM.PERSON_NOT_FOUND', { field: 'presentedBy' }],
      [
        { motions: [{ personId: stranger, text: 'Avslag.' }] },
        'ITEM.PERSON_NOT_FOUND',
        { field: 'motions.personId' },
      ],
      [decision(stranger), 'ITEM.PERSON_NOT_FOUND', { field: 'decision.reservations.personId' }],
      [
        { recipients: [{ name: 'Revisorerna', organisationId: randomUUID() }] },
        'ITEM.ORGANISATION_NOT_FOUND',
        { field: 'recipients.organisationId' },
      ],
      [
        { recipients: [{ name: 'KFF', organisationId: dissolved }] },
        'ITEM.ORGANISATION_NOT_ACTIVE',
        { field: 'recipients.organisationId', organisationId: dissolved, on: '2023-11-06' },
      ],
      [
        { proposal: { text: 'Förvaltningens förslag.', organisationId: later } },
        'ITEM.ORGANISATION_NOT_ACTIVE',
        { field: 'proposal.organisationId', organisationId: later },
      ],
    ];
    for (const [over, code, details] of cases) {
      const problem = await refused(() => meetings.send.item(meetingId, item(over)), code);
      expect(problem).toMatchObject(details);
    }
    const named = {
      presentedBy: [people.kalback],
      motions: [{ personId: people.pirrone, text: 'Bifall.' }],
      ...decision(people.svanberg),
      recipients: [{ name: 'Förvaltningen', organisationId: stage.administration }],
      proposal: { text: 'Förvaltningens förslag.', organisationId: stage.administration },
    };
    const itemId = await meetings.item(meetingId, item(named));

    const amend = (changes: object) => meetings.send.amend(meetingId, itemId, changes);
    const problem = await refused(() => amend(decision(stranger)), 'ITEM.PERSON_NOT_FOUND');
    expect(problem).toMatchObject({
      field: 'decision.reservations.personId',
      personIds: [stranger],
    });
    await meetings.ok(amend(decision(people.kalback)));
    const events = await eventsOf(api, `meeting-${meetingId}`);
    expect(events.slice(-2).map((event) => event.type)).toEqual(['ItemRecorded', 'ItemAmended']);
  });
});
