import { randomUUID } from 'node:crypto';
import { SQL_DATABASE, type SqlDatabase } from '@app/platform';
import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import {
  TENANT,
  Structure,
  eventsOf,
  expectCommand,
  expectInvalid,
  expectRefused,
} from './structure-api';

describe.each(testEngines)('person commands on %s', (engine) => {
  let api: TestApp;
  let structure: Structure;
  let naf: string;
  beforeAll(async () => {
    api = await startTestApp({ engine });
    structure = new Structure(api);
    naf = await structure.organisation('NAF');
  });
  afterAll(() => api.close());

  const personalData = () =>
    api.app
      .get<SqlDatabase>(SQL_DATABASE)
      .db.selectFrom('personal_data')
      .selectAll()
      .where('tenant', '=', TENANT)
      .execute();

  it('keeps the name and title in personal_data and only the id in the event', async () => {
    const id = await structure.create('/people', {
      name: ' Patrik Forshage ',
      title: 'Senior projektledare',
      organisationId: naf,
      on: '2024-11-14',
    });
    const [event] = await eventsOf(api, `person-${id}`);
    expect(event.type).toBe('PersonRegistered');
    expect(event.data).toEqual({ personId: id, organisationId: naf, on: '2024-11-14' });
    expect(event.schemaVersion).toBe(2);
    expect(JSON.stringify([event.data, event.metadata])).not.toContain('Forshage');
    expect(JSON.stringify(event.data)).not.toContain('projektledare');
    const rows = await personalData();
    expect(rows.find((row) => row.subject_id === id)).toMatchObject({
      subject_kind: 'person',
      name: 'Patrik Forshage',
      title: 'Senior projektledare',
      erased_at: null,
    });
  });

  it('refuses malformed bodies with 400 naming each field', async () => {
    const valid = { name: 'Åsa Öberg', organisationId: naf, on: '2024-11-14' };
    const { name: _name, ...nameless } = valid;
    expectInvalid(await structure.post('/people', nameless), ['name']);
    expectInvalid(await structure.post('/people', { ...valid, title: 7 }), ['title']);
    expectInvalid(await structure.post('/people', { ...valid, email: 'a@b.se' }), ['email']);
    expectInvalid(await structure.post('/people', { ...valid, on: '2024-02-31' }), ['on']);
    expectInvalid(await structure.post('/people', { ...valid, organisationId: 'NAF' }), [
      'organisationId',
    ]);
  });

  it('refuses an unknown organisation with 422 and stores no name', async () => {
    const before = (await personalData()).length;
    await expectRefused(
      api,
      () =>
        structure.post('/people', {
          name: 'Nobody',
          organisationId: randomUUID(),
          on: '2024-11-14',
        }),
      422,
      'PERSON.ORGANISATION_NOT_FOUND',
    );
    await expectRefused(
      api,
      () => structure.post('/people', { name: 'Too Early', organisationId: naf, on: '2018-01-01' }),
      422,
      'PERSON.BEFORE_ORGANISATION',
    );
    expect(await personalData()).toHaveLength(before);
  });

  it('answers a repeat with the same Idempotency-Key with the first result, once; another name is 422', async () => {
    const body = { name: 'Linda Landberg', organisationId: naf, on: '2024-11-14' };
    const key = { 'Idempotency-Key': 'register-landberg' };
    const first = await expectCommand(await structure.post('/people', body, key), 201);
    const again = await expectCommand(await structure.post('/people', body, key), 201);
    expect(again).toEqual(first);
    expect(await eventsOf(api, `person-${first.id}`)).toHaveLength(1);
    expect((await personalData()).filter((row) => row.subject_id === first.id)).toHaveLength(1);

    await expectRefused(
      api,
      () => structure.post('/people', { ...body, name: 'Someone Else' }, key),
      422,
      'IDEMPOTENCY.KEY_REUSED',
    );
    await expectRefused(
      api,
      () => structure.post('/people', { ...body, title: 'Chef' }, key),
      422,
      'IDEMPOTENCY.KEY_REUSED',
    );
    const rows = await personalData();
    expect(rows.find((row) => row.subject_id === first.id)?.name).toBe('Linda Landberg');
  });
});
