import { date, jsonb, readTable, text } from './read-table';

const groups = readTable(
  'groups',
  {
    group_id: text(),
    parent_id: text().nullable(),
    cadence: jsonb<{ weeks: number }>().nullable(),
    formed_on: date(),
  },
  { primaryKey: ['tenant', 'group_id'] },
);

describe('a read table declared once', () => {
  it('creates the table with the tenant first, the columns in their order, and the key', () => {
    expect(groups.ddl()).toBe(
      [
        'create table groups (',
        '  tenant text not null,',
        '  group_id text not null,',
        '  parent_id text,',
        '  cadence jsonb,',
        '  formed_on date not null,',
        '  primary key (tenant, group_id)',
        ')',
      ].join('\n'),
    );
  });

  it('selects every column under its API name, renamed where asked, dates as text', () => {
    const compiled = groups
      .select({ group_id: 'id' })
      .map((column) => column.toOperationNode())
      .map((node) => JSON.stringify(node));
    expect(compiled).toHaveLength(4);
    expect(compiled[0]).toContain('"id"');
    expect(compiled[1]).toContain('"parentId"');
    expect(compiled[3]).toContain('::text');
    expect(compiled[3]).toContain('"formedOn"');
  });
});
