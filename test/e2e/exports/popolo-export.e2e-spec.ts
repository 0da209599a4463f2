import * as fs from 'node:fs';
import * as path from 'node:path';
import { Validator, type Schema } from 'jsonschema';
import { repoRoot } from '../../support/run-source';
import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { API, recordNynashamn, type Nynashamn } from '../structure/nynashamn-scenario';

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
};

describe.each(testEngines)('the Popolo export on %s', (engine) => {
  let api: TestApp;
  let demo: Nynashamn;
  const validator = popoloValidator();
  const schema = (kind: string) => validator.schemas[`${SCHEMA_BASE}${kind}.json`]!;

  beforeAll(async () => {
    api = await startTestApp({ engine });
    demo = await recordNynashamn(api);
    await api.settled();
  }, 180_000);
  afterAll(() => api.close());

  const popolo = async (asOf: string) =>
    (await api.http.get(`${API}/export/popolo?asOf=${asOf}`).expect(200)).body as Record<
      keyof typeof KINDS,
      Array<Record<string, unknown>>
    > & { asOf: string };

  it('answers organizations, persons and memberships that the Popolo schemas accept', async () => {
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
});
