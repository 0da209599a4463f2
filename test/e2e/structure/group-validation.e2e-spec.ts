import { randomUUID } from 'node:crypto';
import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { Structure, expectInvalid } from './structure-api';

/** Forming, re-mandating, moving, dissolving and merging groups: every kind of malformed body. */
describe.each(testEngines)('group command validation on %s', (engine) => {
  let api: TestApp;
  let structure: Structure;
  beforeAll(async () => {
    api = await startTestApp({ engine });
    structure = new Structure(api);
  });
  afterAll(() => api.close());

  describe('refuses malformed bodies with 400, naming each field', () => {
    const modelId = randomUUID();
    const valid = { modelId, kind: 'working', name: 'W', records: 'notes', formedOn: '2022-01-01' };
    it.each<[string, string, object, string[]]>([
      ['form: a missing field', '/groups', { ...valid, name: undefined }, ['name']],
      [
        'form: a nested wrong type',
        '/groups',
        { ...valid, cadence: { minWeeks: 'four', maxWeeks: 6 } },
        ['cadence.minWeeks'],
      ],
      [
        'form: a nested unknown field',
        '/groups',
        { ...valid, cadence: { minWeeks: 4, maxWeeks: 6, days: 2 } },
        ['cadence.days'],
      ],
      [
        'form: a nested value out of range',
        '/groups',
        { ...valid, cadence: { minWeeks: 0, maxWeeks: 60 } },
        ['cadence.minWeeks', 'cadence.maxWeeks'],
      ],
      [
        'form: an unknown kind and records',
        '/groups',
        { ...valid, kind: 'committee', records: 'video' },
        ['kind', 'records'],
      ],
      ['form: a model id that is not a UUID', '/groups', { ...valid, modelId: 'm-1' }, ['modelId']],
      ['form: an unknown field', '/groups', { ...valid, members: [] }, ['members']],
      [
        'mandate: a bad date',
        `/groups/${modelId}/mandate`,
        { mandate: 'M', on: '2022-04-31' },
        ['on'],
      ],
      [
        'move: the parent left out (null means top level)',
        `/groups/${modelId}/move`,
        { on: '2022-04-01' },
        ['parentId'],
      ],
      [
        'dissolve: a path id that is not a UUID',
        '/groups/g-1/dissolve',
        { on: '2022-04-01' },
        ['id'],
      ],
      ['merge: no target', '/groups/merge', { sourceIds: [modelId], on: '2024-06-01' }, ['target']],
      [
        'merge: both kinds of target',
        '/groups/merge',
        {
          sourceIds: [modelId],
          targetId: modelId,
          target: { kind: 'team', name: 'T', records: 'notes' },
          on: '2024-06-01',
        },
        ['targetId'],
      ],
      [
        'merge: a new target missing its name',
        '/groups/merge',
        { sourceIds: [modelId], target: { kind: 'team', records: 'notes' }, on: '2024-06-01' },
        ['target.name'],
      ],
      [
        'merge: no sources',
        '/groups/merge',
        { sourceIds: [], targetId: modelId, on: '2024-06-01' },
        ['sourceIds'],
      ],
      [
        'merge: sources of the wrong type and an unknown field',
        '/groups/merge',
        { sourceIds: modelId, targetId: modelId, on: '2024-06-01', into: 'x' },
        ['sourceIds', 'into'],
      ],
    ])('%s', async (_what, url, body, fields) => {
      expectInvalid(await structure.post(url, body), fields);
    });
  });
});
