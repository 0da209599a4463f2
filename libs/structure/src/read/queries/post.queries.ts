import type { Kysely } from 'kysely';
import { certaintyOn, placedBefore, type Certainty } from '@app/kernel';
import type { Database } from '@app/platform';
import { scanPage } from '@app/event-store';
import {
  readModel,
  WHOLE_LIST,
  type KeysetRequest,
  type RowOf,
  type SortKey,
} from '@app/projections';
import { POSTS } from '../posts.projection';
import { postVersionsTable, type PostsDb } from '../read-model.tables';
import { organisationsByIds } from './organisation.queries';
import { displayName, namesOf, type PersonName } from './person.queries';
import {
  holdsOn,
  knownBy,
  versionPeriod,
  type TimeSlice,
  type VersionPeriod,
  lifeCertainty,
} from './time-slice';
import { manyOnSlice, oneOnSlice, pageOnSlice } from './versions-on-slice';

export interface PersonRef {
  id: string;
  name: string | null;
  nameErased: boolean;
}

export function personRef(id: string, names: ReadonlyMap<string, PersonName>): PersonRef {
  const name = names.get(id);
  return { id, name: displayName(name), nameErased: name?.erased ?? false };
}

/** A version of a post; its period says since when its name and status have held. */
export type PostRow = RowOf<typeof postVersionsTable, typeof postNames> & VersionPeriod;

/**
 * Whether the post certainly existed on the slice's date, or only may have (established "2020"
 * read on 2020-06-01), as for groups; an abolished post is shown from its end's last day.
 */
const certaintyOf = (row: PostRow, slice: TimeSlice): Certainty =>
  lifeCertainty(slice, row.status === 'established', row.establishedOn, row.abolishedOn);

const postNames = { post_id: 'id' } as const;

export interface PostView extends Omit<PostRow, 'organisationId'> {
  organisation: { id: string; name: string | null; shortName: string | null };
  /** Who held the post on the slice's date; null when no holder is known then. */
  holder: (PersonRef & Omit<HolderOn, 'personId'>) | null;
  holderUnknown: boolean;
  certainty: Certainty;
}

export interface PostFilter {
  organisationId?: string;
  /** Only the posts this person holds on the date. */
  personId?: string;
  includeEnded?: boolean;
}

async function posts(database: Kysely<Database>) {
  const db = await readModel<PostsDb>(database, POSTS);
  return db
    .selectFrom('post_versions')
    .select([...postVersionsTable.select(postNames), ...versionPeriod()]);
}

/** A post's holder on a date: since when, until when (as known), as the source gives them. */
export interface HolderOn {
  personId: string;
  since: string;
  until: string | null;
  /**
   * Whether they certainly held it on the date, or only may have: appointed "2021" read on
   * 2021-06-01, or leaving "2024" (or followed by a holder from "2024") read in 2024.
   */
  certainty: Certainty;
}

/** Each post's holder on the slice's date; posts with none known then are absent. */
export async function holdersOn(
  database: Kysely<Database>,
  tenant: string,
  postIds: readonly string[],
  slice: TimeSlice,
): Promise<Map<string, HolderOn>> {
  if (postIds.length === 0) return new Map();
  const db = await readModel<PostsDb>(database, POSTS);
  const rows = await db
    .selectFrom('post_holders')
    .select(['post_id', 'person_id', 'held_from', 'held_to'])
    .where('tenant', '=', tenant)
    .where('post_id', 'in', [...new Set(postIds)])
    .where(holdsOn(slice))
    .execute();
  return new Map(
    rows.map((row) => [
      row.post_id,
      {
        personId: row.person_id,
        since: row.held_from,
        until: row.held_to,
        certainty: certaintyOn(slice.asOf, row.held_from, row.held_to),
      },
    ]),
  );
}

/** Every stretch in which a person held a post, on any date, as known at the slice, as given. */
export async function holdingsOf(
  database: Kysely<Database>,
  tenant: string,
  personId: string,
  slice: Pick<TimeSlice, 'knownAt'>,
): Promise<{ postId: string; from: string; to: string | null }[]> {
  const db = await readModel<PostsDb>(database, POSTS);
  return db
    .selectFrom('post_holders')
    .select(['post_id as postId', 'held_from as from', 'held_to as to'])
    .distinct()
    .where('tenant', '=', tenant)
    .where('person_id', '=', personId)
    .where(knownBy(slice))
    .orderBy('from')
    .execute();
}

/** The posts' order, by name then id: a cursor is the [name, id] a page ended at. */
export const postsOrder = ['name', 'post_id'] as const;
export const postKey = (post: { name: string; id: string }) => [post.name, post.id];

/**
 * A page of the posts on the slice, read in SQL in their order (limit + 1 of them). A post's
 * holder on the slice's date is only known once it is described, so with `personId` the posts
 * others hold are skipped as windows are read (scanPage).
 */
export async function listPosts(
  database: Kysely<Database>,
  tenant: string,
  slice: TimeSlice,
  filter: PostFilter = {},
  page: KeysetRequest = WHOLE_LIST,
): Promise<PostView[]> {
  return scanPage(
    async (after: SortKey | undefined, limit) => {
      const wanted = { limit, after, whole: page.whole };
      let query = pageOnSlice(await posts(database), tenant, slice, postsOrder, wanted);
      if (filter.organisationId !== undefined) {
        query = query.where('organisation_id', '=', filter.organisationId);
      }
      if (!filter.includeEnded) query = query.where('status', '=', 'established');
      return query.execute();
    },
    async (rows) => {
      const views = await describePosts(database, tenant, rows, slice);
      return filter.personId === undefined
        ? views
        : views.filter((post) => post.holder?.id === filter.personId);
    },
    postKey,
    page,
  );
}

export async function findPost(
  database: Kysely<Database>,
  tenant: string,
  id: string,
  slice: TimeSlice,
): Promise<PostView | undefined> {
  const row = await oneOnSlice(await posts(database), 'post_id', tenant, id, slice);
  return row && (await describePosts(database, tenant, [row], slice))[0];
}

/** Posts by id as they were on the slice's date, for naming them in other answers. */
export async function postsByIds(
  database: Kysely<Database>,
  tenant: string,
  ids: readonly string[],
  slice: TimeSlice,
): Promise<Map<string, PostRow>> {
  const rows = await manyOnSlice(() => posts(database), 'post_id', tenant, ids, slice);
  return new Map(rows.map((row) => [row.id, row]));
}

export interface HolderPeriod {
  /** Null: no holder is known for the period (between holders, or before the first). */
  person: PersonRef | null;
  from: string;
  to: string | null;
}

/**
 * The post's holders over its whole life as known at the slice, the periods with no known holder
 * included, so that a gap in the record shows as one rather than as nothing.
 */
export async function holderHistory(
  database: Kysely<Database>,
  tenant: string,
  post: Pick<PostRow, 'id' | 'establishedOn' | 'abolishedOn'>,
  slice: Pick<TimeSlice, 'knownAt'>,
): Promise<HolderPeriod[]> {
  const db = await readModel<PostsDb>(database, POSTS);
  const rows = await db
    .selectFrom('post_holders')
    .select(['person_id', 'held_from as from', 'held_to as to'])
    .where('tenant', '=', tenant)
    .where('post_id', '=', post.id)
    .where(knownBy(slice))
    .orderBy('valid_from')
    .execute();
  const names = await namesOf(
    database,
    tenant,
    rows.map((row) => row.person_id),
  );
  // A holder's end is the next change as given, so a successor's start is the same text; any
  // other change in between (a leaving, or the post's start) opens a period nobody is known in.
  const periods: HolderPeriod[] = [];
  let cursor: string | null = post.establishedOn;
  for (const row of rows) {
    if (cursor !== null && cursor !== row.from && placedBefore(cursor, row.from)) {
      periods.push({ person: null, from: cursor, to: row.from });
    }
    periods.push({ person: personRef(row.person_id, names), from: row.from, to: row.to });
    cursor = row.to;
  }
  if (cursor !== null && cursor !== post.abolishedOn) {
    periods.push({ person: null, from: cursor, to: post.abolishedOn });
  }
  return periods;
}

async function describePosts(
  database: Kysely<Database>,
  tenant: string,
  rows: readonly PostRow[],
  slice: TimeSlice,
): Promise<PostView[]> {
  const [holders, organisations] = await Promise.all([
    holdersOn(
      database,
      tenant,
      rows.map((row) => row.id),
      slice,
    ),
    organisationsByIds(
      database,
      tenant,
      rows.map((row) => row.organisationId),
      slice,
    ),
  ]);
  const names = await namesOf(
    database,
    tenant,
    [...holders.values()].map((holder) => holder.personId),
  );
  return rows.map(({ organisationId, ...row }) => {
    const held = holders.get(row.id);
    const organisation = organisations.get(organisationId);
    return {
      ...row,
      organisation: {
        id: organisationId,
        name: organisation?.name ?? null,
        shortName: organisation?.shortName ?? null,
      },
      holder: held
        ? {
            ...personRef(held.personId, names),
            since: held.since,
            until: held.until,
            certainty: held.certainty,
          }
        : null,
      holderUnknown: held === undefined,
      certainty: certaintyOf({ organisationId, ...row }, slice),
    };
  });
}
