import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { API, recordNynashamn, type Nynashamn } from './nynashamn-scenario';
import { command } from './queries-http';

/** The seed scenario's questions (issue 5), answered through GET /structure and /representation. */
describe.each(testEngines)('structure queries on %s', (engine) => {
  let api: TestApp;
  let n: Nynashamn;
  beforeAll(async () => {
    api = await startTestApp({ engine });
    n = await recordNynashamn(api);
  }, 120_000);
  afterAll(() => api.close());

  const get = (url: string, query: Record<string, string> = {}) =>
    api.http.get(`${API}${url}`).query({ consistentWith: n.position, ...query });

  /** A tree as [name, [member names], children] for compact comparisons. */
  type Node = { name: string; members: { person: { name: string } }[]; children: Node[] };
  const shape = (nodes: Node[]): unknown[] =>
    nodes.map((node) => [
      node.name,
      node.members.map((member) => member.person.name).sort(),
      shape(node.children),
    ]);

  it('answers the structure of Nynäshamnsmodellen as of 2023-11-06: the tree, seats, counts', async () => {
    const response = await get('/structure', { modelId: n.oldModel, asOf: '2023-11-06' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      asOf: '2023-11-06',
      model: {
        id: n.oldModel,
        name: 'Nynäshamnsmodellen',
        status: 'active',
        successorId: n.newModel,
      },
    });
    expect(response.body.participants.map((p: { shortName: string }) => p.shortName)).toEqual([
      'BUF',
      'NAF',
      'SOF',
    ]);
    expect(shape(response.body.groups)).toEqual([
      [
        'Styrgruppen',
        ['Mikael Landberg', 'Petra Kålbäck', 'Pär Olsson'],
        [
          [
            'Samordningsgruppen',
            ['Patrik Forshage'],
            [
              ['Analysgruppen', [], []],
              ['Närvaro i förskolan', [], []],
              ['Närvaro i skolan', [], []],
              ['Våldsprevention', ['Mikael Landberg'], []],
            ],
          ],
        ],
      ],
    ]);
    const steering = response.body.groups[0];
    expect(steering.members).toContainEqual(
      expect.objectContaining({
        person: { id: n.landberg, name: 'Mikael Landberg', nameErased: false },
        organisation: { id: n.sof, name: 'Socialförvaltningen', shortName: 'SOF' },
        role: 'chair',
        from: '2021-01-01',
        to: '2025-01-01',
      }),
    );
    const counts = Object.fromEntries(
      response.body.countsByOrganisation.map((c: any) => [
        c.shortName,
        [c.groups, c.members, c.seats],
      ]),
    );
    expect(counts).toEqual({ '0192': [1, 1, 1], BUF: [1, 1, 1], NAF: [1, 1, 1], SOF: [2, 1, 2] });
    expect(response.body.totals).toEqual({ groups: 6, members: 4, seats: 5 });
  });

  it('answers both models as of 2025-01-01: the old one replaced and empty, the new one with its groups', async () => {
    const old = await get('/structure', { modelId: n.oldModel, asOf: '2025-01-01' });
    expect(old.body.model).toMatchObject({ status: 'replaced', endedOn: '2025-01-01' });
    expect(old.body.groups).toEqual([]);

    const successor = await get('/structure', { modelId: n.newModel, asOf: '2025-01-01' });
    expect(successor.body.model).toMatchObject({
      name: 'Samverkansmodell för barn och unga i riskzon',
      predecessorId: n.oldModel,
      predecessor: { id: n.oldModel, name: 'Nynäshamnsmodellen' },
    });
    expect(shape(successor.body.groups)).toEqual([
      ['Närvaro i förskolan', [], []],
      ['Närvaro i skolan', [], []],
      [
        'Strategisk styrgrupp',
        ['Mikael Landberg', 'Patrik Forshage', 'Petra Kålbäck', 'Pär Olsson'],
        [['Taktisk styrgrupp', [], []]],
      ],
      ['Våldsprevention', ['Mikael Landberg'], []],
    ]);
    const chair = successor.body.groups[2].members.find((m: any) => m.role === 'chair');
    expect(chair.person.name).toBe('Patrik Forshage');
    // § 79/24: the strategic steering group is the heads of administration (posts) and a chair.
    expect(
      successor.body.groups[2].members
        .map((m: any) => [m.heldBy, m.post?.name ?? null, m.person.name, m.role])
        // By post name, plain code-point order (a locale would sort the names its own way).
        .sort((a: string[], b: string[]) => ((a[1] ?? '') < (b[1] ?? '') ? -1 : 1)),
    ).toEqual([
      ['person', null, 'Patrik Forshage', 'chair'],
      ['post', 'Förvaltningschef BUF', 'Pär Olsson', 'member'],
      ['post', 'Förvaltningschef NAF', 'Petra Kålbäck', 'member'],
      ['post', 'Förvaltningschef SOF', 'Mikael Landberg', 'member'],
    ]);
  });

  it('resolves the posts to whoever holds them: a new head of SOF sits from the day they take the post', async () => {
    const successorHead = (
      await command(api, '/people', {
        name: 'Ny Förvaltningschef',
        organisationId: n.sof,
        on: '2026-01-01',
      })
    ).id;
    const { position } = await command(api, `/posts/${n.headOfSof}/holders`, {
      personId: successorHead,
      from: '2026-02-01',
    });
    const names = async (asOf: string) =>
      (await get(`/groups/${n.strategic}`, { asOf, consistentWith: position })).body.members
        .filter((m: any) => m.post?.id === n.headOfSof)
        .map((m: any) => m.person.name);
    expect(await names('2026-01-31')).toEqual(['Mikael Landberg']);
    expect(await names('2026-02-01')).toEqual(['Ny Förvaltningschef']);
  });

  it('answers what was known before the replacement was recorded: the old structure, still in force', async () => {
    const response = await get('/structure', {
      modelId: n.oldModel,
      asOf: '2025-01-01',
      knownAt: n.beforeReplacement,
    });
    expect(response.status).toBe(200);
    expect(response.body.knownAt).toBe(n.beforeReplacement);
    expect(response.body.model).toMatchObject({
      status: 'active',
      successorId: null,
      endedOn: null,
    });
    expect(response.body.totals.groups).toBe(6);
    const successor = await get('/structure', {
      modelId: n.newModel,
      knownAt: n.beforeReplacement,
    });
    expect(successor.status).toBe(404);
    expect(successor.body.code).toBe('MODEL.NOT_FOUND');
  });

  it('answers the representation of SOF on both dates', async () => {
    const before = await get(`/organisations/${n.sof}/representation`, { asOf: '2023-11-06' });
    expect(before.status).toBe(200);
    expect(before.body.organisation).toMatchObject({ id: n.sof, shortName: 'SOF' });
    expect(
      before.body.seats.map((s: any) => [s.group.name, s.group.modelName, s.person.name, s.role]),
    ).toEqual([
      ['Styrgruppen', 'Nynäshamnsmodellen', 'Mikael Landberg', 'chair'],
      ['Våldsprevention', 'Nynäshamnsmodellen', 'Mikael Landberg', 'member'],
    ]);

    const after = await get(`/organisations/${n.sof}/representation`, { asOf: '2025-01-01' });
    expect(
      after.body.seats.map((s: any) => [s.group.name, s.group.modelName, s.person.name, s.role]),
    ).toEqual([
      [
        'Strategisk styrgrupp',
        'Samverkansmodell för barn och unga i riskzon',
        'Mikael Landberg',
        'member',
      ],
      [
        'Våldsprevention',
        'Samverkansmodell för barn och unga i riskzon',
        'Mikael Landberg',
        'member',
      ],
    ]);
    expect(after.body.groups).toBe(2);
  });

  it('refuses a structure without a model, and answers 404 for an unknown one', async () => {
    const missing = await get('/structure');
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('REQUEST.VALIDATION_FAILED');
    const unknown = await get('/structure', { modelId: 'no-such-model' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('MODEL.NOT_FOUND');
    const nobody = await get('/organisations/no-such-org/representation');
    expect(nobody.status).toBe(404);
    expect(nobody.body.code).toBe('ORGANISATION.NOT_FOUND');
  });
});
