import { SQL_DATABASE, type SqlDatabase } from '@app/platform';
import { MASKED_NAME } from '@app/structure';
import { expectProblem, startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { recordNynashamn, type Nynashamn } from './nynashamn-scenario';
import { command, reader } from './queries-http';

describe.each(testEngines)('people queries on %s', (engine) => {
  let api: TestApp;
  let n: Nynashamn;
  let position: string;
  const get = (url: string, query: Record<string, string> = {}) =>
    reader(api, () => position)(url, query);

  beforeAll(async () => {
    api = await startTestApp({ engine });
    n = await recordNynashamn(api);
    position = n.position;
  }, 120_000);
  afterAll(() => api.close());

  it('answers a person with the name from personal data, title and organisation', async () => {
    const response = await get(`/people/${n.landberg}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: n.landberg,
      name: 'Mikael Landberg',
      nameErased: false,
      title: 'Förvaltningschef',
      organisationId: n.sof,
      organisation: { id: n.sof, name: 'Socialförvaltningen', shortName: 'SOF' },
      registeredOn: '2021-01-01',
    });
  });

  it('answers every seat a person has held, with dates and roles', async () => {
    const response = await get(`/people/${n.landberg}/memberships`);
    expect(response.status).toBe(200);
    expect(response.body.person).toEqual({
      id: n.landberg,
      name: 'Mikael Landberg',
      nameErased: false,
    });
    const seats = response.body.memberships.map((seat: any) => [
      seat.group.name,
      seat.organisation.shortName,
      seat.role,
      seat.from,
      seat.to,
    ]);
    expect(seats).toEqual([
      ['Styrgruppen', 'SOF', 'chair', '2021-01-01', '2025-01-01'],
      ['Våldsprevention', 'SOF', 'member', '2023', null],
      ['Strategisk styrgrupp', 'SOF', 'member', '2024-11-14', null],
    ]);
  });

  it('lists each role a seat has had, in date order', async () => {
    const seats = await get(`/people/${n.olsson}/memberships`);
    const strategic = seats.body.memberships.find((seat: any) => seat.group.id === n.strategic);
    position = (
      await command(api, `/groups/${n.strategic}/members/${strategic.membershipId}/role`, {
        role: 'vice-chair',
        on: '2025-03-01',
      })
    ).position;
    const after = await get(`/people/${n.olsson}/memberships`);
    const changed = after.body.memberships.find((seat: any) => seat.group.id === n.strategic);
    expect(changed).toMatchObject({
      role: 'vice-chair',
      from: '2024-11-14',
      to: null,
      roles: [
        { role: 'member', from: '2024-11-14', to: '2025-03-01' },
        { role: 'vice-chair', from: '2025-03-01', to: null },
      ],
    });
  });

  it('masks the name of a person whose personal data is erased, everywhere it appears', async () => {
    await api.app
      .get<SqlDatabase>(SQL_DATABASE)
      .db.updateTable('personal_data')
      .set({ name: null, title: null, erased_at: new Date() } as never)
      .where('subject_kind', '=', 'person')
      .where('subject_id', '=', n.forshage)
      .execute();
    const person = await get(`/people/${n.forshage}`);
    expect(person.body).toMatchObject({
      name: MASKED_NAME,
      nameErased: true,
      // The title is personal data too: erased with the name.
      title: null,
    });
    const group = await get(`/groups/${n.strategic}`, { asOf: '2025-01-01' });
    const chair = group.body.members.find((member: any) => member.role === 'chair');
    expect(chair.person).toEqual({ id: n.forshage, name: MASKED_NAME, nameErased: true });
    expect(JSON.stringify(group.body)).not.toContain('Forshage');
  });

  it('answers 404 PERSON.NOT_FOUND for someone unknown, or not yet recorded at knownAt', async () => {
    expectProblem(await get('/people/no-such-person'), 404, 'PERSON.NOT_FOUND');
    expectProblem(await get('/people/no-such-person/memberships'), 404, 'PERSON.NOT_FOUND');
    expectProblem(
      await get(`/people/${n.landberg}`, { knownAt: '2001-01-01T00:00:00Z' }),
      404,
      'PERSON.NOT_FOUND',
    );
  });
});
