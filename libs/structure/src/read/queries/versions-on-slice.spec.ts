import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
} from 'kysely';
import { keysetPage } from '@app/projections';
import type { GroupsDb } from '../read-model.tables';
import { holdsOn, type TimeSlice } from './time-slice';
import { manyOnSlice, oneOnSlice, pageOnSlice } from './versions-on-slice';

/** A database that answers nothing, keeping each query it is sent. */
function recording() {
  const sent: CompiledQuery[] = [];
  const db = new Kysely<GroupsDb>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (kysely) => new PostgresIntrospector(kysely),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (event) => {
      if (event.level === 'query') sent.push(event.query);
    },
  });
  const groups = () => db.selectFrom('group_versions').select(['group_id as id', 'name']);
  return { sent, groups };
}

const slice: TimeSlice = { asOf: '2024-06-01', knownAt: '2024-07-01T00:00:00.000Z' };
const textOf = ({ sql, parameters }: CompiledQuery) => ({ sql, parameters });
const sqlOf = (query: { compile(): CompiledQuery }) => textOf(query.compile());

describe('a version table read on a slice', () => {
  it('pages the list as the lists wrote it: the tenant, what holds on the slice, then the key', () => {
    const { groups } = recording();
    const page = { limit: 10, after: ['Styrgrupp', 'g-1'], whole: false };
    const byHand = keysetPage(
      groups().where('tenant', '=', 'nykoping').where(holdsOn(slice)),
      ['name', 'group_id'],
      page,
    );
    const shared = pageOnSlice(groups(), 'nykoping', slice, ['name', 'group_id'], page);
    expect(sqlOf(shared)).toEqual(sqlOf(byHand));
  });

  it('reads one by id and several by id with the conditions the queries wrote by hand', async () => {
    const { sent, groups } = recording();
    await oneOnSlice(groups(), 'group_id', 'nykoping', 'g-1', slice);
    await manyOnSlice(async () => groups(), 'group_id', 'nykoping', ['g-1', 'g-2', 'g-1'], slice);
    const one = groups()
      .where('tenant', '=', 'nykoping')
      .where('group_id', '=', 'g-1')
      .where(holdsOn(slice));
    const many = groups()
      .where('tenant', '=', 'nykoping')
      .where('group_id', 'in', ['g-1', 'g-2'])
      .where(holdsOn(slice));
    expect(sent.map(textOf)).toEqual([sqlOf(one), sqlOf(many)]);
  });

  it('reads nothing for no ids, not even which schema the read model is in', async () => {
    const { groups } = recording();
    const versions = jest.fn(async () => groups());
    await expect(manyOnSlice(versions, 'group_id', 'nykoping', [], slice)).resolves.toEqual([]);
    expect(versions).not.toHaveBeenCalled();
  });
});
