/** Who acts, for whom, in which municipality. Reaches every event's metadata. */
export const ROLES = [
  'head-of-administration',
  'secretary',
  'coordinator',
  'auditor',
  'dashboard',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  /** Stable subject id (the token's `sub`). */
  id: string;
  name: string;
  role: Role;
  /** Short name of the organisation the actor belongs to, e.g. NAF. */
  organisation: string;
}

/**
 * The actor as an event records it: the subject, role and organisation, never the display name
 * (personal data: it lives in the erasable personal_data table, keyed by the subject).
 */
export type RecordedActor = Pick<Actor, 'id' | 'role' | 'organisation'>;

/** Drops every field but the subject, role and organisation (an old event's name, too). */
export function recordedActor(actor: RecordedActor): RecordedActor {
  return { id: actor.id, role: actor.role, organisation: actor.organisation };
}

export interface Identity {
  actor: Actor;
  /** The tenant: the municipality's SCB code, e.g. 0192 for Nynäshamn. */
  municipality: string;
}

/** SCB municipality codes are four digits. */
export const MUNICIPALITY_CODE = /^\d{4}$/;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
