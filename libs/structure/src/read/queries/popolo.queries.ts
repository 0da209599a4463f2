import type { Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { listGroups } from './group.queries';
import { listModels } from './model.queries';
import { listOrganisations } from './organisation.queries';
import { listPeople } from './person.queries';
import { listPosts } from './post.queries';
import { seatsOn } from './seat.queries';
import type { TimeSlice } from './time-slice';

/** Popolo (popoloproject.com) as its JSON schemas name the fields: snake_case, dates as text. */
export interface PopoloOrganization {
  id: string;
  name: string;
  classification: string;
  parent_id: string | null;
  founding_date: string;
  dissolution_date: string | null;
  other_names?: { name: string; note: string }[];
}

export interface PopoloPerson {
  id: string;
  /** Left out once erased: the export carries no masked placeholder for a name. */
  name?: string;
}

export interface PopoloMembership {
  id: string;
  /** Left out when nobody is known to sit: a post with no known holder, an unnamed seat. */
  person_id?: string;
  organization_id: string;
  /** A seat held by a post, or a person holding a post in its organisation. */
  post_id?: string;
  on_behalf_of_id?: string;
  role: string;
  start_date: string;
  end_date: string | null;
}

export interface PopoloExport {
  organizations: PopoloOrganization[];
  persons: PopoloPerson[];
  memberships: PopoloMembership[];
  posts: PopoloPost[];
}

export interface PopoloPost {
  id: string;
  label: string;
  organization_id: string;
  start_date: string;
  end_date: string | null;
}

/** People are read a page at a time: the export still holds them all. */
const PEOPLE_PAGE = 1000;

/**
 * The structure on the slice's date as Popolo: the municipality's organisations, its
 * collaboration models and their groups as organizations (a group under its parent group, or
 * under its model), the people registered by then, the seats held then as memberships of a
 * person (or a post, resolved to its holder then) in a group on behalf of the organisation
 * represented, and the posts with their holders then (memberships in the post's organisation). Ended things that still hold a
 * version on the date (dissolved, merged, replaced) are kept, with their end dates.
 */
export async function popoloOf(
  database: Kysely<Database>,
  tenant: string,
  slice: TimeSlice,
): Promise<PopoloExport> {
  const all = { includeEnded: true };
  const [organisations, models, groups, seats, posts] = await Promise.all([
    listOrganisations(database, tenant, slice, all),
    listModels(database, tenant, slice, all),
    listGroups(database, tenant, slice, all),
    seatsOn(database, tenant, slice, {}),
    listPosts(database, tenant, slice, all),
  ]);
  const holders = new Map(posts.map((post) => [post.id, post.holder?.id]));
  const organizations: PopoloOrganization[] = [
    ...organisations.map((organisation) => ({
      id: organisation.id,
      name: organisation.name,
      classification: organisation.kind,
      parent_id: organisation.parentId,
      founding_date: organisation.establishedOn,
      dissolution_date: organisation.dissolvedOn,
      ...(organisation.shortName !== null && {
        other_names: [{ name: organisation.shortName, note: 'short name' }],
      }),
    })),
    ...models.map((model) => ({
      id: model.id,
      name: model.name,
      classification: 'collaboration-model',
      parent_id: null,
      founding_date: model.establishedOn,
      dissolution_date: model.endedOn,
    })),
    ...groups.map((group) => ({
      id: group.id,
      name: group.name,
      classification: group.kind,
      parent_id: group.parentId ?? group.modelId,
      founding_date: group.formedOn,
      dissolution_date: group.endedOn,
    })),
  ];
  const seatMemberships: PopoloMembership[] = seats.map((seat) => {
    // A post's seat is its holder's on the date; nobody, when no holder is known.
    const personId = seat.postId === null ? seat.personId : holders.get(seat.postId);
    return {
      id: seat.membershipId,
      ...(personId != null && { person_id: personId }),
      organization_id: seat.groupId,
      ...(seat.postId !== null && { post_id: seat.postId }),
      on_behalf_of_id: seat.organisationId,
      role: seat.role,
      start_date: seat.from,
      end_date: seat.to,
    };
  });
  // Popolo's way of holding a post: a membership of the holder in the post's organisation.
  const holdings: PopoloMembership[] = posts.flatMap((post) =>
    post.holder === null
      ? []
      : [
          {
            id: `${post.id}:${post.holder.since}`,
            person_id: post.holder.id,
            organization_id: post.organisation.id,
            post_id: post.id,
            role: post.name,
            start_date: post.holder.since,
            end_date: null,
          },
        ],
  );
  const memberships = [...seatMemberships, ...holdings];
  const persons = await personsOf(database, tenant, slice);
  // A seat may name a person registered later than the date: still a person of the export.
  const known = new Set(persons.map((person) => person.id));
  for (const { person_id: personId } of memberships) {
    if (personId === undefined || known.has(personId)) continue;
    persons.push({ id: personId });
    known.add(personId);
  }
  return {
    organizations,
    persons,
    memberships,
    posts: posts.map((post) => ({
      id: post.id,
      label: post.name,
      organization_id: post.organisation.id,
      start_date: post.establishedOn,
      end_date: post.abolishedOn,
    })),
  };
}

async function personsOf(
  database: Kysely<Database>,
  tenant: string,
  slice: TimeSlice,
): Promise<PopoloPerson[]> {
  const persons: PopoloPerson[] = [];
  let after: { name: string; id: string } | undefined;
  for (;;) {
    const page = await listPeople(database, tenant, slice, {}, { limit: PEOPLE_PAGE, after });
    for (const person of page.people) {
      persons.push(
        person.nameErased || person.name === null
          ? { id: person.id }
          : { id: person.id, name: person.name },
      );
    }
    const last = page.people.at(-1);
    if (!page.more || !last) return persons;
    after = { name: last.nameErased ? '' : (last.name ?? ''), id: last.id };
  }
}
