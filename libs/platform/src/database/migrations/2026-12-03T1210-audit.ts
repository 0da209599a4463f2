import { sql, type Kysely, type Migration } from 'kysely';

/**
 * What the transparency log keeps outside its read model (libs/audit): the signed checkpoints,
 * which must survive any rebuild of the tree (a rebuilt tree is checked against them), and the
 * verifications run as background jobs.
 */
export const auditMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`
      create table audit_checkpoints (
        tenant text not null,
        tree_size bigint not null check (tree_size >= 0),
        root bytea not null,
        note text not null,
        issued_at timestamptz not null default now(),
        primary key (tenant, tree_size)
      )`.execute(db);
    await sql`
      create table audit_verifications (
        id uuid primary key,
        tenant text not null,
        requested_by text not null,
        state text not null,
        progress jsonb not null,
        result jsonb,
        kept_checkpoint text,
        started_at timestamptz not null default now(),
        finished_at timestamptz
      )`.execute(db);
    await sql`create index audit_verifications_by_tenant on audit_verifications (tenant, started_at)`.execute(
      db,
    );
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await sql`drop table audit_verifications`.execute(db);
    await sql`drop table audit_checkpoints`.execute(db);
  },
};
