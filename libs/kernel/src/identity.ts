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
