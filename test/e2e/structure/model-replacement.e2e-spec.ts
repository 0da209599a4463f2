import { randomUUID } from 'node:crypto';
import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { Structure, eventsOf, expectCommand, expectRefused, headOf } from './structure-api';

describe.each(testEngines)('replacing a collaboration model on %s', (engine) => {
  let api: TestApp;
  let structure: Structure;
  let naf: string;
  beforeAll(async () => {
    api = await startTestApp({ engine });
    structure = new Structure(api);
    naf = await structure.organisation('NAF');
  });
  afterAll(() => api.close());

  /** Nynäshamnsmodellen in small: steering > coordination > a working group with a member. */
  async function oldModel() {
    const model = await structure.model([naf]);
    const steering = await structure.group(model);
    const coordination = await structure.group(model, {
      kind: 'coordination',
      name: 'Samordningsgruppen',
      parentId: steering,
    });
    const working = await structure.group(model, {
      kind: 'working',
      name: 'Närvaro i skolan',
      parentId: coordination,
      formedOn: '2023-01-01',
    });
    const person = await structure.person(naf);
    await structure.member(steering, {
      personId: person,
      organisationId: naf,
      role: 'chair',
      from: '2021-02-01',
    });
    return { model, steering, coordination, working };
  }

  const successor = (participantId = naf) => ({
    name: 'Samverkansmodell för barn och unga i riskzon',
    purpose: 'Barn och unga i riskzon',
    participantIds: [participantId],
    adoptedBy: { description: 'Förvaltningscheferna' },
    establishedOn: '2024-11-14',
  });

  it('establishes a new successor, dissolves and transfers every group, parents first', async () => {
    const { model, steering, coordination, working } = await oldModel();
    const response = await structure.post(`/models/${model}/replace`, {
      successor: successor(),
      effectiveOn: '2025-01-01',
      groups: [
        { groupId: working, action: 'transfer' },
        { groupId: steering, action: 'dissolve' },
        { groupId: coordination, action: 'transfer', parentId: null },
      ],
      reason: 'Gemensamt AU 2024-11-14 § 79/24',
    });
    const result = await expectCommand(response, 200);
    const successorId = result.successorId;
    expect(result.id).toBe(model);

    const [replaced] = (await eventsOf(api, `model-${model}`)).slice(-1);
    expect(replaced).toMatchObject({ type: 'ModelReplaced', revision: BigInt(result.revision) });
    expect(replaced.data).toMatchObject({ successorId, effectiveOn: '2025-01-01' });
    const successorEvents = await eventsOf(api, `model-${successorId}`);
    expect(
      successorEvents.map((event) => [event.type, (event.data as { groupId?: string }).groupId]),
    ).toEqual([
      ['ModelEstablished', undefined],
      ['GroupAttached', coordination],
      ['GroupAttached', working],
    ]);
    expect(successorEvents[0].data).toMatchObject({ predecessorId: model });
    const [dissolved, seatEnded] = (await eventsOf(api, `group-${steering}`)).slice(-2);
    expect(dissolved.data).toMatchObject({ cause: 'model-replaced', on: '2025-01-01' });
    expect(seatEnded.data).toMatchObject({ cause: 'group-dissolved', to: '2025-01-01' });
    const [moved] = (await eventsOf(api, `group-${working}`)).slice(-1);
    expect(moved.data).toMatchObject({ toModelId: successorId, parentId: coordination });

    // One process: every event shares the request's causation and correlation, with the reason;
    // the answer's position is the last of them, so a read with it sees every stream.
    const all = [replaced, ...successorEvents, dissolved, seatEnded, moved];
    expect(new Set(all.map((event) => event.metadata.causationId)).size).toBe(1);
    expect(new Set(all.map((event) => event.metadata.reason))).toEqual(
      new Set(['Gemensamt AU 2024-11-14 § 79/24']),
    );
    expect(result.position).toBe((await headOf(api)).toString());

    await expectRefused(
      api,
      () =>
        structure.post('/groups', {
          modelId: model,
          kind: 'team',
          name: 'Sen',
          records: 'notes',
          formedOn: '2025-02-01',
        }),
      409,
      'MODEL.REPLACED',
    );
  });

  it('replaces with an existing successor, moving groups below its own', async () => {
    const { model, steering, coordination, working } = await oldModel();
    const riskzon = await structure.model([naf], successor());
    const tactical = await structure.group(riskzon, {
      kind: 'tactical-steering',
      name: 'Taktisk styrgrupp',
      formedOn: '2024-11-14',
    });
    const result = await structure.ok(`/models/${model}/replace`, {
      successorId: riskzon,
      effectiveOn: '2025-01-01',
      groups: [
        { groupId: steering, action: 'dissolve' },
        { groupId: coordination, action: 'dissolve' },
        { groupId: working, action: 'transfer', parentId: tactical },
      ],
    });
    expect(result.successorId).toBe(riskzon);
    const [attached] = (await eventsOf(api, `model-${riskzon}`)).slice(-1);
    expect(attached.data).toMatchObject({ groupId: working, fromModelId: model });
  });

  describe('refuses a broken rule with its code and records nothing on any stream', () => {
    it('404 for a model that does not exist', async () => {
      await expectRefused(
        api,
        () =>
          structure.post(`/models/${randomUUID()}/replace`, {
            successor: successor(),
            effectiveOn: '2025-01-01',
            groups: [],
          }),
        404,
        'MODEL.NOT_FOUND',
      );
    });

    it('422 when a group is left out, or kept under a group the plan dissolves', async () => {
      const { model, steering, coordination, working } = await oldModel();
      const problem = await expectRefused(
        api,
        () =>
          structure.post(`/models/${model}/replace`, {
            successor: successor(),
            effectiveOn: '2025-01-01',
            groups: [
              { groupId: steering, action: 'dissolve' },
              { groupId: coordination, action: 'dissolve' },
            ],
          }),
        422,
        'MODEL.REPLACEMENT_MISSING_GROUP',
      );
      expect(problem.groupIds).toEqual([working]);
      await expectRefused(
        api,
        () =>
          structure.post(`/models/${model}/replace`, {
            successor: successor(),
            effectiveOn: '2025-01-01',
            groups: [
              { groupId: steering, action: 'dissolve' },
              { groupId: coordination, action: 'dissolve' },
              { groupId: working, action: 'transfer' },
            ],
          }),
        422,
        'MODEL.TRANSFER_UNDER_DISSOLVED_GROUP',
      );
    });
  });

  it('answers a repeat with the same Idempotency-Key with the first result and records nothing more', async () => {
    const { model, steering, coordination, working } = await oldModel();
    const body = {
      successor: successor(),
      effectiveOn: '2025-01-01',
      groups: [steering, coordination, working].map((groupId) => ({ groupId, action: 'dissolve' })),
    };
    const key = { 'Idempotency-Key': `replace-${model}` };
    const first = await expectCommand(
      await structure.post(`/models/${model}/replace`, body, key),
      200,
    );
    const head = await headOf(api);
    const again = await expectCommand(
      await structure.post(`/models/${model}/replace`, body, key),
      200,
    );
    expect(again).toEqual(first);
    expect(await headOf(api)).toBe(head);
    await expectRefused(
      api,
      () => structure.post(`/models/${model}/replace`, { ...body, effectiveOn: '2025-01-02' }, key),
      422,
      'IDEMPOTENCY.KEY_REUSED',
    );
  });
});
