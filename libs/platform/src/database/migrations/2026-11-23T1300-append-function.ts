import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The event store's append as a function (libs/event-store/src/postgres/postgres-append.ts):
 * PL/pgSQL keeps its statements' plans for the session, so an append is planned once per
 * connection rather than once per call (planning cost more than executing a single-event
 * insert). Same semantics as the statement it replaces: the batch goes in after revision
 * `after` only if that event is still stored with hash `after_hash` (else null, nothing
 * written); the unique constraints fail the call when another writer took a revision or an id;
 * positions are the transaction id times 2^20 plus the event's index. Returns the last position.
 * The event chained onto is named by id as well as by stream and revision: a generic plan made
 * while `events` was nearly empty once looked it up through the (tenant, event_id) index on
 * `tenant` alone, scanning the whole tenant on every append; with the id in the condition both
 * unique indexes match on their full key, so either plan is a one-row lookup.
 */
export const appendFunctionMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
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
  },
};
