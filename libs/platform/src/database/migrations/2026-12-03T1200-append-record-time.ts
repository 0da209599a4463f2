import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The append function takes each event's record time from the adapter instead of the column's
 * default `now()`: an event's hash covers its record time (libs/event-store/src/hash-chain.ts),
 * so the time must be known before the hash is computed, and stored exactly as hashed.
 * Otherwise as 2026-11-23T1300-append-function.
 */
export const appendRecordTimeMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`
      create or replace function samverkan_append(
        p_tenant text, p_stream text, p_after bigint, p_after_id uuid, p_after_hash text,
        p_events jsonb
      ) returns bigint language plpgsql as $$
      declare
        base bigint := pg_current_xact_id()::text::bigint * 1048576;
      begin
        if p_after is not null and not exists (
          select from events
           where tenant = p_tenant and event_id = p_after_id and stream = p_stream
             and revision = p_after and hash = p_after_hash
        ) then
          return null;
        end if;
        -- jsonb_to_recordset turns a JSON null into SQL NULL, hence the coalesce for data = null.
        insert into events (position, tenant, stream, revision, event_id, type, schema_version,
                            data, metadata, valid_from, recorded_at, prev_hash, hash)
        select base + r.idx, p_tenant, p_stream, r.revision, r.event_id, r.type, r.schema_version,
               coalesce(r.data, 'null'::jsonb), r.metadata, r.valid_from, r.recorded_at,
               r.prev_hash, r.hash
          from jsonb_to_recordset(p_events) as r(
                 idx bigint, revision bigint, event_id uuid, type text, schema_version integer,
                 data jsonb, metadata jsonb, valid_from date, recorded_at timestamptz,
                 prev_hash text, hash text);
        return base + jsonb_array_length(p_events) - 1;
      end $$
    `.execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await sql`drop function samverkan_append(text, text, bigint, uuid, text, jsonb)`.execute(db);
  },
};
