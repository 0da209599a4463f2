import { sql, type Kysely, type Migration } from 'kysely';

/**
 * A verification job beats while it runs: one whose process died (no beat for a while) is then
 * told apart from one still running, and answered as interrupted instead of running forever.
 */
export const verificationHeartbeatMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`alter table audit_verifications add column heartbeat_at timestamptz not null default now()`.execute(
      db,
    );
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await sql`alter table audit_verifications drop column heartbeat_at`.execute(db);
  },
};
