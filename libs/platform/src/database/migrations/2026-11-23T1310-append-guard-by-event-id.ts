import { sql, type Kysely, type Migration } from 'kysely';
import { appendFunctionMigration } from './2026-11-23T1300-append-function';

/**
 * samverkan_append (2026-11-23T1300) with the event it chains onto named by id as well. A
 * PL/pgSQL function keeps a generic plan per connection, and one made while `events` was
 * nearly empty looked that event up through the (tenant, event_id) index on `tenant` alone:
 * a scan of the whole tenant on every append once the table had grown. With the id in the
 * condition, both unique indexes match on their full key, so whichever the plan picks is a
 * single-row lookup, with or without statistics.
 */
export const appendGuardByEventIdMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`drop function samverkan_append(text, text, bigint, text, jsonb)`.execute(db);
    await sql`
      create function samverkan_append(
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
                            data, metadata, valid_from, prev_hash, hash)
        select base + r.idx, p_tenant, p_stream, r.revision, r.event_id, r.type, r.schema_version,
               coalesce(r.data, 'null'::jsonb), r.metadata, r.valid_from, r.prev_hash, r.hash
          from jsonb_to_recordset(p_events) as r(
                 idx bigint, revision bigint, event_id uuid, type text, schema_version integer,
                 data jsonb, metadata jsonb, valid_from date, prev_hash text, hash text);
        return base + jsonb_array_length(p_events) - 1;
      end $$
    `.execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await sql`drop function samverkan_append(text, text, bigint, uuid, text, jsonb)`.execute(db);
    await appendFunctionMigration.up(db);
  },
};
