import { randomUUID } from 'node:crypto';
import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { Structure, expectInvalid } from './structure-api';

/** POST /models/{id}/replace: every kind of malformed body, before any stream is read. */
describe.each(testEngines)('replacement validation on %s', (engine) => {
  let api: TestApp;
  let structure: Structure;
  beforeAll(async () => {
    api = await startTestApp({ engine });
    structure = new Structure(api);
  });
  afterAll(() => api.close());

  const successor = (participantId: string) => ({
    name: 'Samverkansmodell för barn och unga i riskzon',
    purpose: 'Barn och unga i riskzon',
    participantIds: [participantId],
    adoptedBy: { description: 'Förvaltningscheferna' },
    establishedOn: '2024-11-14',
  });

  describe('refuses malformed bodies with 400, naming each field', () => {
    const id = randomUUID();
    const group = { groupId: randomUUID(), action: 'dissolve' };
    it.each<[string, object, string[]]>([
      ['no successor at all', { effectiveOn: '2025-01-01', groups: [] }, ['successor']],
      [
        'both kinds of successor',
        { successor: successor(id), successorId: id, effectiveOn: '2025-01-01', groups: [] },
        ['successorId'],
      ],
      [
        'a successor missing its name',
        { successor: { ...successor(id), name: undefined }, effectiveOn: '2025-01-01', groups: [] },
        ['successor.name'],
      ],
      ['no groups', { successorId: id, effectiveOn: '2025-01-01' }, ['groups']],
      [
        'groups of the wrong type',
        { successorId: id, effectiveOn: '2025-01-01', groups: 'all' },
        ['groups'],
      ],
      [
        'an unknown field',
        { successorId: id, effectiveOn: '2025-01-01', groups: [], keepGroups: true },
        ['keepGroups'],
      ],
      [
        'an unknown action',
        { successorId: id, effectiveOn: '2025-01-01', groups: [{ ...group, action: 'keep' }] },
        ['groups.0.action'],
      ],
      [
        'a new parent for a dissolved group',
        { successorId: id, effectiveOn: '2025-01-01', groups: [{ ...group, parentId: id }] },
        ['groups.0.parentId'],
      ],
      [
        'a group id that is not a UUID',
        { successorId: id, effectiveOn: '2025-01-01', groups: [{ ...group, groupId: 'g1' }] },
        ['groups.0.groupId'],
      ],
      ['a bad date', { successorId: id, effectiveOn: '2025-02-29', groups: [] }, ['effectiveOn']],
    ])('%s', async (_what, body, fields) => {
      expectInvalid(await structure.post(`/models/${id}/replace`, body), fields);
    });
  });
});
