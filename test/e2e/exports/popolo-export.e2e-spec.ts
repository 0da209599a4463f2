import * as fs from 'node:fs';
import * as path from 'node:path';
import { Validator, type Schema } from 'jsonschema';
import { nynashamnSeeds } from '@app/meetings';
import {
  recordNynashamnMinutes,
  type NynashamnMinutes,
} from '../../../apps/cli/src/demo/nynashamn-minutes.demo';
import type { CommandAnswer, SendCommand } from '../../../apps/cli/src/demo/nynashamn.demo';
import { repoRoot } from '../../support/run-source';
import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { identityOf } from '../access/access-api';
import { Meetings } from '../meetings/meetings-api';
import { API, recordNynashamn, type Nynashamn } from '../structure/nynashamn-scenario';
import { tokenFor } from '../structure/structure-api';

const SCHEMAS = path.resolve(repoRoot, '../shared/conformance/popolo-schemas');
const SCHEMA_BASE = 'http://www.popoloproject.com/schemas/';

/** A draft-03 validator that resolves the schemas' `$ref`s to the files beside them. */
function popoloValidator(): Validator {
  const validator = new Validator();
  for (const file of fs.readdirSync(SCHEMAS).filter((name) => name.endsWith('.json'))) {
    const schema = JSON.parse(fs.readFileSync(path.join(SCHEMAS, file), 'utf8')) as Schema;
    validator.addSchema(schema, `${SCHEMA_BASE}${file}`);
  }
  return validator;
}

const KINDS = {
  organizations: 'organization',
  persons: 'person',
  memberships: 'membership',
  posts: 'post',
  events: 'event',
  motions: 'motion',
  vote_events: 'vote_event',
};

const sender =
  (api: TestApp): SendCommand =>
  async (path, body, idempotencyKey) => {
    const response = await api.http
      .post(`${API}${path}`)
      .set('Idempotency-Key', idempotencyKey)
      .send(body);
    if (response.status !== 201 && response.status !== 200) {
      throw new Error(`POST ${path}: ${response.status} ${response.text}`);
    }
    return response.body as CommandAnswer;
  };

/** A sitting the source does not document: only its date, two motions and a counted vote. */
async function recordPartialMeeting(api: TestApp, committee: string, reserving: string) {
  const meetings = new Meetings(api);
  const id = await meetings.schedule({
    body: { kind: 'working-committee', id: committee },
    scheduledFor: { date: '2019-05-13' },
  });
  await meetings.ok(meetings.send.held(id, { documented: false }));
  const itemId = await meetings.item(id, {
    number: 12,
    title: 'Budget 2020',
    kind: 'decision',
    motions: [{ party: 'S', text: 'Avslag', kind: 'rejection' }, { text: 'Bifall till förslaget' }],
    decision: {
      text: 'Arbetsutskottet föreslår nämnden att anta budgeten.',
      form: 'proposal-to-board',
      votes: { yes: 3, no: 2, abstained: 0 },
      reservations: [{ personId: reserving, party: 'S', text: 'Till förmån för eget yrkande' }],
      adoptedMotions: [1],
    },
  });
  return { id, itemId };
}

describe.each(testEngines)('the Popolo export on %s', (engine) => {
  let api: TestApp;
  let demo: Nynashamn;
  let minutes: NynashamnMinutes;
  let partial: { id: string; itemId: string };
  const validator = popoloValidator();
  const schema = (kind: string) => validator.schemas[`${SCHEMA_BASE}${kind}.json`]!;

  beforeAll(async () => {
    api = await startTestApp({ engine });
    demo = await recordNynashamn(api);
    minutes = await recordNynashamnMinutes(sender(api), demo);
    partial = await recordPartialMeeting(
      api,
      minutes.bodies[nynashamnSeeds.org.nanAu]!,
      minutes.people.pirrone,
    );
    await api.settled();
  }, 240_000);
  afterAll(() => api.close());

  const popolo = async (asOf: string) =>
    (await api.http.get(`${API}/export/popolo?asOf=${asOf}`).expect(200)).body as Record<
      keyof typeof KINDS,
      Array<Record<string, unknown>>
    > & { asOf: string; knownAt: string };

  it('answers every collection, meetings, motions and vote events too, as the Popolo schemas accept them', async () => {
    const body = await popolo('2025-01-01');
    expect(body.asOf).toBe('2025-01-01');
    for (const [list, kind] of Object.entries(KINDS)) {
      const entries = body[list as keyof typeof KINDS];
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        const result = validator.validate(entry, schema(kind));
        expect({ [kind]: entry, errors: result.errors.map(String) }).toEqual({
          [kind]: entry,
          errors: [],
        });
      }
    }
  });

  it('answers the heads of administration as posts, held by their holders, and sitting in the strategic steering group', async () => {
    const body = await popolo('2025-01-01');
    expect(body.posts).toContainEqual({
      id: demo.headOfSof,
      label: 'Förvaltningschef SOF',
      organization_id: demo.sof,
      start_date: '2019-01-01',
      end_date: null,
    });
    expect(body.memberships).toContainEqual(
      expect.objectContaining({
        person_id: demo.landberg,
        organization_id: demo.sof,
        post_id: demo.headOfSof,
      }),
    );
    expect(body.memberships).toContainEqual(
      expect.objectContaining({
        person_id: demo.landberg,
        organization_id: demo.strategic,
        post_id: demo.headOfSof,
        on_behalf_of_id: demo.sof,
      }),
    );
  });

  it('names the structure: administrations, the model, its groups under it, seats on behalf of an administration', async () => {
    const body = await popolo('2025-01-01');
    const organization = (id: string) => body.organizations.find((entry) => entry.id === id);
    expect(organization(demo.naf)).toMatchObject({
      classification: 'administration',
      parent_id: demo.municipality,
      other_names: [{ name: 'NAF', note: 'short name' }],
    });
    const steering = body.memberships.find((entry) => entry.on_behalf_of_id === demo.naf);
    expect(steering).toMatchObject({ person_id: expect.any(String), role: expect.any(String) });
    const group = organization(steering!.organization_id as string)!;
    expect(organization(group.parent_id as string)).toBeDefined();
    const person = body.persons.find((entry) => entry.id === steering!.person_id);
    expect(person).toEqual({ id: steering!.person_id, name: expect.any(String) });
  });

  it('answers the structure of the date asked: the old model before its replacement', async () => {
    const before = await popolo('2023-06-01');
    const names = (entries: Array<Record<string, unknown>>) => entries.map((entry) => entry.id);
    expect(names(before.organizations)).toContain(demo.oldModel);
    expect(names(before.organizations)).not.toContain(demo.newModel);
  });
  it('answers a minuted meeting as an event with its times, place and attendees, its motion and its unanimous decision', async () => {
    const body = await popolo('2025-01-01');
    const { meetingId, itemIds } = minutes.nanAu20231106;
    const nanAu = minutes.bodies[nynashamnSeeds.org.nanAu];
    const event = body.events.find((entry) => entry.id === meetingId)!;
    expect(event).toMatchObject({
      classification: 'meeting',
      status: 'held',
      organization_id: nanAu,
      start_date: '2023-11-06T09:00:00+01:00',
      end_date: '2023-11-06T09:50:00+01:00',
      location: 'Digitalt via Teams',
    });
    expect(event.attendees).toContainEqual({
      role: 'chair',
      person_id: minutes.people.pirrone,
      on_behalf_of_id: minutes.bodies[nynashamnSeeds.org.nan],
    });
    expect(event.attendees).toContainEqual({
      role: 'secretary',
      person_id: minutes.people.zotterman,
    });
    const motionId = `${meetingId}:${itemIds['nan-42']}:0`;
    expect(body.motions).toContainEqual({
      id: motionId,
      organization_id: nanAu,
      legislative_session_id: meetingId,
      creator_id: minutes.people.pirrone,
      text: expect.stringMatching(/^att näringslivs- och arbetsmarknadsnämndens arbetsutskott/),
      classification: 'motion',
      identifier: '§ 42/23',
      date: '2023-11-06T09:00:00+01:00',
      result: 'pass',
    });
    expect(body.vote_events).toContainEqual({
      id: `${meetingId}:${itemIds['nan-42']}`,
      organization_id: nanAu,
      legislative_session_id: meetingId,
      identifier: '§ 42/23',
      motion_id: motionId,
      classification: 'proposal-to-board',
      start_date: '2023-11-06T09:00:00+01:00',
      result: 'unanimous',
    });
    // The agenda was adopted without a motion: a vote event on no motion.
    const agenda = body.vote_events.find(
      (entry) => entry.id === `${meetingId}:${itemIds['nan-41']}`,
    );
    expect(agenda).toMatchObject({ identifier: '§ 41/23', result: 'unanimous' });
    expect(agenda).not.toHaveProperty('motion_id');
    expect(agenda).not.toHaveProperty('counts');
  });

  it('invents neither attendees nor times for a sitting the record does not document; counts a counted vote', async () => {
    const body = await popolo('2025-01-01');
    const event = body.events.find((entry) => entry.id === partial.id)!;
    expect(event).toMatchObject({ status: 'held', start_date: '2019-05-13' });
    for (const unknown of ['attendees', 'end_date', 'location']) {
      expect(event).not.toHaveProperty(unknown);
    }
    const motions = body.motions.filter((entry) => entry.legislative_session_id === partial.id);
    expect(motions).toEqual([
      expect.objectContaining({ classification: 'rejection', result: 'fail' }),
      expect.objectContaining({ text: 'Bifall till förslaget', result: 'pass' }),
    ]);
    for (const motion of motions) {
      expect(motion).not.toHaveProperty('creator_id');
      expect(motion).not.toHaveProperty('date');
    }
    const [vote] = body.vote_events.filter((entry) => entry.legislative_session_id === partial.id);
    expect(vote).toEqual({
      id: `${partial.id}:${partial.itemId}`,
      organization_id: minutes.bodies[nynashamnSeeds.org.nanAu],
      legislative_session_id: partial.id,
      identifier: '§ 12/19',
      motion_id: `${partial.id}:${partial.itemId}:1`,
      classification: 'proposal-to-board',
      result: 'pass',
      counts: [
        { option: 'yes', value: 3 },
        { option: 'no', value: 2 },
        { option: 'abstain', value: 0 },
      ],
      // Nobody's vote is recorded one by one (no `votes`); a reservation is, by its person.
      reservations: [
        { person_id: minutes.people.pirrone, party: 'S', text: 'Till förmån för eget yrkande' },
      ],
    });
  });

  it('answers only the meetings dated on or before asOf, with their motions and votes', async () => {
    const body = await popolo('2023-06-01');
    const sessions = (entries: Array<Record<string, unknown>>) =>
      new Set(entries.map((entry) => entry.legislative_session_id));
    expect(body.events.map((entry) => entry.id)).toEqual([partial.id]);
    expect(sessions(body.motions)).toEqual(new Set([partial.id]));
    expect(sessions(body.vote_events)).toEqual(new Set([partial.id]));
  });

  it('answers the meetings as recorded by knownAt: none before the minutes were recorded', async () => {
    const body = (
      await api.http
        .get(`${API}/export/popolo`)
        .query({ asOf: '2025-01-01', knownAt: demo.beforeReplacement })
        .expect(200)
    ).body as Awaited<ReturnType<typeof popolo>>;
    expect(body.knownAt).toBe(demo.beforeReplacement);
    expect(body.organizations.length).toBeGreaterThan(0);
    expect([body.events, body.motions, body.vote_events]).toEqual([[], [], []]);
  });

  it("keeps an erased attendee's and mover's id and drops the name", async () => {
    const pirrone = minutes.people.pirrone;
    const before = await popolo('2025-01-01');
    expect(before.persons.find((entry) => entry.id === pirrone)).toEqual({
      id: pirrone,
      name: expect.any(String),
    });
    const admin = `Bearer ${await tokenFor(api, identityOf('admin'))}`;
    const erased = await api.http
      .post(`${API}/people/${pirrone}/erase`)
      .set('Authorization', admin)
      .send({ reason: 'Begäran enligt GDPR art. 17' })
      .expect(200);
    await api.settled();
    const after = (
      await api.http
        .get(`${API}/export/popolo?asOf=2025-01-01`)
        .query({ consistentWith: erased.body.position })
        .expect(200)
    ).body as typeof before;
    expect(after.persons.find((entry) => entry.id === pirrone)).toEqual({ id: pirrone });
    expect(JSON.stringify(after)).not.toContain(before.persons.find((p) => p.id === pirrone)!.name);
    expect(after.motions.map((entry) => entry.creator_id)).toContain(pirrone);
  });
});
