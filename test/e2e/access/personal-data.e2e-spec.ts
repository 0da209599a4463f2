import { NO_STREAM, RAW_EVENT_STORE, verifyChains, type EventStore } from '@app/event-store';
import { SQL_DATABASE, type SqlDatabase } from '@app/platform';
import { expectProblem, startTestApp, type TestApp } from '../../support/test-app';
import { API, eventsOf, expectInvalid, headOf, tokenFor } from '../structure/structure-api';
import { decisionStage, identityOf, personalDataRows } from './access-api';

/** GDPR: erasure without breaking the record, register extracts, and no name left by a refusal. */
describe('personal data', () => {
  let api: TestApp;
  let stage: Awaited<ReturnType<typeof decisionStage>>;
  let admin: string;
  beforeAll(async () => {
    api = await startTestApp();
    stage = await decisionStage(api);
    admin = `Bearer ${await tokenFor(api, identityOf('admin'))}`;
  }, 180_000);
  afterAll(() => api.close());

  /** The events as stored: what hashes are checked against, and where a legacy event goes. */
  const raw = () => api.app.get<EventStore>(RAW_EVENT_STORE);

  const person = (over: object = {}) => ({
    name: 'Mikael Landberg',
    title: 'Förvaltningschef',
    organisationId: stage.administration,
    on: '2021-01-01',
    ...over,
  });

  it('gives an admin everything held about a person (register extract)', async () => {
    const pirrone = stage.people.pirrone;
    const response = await api.http
      .get(`${API}/people/${pirrone}/register-extract`)
      .set('Authorization', admin);
    expect(response.status).toBe(200);
    expect(response.body.personalData.name).toEqual(expect.any(String));
    const types = response.body.mentions.map((mention: { type: string }) => mention.type);
    expect(types).toEqual(expect.arrayContaining(['PersonRegistered', 'MeetingHeld']));
    expect(
      response.body.mentions.every((m: { data: unknown }) =>
        JSON.stringify(m.data).includes(pirrone),
      ),
    ).toBe(true);
    expectProblem(
      await api.http
        .get(`${API}/people/00000000-0000-4000-8000-000000000000/register-extract`)
        .set('Authorization', admin),
      404,
      'PERSON.NOT_FOUND',
    );
  });

  it('erases name and title, records only that it happened, and keeps every chain whole', async () => {
    const pirrone = stage.people.pirrone;
    const name = (await api.http.get(`${API}/people/${pirrone}`)).body.name;
    expectInvalid(
      await api.http.post(`${API}/people/${pirrone}/erase`).set('Authorization', admin).send({}),
      ['reason'],
    );
    const erased = await api.http
      .post(`${API}/people/${pirrone}/erase`)
      .set('Authorization', admin)
      .send({ reason: 'Begäran enligt GDPR art. 17' });
    expect(erased.status).toBe(200);
    const [event] = (await eventsOf(api, `person-${pirrone}`)).slice(-1);
    expect(event.type).toBe('PersonalDataErased');
    expect(Object.keys(event.data as object).sort()).toEqual(['erasedOn', 'personId']);
    expect(event.metadata.reason).toBe('Begäran enligt GDPR art. 17');

    const read = await api.http
      .get(`${API}/people/${pirrone}`)
      .query({ consistentWith: erased.body.position });
    expect(read.body).toMatchObject({ name: '[name erased]', nameErased: true, title: null });
    const minutes = await api.http
      .get(`${API}/meetings/${stage.meetingId}/minutes.html`)
      .query({ consistentWith: erased.body.position });
    expect(minutes.text).toContain('[name erased]');
    expect(minutes.text).not.toContain(name);
    const extract = await api.http
      .get(`${API}/people/${pirrone}/register-extract`)
      .set('Authorization', admin);
    expect(extract.body.personalData).toMatchObject({ name: null, erasedAt: expect.any(String) });

    const report = await verifyChains(raw(), { tenant: '0192' });
    expect(report.ok).toBe(true);

    expectProblem(
      await api.http
        .post(`${API}/people/${pirrone}/erase`)
        .set('Authorization', admin)
        .send({ reason: 'Igen' }),
      409,
      'PERSON.ALREADY_ERASED',
    );
  });

  it('leaves no name behind when a registration is refused (422, 412)', async () => {
    const names = await personalDataRows(api);
    const events = await headOf(api);
    const unknownOrganisation = await api.http
      .post(`${API}/people`)
      .send(person({ organisationId: '00000000-0000-4000-8000-000000000000' }));
    expect(unknownOrganisation.status).toBe(422);
    const stale = await api.http.post(`${API}/people`).set('If-Match', '"3"').send(person());
    expectProblem(stale, 412, 'REQUEST.PRECONDITION_FAILED');
    expect({ names: await personalDataRows(api), events: await headOf(api) }).toEqual({
      names,
      events,
    });
  });

  it('lets exactly one of two concurrent registrations under one key with different names win', async () => {
    const key = { 'Idempotency-Key': `race-${Date.now()}` };
    const [first, second] = await Promise.all([
      api.http
        .post(`${API}/people`)
        .set(key)
        .send(person({ name: 'Åsa Nyberg' })),
      api.http
        .post(`${API}/people`)
        .set(key)
        .send(person({ name: 'Lena Poolsaar' })),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses[0]).toBe(201);
    expect([409, 422]).toContain(statuses[1]);
    const winner = first.status === 201 ? first : second;
    const shown = await api.http
      .get(`${API}/people/${winner.body.id}`)
      .query({ consistentWith: winner.body.position });
    expect(shown.body.name).toBe(winner === first ? 'Åsa Nyberg' : 'Lena Poolsaar');
  });

  it("keeps callers' names out of the events: histories join them, an erased one shows so", async () => {
    const history = async () =>
      (await api.http.get(`${API}/organisations/${stage.administration}/history`)).body.events;
    const [first] = await history();
    expect(first.actor).toEqual({
      id: 'local-developer',
      name: 'Local developer',
      role: 'admin',
      organisation: 'DEV',
    });
    const stored = await eventsOf(api, `organisation-${stage.administration}`);
    expect(JSON.stringify(stored.map((event) => event.metadata))).not.toContain('Local developer');

    const erased = await api.http
      .post(`${API}/callers/local-developer/erase`)
      .set('Authorization', admin)
      .send({ reason: 'Begäran enligt GDPR art. 17' });
    expect(erased.status).toBe(200);
    expect((await history())[0].actor.name).toBe('[name erased]');
    const [record] = await eventsOf(api, 'caller-local-developer');
    expect(record).toMatchObject({
      type: 'CallerNameErased',
      data: { subject: 'local-developer' },
    });
    expectProblem(
      await api.http
        .post(`${API}/callers/local-developer/erase`)
        .set('Authorization', admin)
        .send({ reason: 'Igen' }),
      409,
      'CALLER.ALREADY_ERASED',
    );
    expectProblem(
      await api.http
        .post(`${API}/callers/nobody-at-all/erase`)
        .set('Authorization', admin)
        .send({ reason: 'Finns inte' }),
      404,
      'CALLER.NOT_FOUND',
    );
    const report = await verifyChains(raw(), { tenant: '0192' });
    expect(report.ok).toBe(true);
  });

  it('keeps a caller and a registered person with the same id apart: erasing one leaves the other', async () => {
    const registered = await api.http.post(`${API}/people`).send(person({ name: 'Eva Ek' }));
    expect(registered.status).toBe(201);
    const id: string = registered.body.id;
    const caller = {
      actor: { id, name: 'Eva som inloggad', role: 'admin' as const, organisation: 'DEV' },
      municipality: '0192',
    };
    const renamed = await api.http
      .post(`${API}/organisations/${stage.administration}/rename`)
      .set('Authorization', `Bearer ${await tokenFor(api, caller)}`)
      .send({ name: 'Socialförvaltningen', on: '2024-01-01' });
    expect(renamed.status).toBe(200);
    const whoRenamed = async () =>
      (await api.http.get(`${API}/organisations/${stage.administration}/history`)).body.events.at(
        -1,
      ).actor.name;
    expect(await whoRenamed()).toBe('Eva som inloggad');

    const erased = await api.http
      .post(`${API}/callers/${id}/erase`)
      .set('Authorization', admin)
      .send({ reason: 'Begäran enligt GDPR art. 17' });
    expect(erased.status).toBe(200);
    expect(await whoRenamed()).toBe('[name erased]');
    await api.settled();
    expect((await api.http.get(`${API}/people/${id}`)).body).toMatchObject({
      name: 'Eva Ek',
      title: 'Förvaltningschef',
    });

    const other = await api.http.post(`${API}/people`).send(person({ name: 'Per Ek' }));
    const otherCaller = { ...caller, actor: { ...caller.actor, id: other.body.id, name: 'Per' } };
    await api.http
      .post(`${API}/organisations/${stage.administration}/rename`)
      .set('Authorization', `Bearer ${await tokenFor(api, otherCaller)}`)
      .send({ name: 'Socialförvaltningen i Nynäshamn', on: '2024-02-01' });
    await api.http
      .post(`${API}/people/${other.body.id}/erase`)
      .set('Authorization', admin)
      .send({ reason: 'Begäran enligt GDPR art. 17' });
    await api.settled();
    expect((await api.http.get(`${API}/people/${other.body.id}`)).body.name).toBe('[name erased]');
    expect(await whoRenamed()).toBe('Per');
  });

  it('reads a person registered with the title in the event (v1): the title moves to personal data and is erased with the name', async () => {
    const id = '7d1f3c8e-2a4b-4c6d-8e0f-1a2b3c4d5e6f';
    await raw().append(
      '0192',
      `person-${id}`,
      [
        {
          id: '9e8d7c6b-5a49-4382-9160-5f4e3d2c1b0a',
          type: 'PersonRegistered',
          schemaVersion: 1,
          data: {
            personId: id,
            title: 'Kommunchef',
            organisationId: stage.administration,
            on: '2020-01-01',
          },
          metadata: {
            actor: { id: 'importer', role: 'admin', organisation: 'DEV' },
            correlationId: 'legacy-import',
            validFrom: '2020-01-01',
          },
        },
      ],
      NO_STREAM,
    );
    await api.app
      .get<SqlDatabase>(SQL_DATABASE)
      .db.insertInto('personal_data')
      .values({ tenant: '0192', subject_kind: 'person', subject_id: id, name: 'Karin Berg' })
      .execute();
    await api.settled();
    expect((await api.http.get(`${API}/people/${id}`)).body).toMatchObject({
      name: 'Karin Berg',
      title: 'Kommunchef',
    });
    // Reads of the event itself show it as v2, without the title.
    const before = await api.http
      .get(`${API}/people/${id}/register-extract`)
      .set('Authorization', admin);
    expect(before.body.personalData).toMatchObject({ name: 'Karin Berg', title: 'Kommunchef' });
    expect(JSON.stringify(before.body.mentions)).not.toContain('Kommunchef');
    const trail = await api.http
      .get(`${API}/audit/events`)
      .query({ entityId: id })
      .set('Authorization', admin);
    expect(trail.body.events).toEqual([
      expect.objectContaining({ type: 'PersonRegistered', schemaVersion: 2 }),
    ]);
    expect(JSON.stringify(trail.body)).not.toContain('Kommunchef');

    await api.http
      .post(`${API}/people/${id}/erase`)
      .set('Authorization', admin)
      .send({ reason: 'Begäran enligt GDPR art. 17' });
    await api.settled();
    expect((await api.http.get(`${API}/people/${id}`)).body).toMatchObject({
      name: '[name erased]',
      title: null,
    });
    const extract = await api.http
      .get(`${API}/people/${id}/register-extract`)
      .set('Authorization', admin);
    expect(JSON.stringify(extract.body)).not.toContain('Kommunchef');
    expect((await verifyChains(raw(), { tenant: '0192' })).ok).toBe(true);
  });
});
