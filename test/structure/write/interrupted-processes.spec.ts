import { Global, Module } from '@nestjs/common';
import { CqrsModule, CommandBus } from '@nestjs/cqrs';
import { Test, type TestingModule } from '@nestjs/testing';
import type { CommandContext } from '@app/kernel';
import { ActorNames, CommandExecutor, EVENT_STORE, PostgresEventStore } from '@app/event-store';
import { SQL_DATABASE } from '@app/platform';
import { ConsistencyService } from '@app/projections';
import {
  DissolveGroupCommand,
  EstablishModelCommand,
  FormGroupCommand,
  MergeGroupsCommand,
  RegisterOrganisationCommand,
  RegisterPersonCommand,
  ReplaceModelCommand,
  STRUCTURE_COMMAND_HANDLERS,
} from '@app/structure';
import { testDatabases, type OpenTestDatabase } from '../../support/test-databases';
import { CrashingStore } from './crashing-store';

/**
 * The multi-stream commands are resumable, not atomic: a process that stops between two
 * appends leaves a state that the same command, repeated with the same Idempotency-Key,
 * completes without writing anything twice. Sent through the CommandBus, as the CLI will.
 */
describe.each(testDatabases)('interrupted structure processes on $name', (engine) => {
  let database: OpenTestDatabase;
  let store: CrashingStore;
  let moduleRef: TestingModule;
  let bus: CommandBus;
  let organisationId: string;
  let modelId: string;

  beforeAll(async () => {
    database = await engine.open();
    store = new CrashingStore(new PostgresEventStore(database));
    @Global()
    @Module({
      providers: [
        { provide: CommandExecutor, useValue: new CommandExecutor(store) },
        { provide: SQL_DATABASE, useValue: database },
        { provide: ActorNames, useValue: new ActorNames(database) },
        { provide: EVENT_STORE, useValue: store },
        // Abolishing a post waits on the read models; no post is abolished here, and no
        // projection runs, so any wait is a mistake in the test.
        { provide: ConsistencyService, useValue: {} },
      ],
      exports: [CommandExecutor, SQL_DATABASE, ActorNames, EVENT_STORE, ConsistencyService],
    })
    class InfrastructureModule {}
    moduleRef = await Test.createTestingModule({
      imports: [InfrastructureModule, CqrsModule.forRoot()],
      providers: STRUCTURE_COMMAND_HANDLERS,
    }).compile();
    await moduleRef.init();
    bus = moduleRef.get(CommandBus);
    organisationId = (
      await bus.execute(
        new RegisterOrganisationCommand(
          { kind: 'administration', name: 'SOF', establishedOn: '2019-01-01' },
          context(),
        ),
      )
    ).id;
    modelId = await newModel('model');
  });
  afterAll(async () => {
    await moduleRef.close();
    await store.close();
    await database.close();
  });

  function context(idempotencyKey?: string): CommandContext {
    return {
      identity: {
        actor: { id: 'demo', name: 'Demo', role: 'admin', organisation: 'DEV' },
        municipality: '0192',
      },
      correlationId: `req-${idempotencyKey ?? 'none'}`,
      idempotencyKey,
    };
  }
  const eventsOf = (stream: string) => store.readStream('0192', stream);
  const typesOf = async (stream: string) => (await eventsOf(stream)).map((event) => event.type);
  async function newModel(key: string) {
    const fields = {
      name: 'Nynäshamnsmodellen',
      purpose: 'Samverkan',
      participantIds: [organisationId],
      adoptedBy: { description: 'Förvaltningscheferna' },
      establishedOn: '2021-01-01',
    };
    return (await bus.execute(new EstablishModelCommand(fields, context(key)))).id;
  }
  const form = (key: string, extra: object = {}, model = modelId) =>
    new FormGroupCommand(
      {
        modelId: model,
        kind: 'working',
        name: key,
        records: 'notes',
        formedOn: '2022-01-01',
        ...extra,
      },
      context(key),
    );

  it('completes a formation that stopped after the roster; meanwhile the roster is in flight', async () => {
    store.crashOn = /^group-/;
    await expect(bus.execute(form('form-1'))).rejects.toThrow('crashed');
    const [attached] = (await eventsOf(`model-${modelId}`)).slice(-1);
    const groupId = (attached.data as { groupId: string }).groupId;
    expect(await eventsOf(`group-${groupId}`)).toHaveLength(0);

    // Until then, nothing is decided over a roster whose group has no stream.
    const other = await bus.execute(form('form-other'));
    await expect(
      bus.execute(new DissolveGroupCommand({ groupId: other.id, on: '2023-01-01' }, context())),
    ).rejects.toMatchObject({ code: 'CONCURRENCY.CONFLICT' });

    const retried = await bus.execute(form('form-1'));
    expect(retried.id).toBe(groupId);
    expect(await typesOf(`group-${groupId}`)).toEqual(['GroupFormed']);
    const entries = (await eventsOf(`model-${modelId}`)).filter(
      (event) => (event.data as { groupId?: string }).groupId === groupId,
    );
    expect(entries).toHaveLength(1);
    expect(await bus.execute(form('form-1'))).toEqual(retried);
  });

  it('completes a dissolution that stopped after the roster; no group forms below it meanwhile', async () => {
    const parent = await bus.execute(form('parent'));
    store.crashOn = /^group-/;
    const dissolve = new DissolveGroupCommand(
      { groupId: parent.id, on: '2023-01-01' },
      context('dissolve-parent'),
    );
    await expect(bus.execute(dissolve)).rejects.toThrow('crashed');
    expect(await typesOf(`group-${parent.id}`)).toEqual(['GroupFormed']);
    await expect(
      bus.execute(form('child', { parentId: parent.id, formedOn: '2022-06-01' })),
    ).rejects.toMatchObject({ code: 'GROUP.PARENT_DISSOLVED' });

    const retried = await bus.execute(dissolve);
    expect(retried.id).toBe(parent.id);
    expect(await typesOf(`group-${parent.id}`)).toEqual(['GroupFormed', 'GroupDissolved']);
  });

  it('completes a replacement that stopped after the models, before the groups', async () => {
    const old = await newModel('old-model');
    const [steering, school] = [
      await bus.execute(form('steering', { kind: 'steering' }, old)),
      await bus.execute(form('school', {}, old)),
    ];
    const replace = new ReplaceModelCommand(
      {
        modelId: old,
        successor: {
          kind: 'new',
          model: {
            name: 'Samverkansmodell för barn och unga i riskzon',
            purpose: 'Barn och unga i riskzon',
            participantIds: [organisationId],
            adoptedBy: { description: 'Förvaltningscheferna' },
            establishedOn: '2024-11-14',
          },
        },
        effectiveOn: '2025-01-01',
        groups: [
          { groupId: steering.id, action: 'dissolve' },
          { groupId: school.id, action: 'transfer', parentId: null },
        ],
      },
      context('replace-old'),
    );
    store.crashOn = /^group-/;
    await expect(bus.execute(replace)).rejects.toThrow('crashed');
    expect((await typesOf(`model-${old}`)).at(-1)).toBe('ModelReplaced');

    const retried = await bus.execute(replace);
    expect(await typesOf(`model-${retried.successorId}`)).toEqual([
      'ModelEstablished',
      'GroupAttached',
    ]);
    expect((await typesOf(`group-${steering.id}`)).at(-1)).toBe('GroupDissolved');
    expect((await typesOf(`group-${school.id}`)).at(-1)).toBe('GroupTransferred');
    expect(await bus.execute(replace)).toEqual(retried);
  });

  it('completes a merge that stopped after the first source', async () => {
    const [a, b] = [await bus.execute(form('merge-a')), await bus.execute(form('merge-b'))];
    const merge = new MergeGroupsCommand(
      {
        sourceIds: [a.id, b.id],
        target: { kind: 'new', group: { kind: 'operational', name: 'AB', records: 'notes' } },
        on: '2024-06-01',
      },
      context('merge-ab'),
    );
    store.crashOn = new RegExp(`^group-${b.id}$`);
    await expect(bus.execute(merge)).rejects.toThrow('crashed');
    expect((await typesOf(`group-${a.id}`)).at(-1)).toBe('GroupMergedInto');

    const retried = await bus.execute(merge);
    expect((await typesOf(`group-${b.id}`)).at(-1)).toBe('GroupMergedInto');
    expect(await typesOf(`group-${retried.id}`)).toEqual(['GroupFormed', 'GroupsAbsorbed']);
    expect(
      (await typesOf(`group-${a.id}`)).filter((type) => type === 'GroupMergedInto'),
    ).toHaveLength(1);
  });

  it('completes a registration whose name was stored before the event', async () => {
    const register = new RegisterPersonCommand(
      { name: 'Patrik Forshage', organisationId, on: '2024-11-14' },
      context('register-forshage'),
    );
    store.crashOn = /^person-/;
    await expect(bus.execute(register)).rejects.toThrow('crashed');
    const retried = await bus.execute(register);
    expect(await typesOf(`person-${retried.id}`)).toEqual(['PersonRegistered']);
    const rows = await database.db
      .selectFrom('personal_data')
      .selectAll()
      .where('subject_kind', '=', 'person')
      .where('subject_id', '=', retried.id)
      .execute();
    expect(rows.map((row) => row.name)).toEqual(['Patrik Forshage']);
  });
});
