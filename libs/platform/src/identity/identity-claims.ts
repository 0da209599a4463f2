import type { JWTPayload } from 'jose';
import { MUNICIPALITY_CODE, ROLES, isRole, type Identity, type Role } from '@app/kernel';

export class InvalidClaimsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidClaimsError';
  }
}

/** Where a provider's token carries the identity (see OidcConfig); ours by default. */
export interface ClaimMapping {
  claims: { role: string; organisation: string; municipality: string; name: string };
  /** Provider role → ours, first match wins; null: the role claim names one of our roles. */
  roleMap: [string, Role][] | null;
  /** Every token's municipality, for providers that carry none. */
  municipality: string | null;
}

export const OUR_CLAIMS: ClaimMapping = {
  claims: { role: 'role', organisation: 'org', municipality: 'municipality', name: 'name' },
  roleMap: null,
  municipality: null,
};

/**
 * Reads the identity from a verified token: `sub`, a role, an organisation (its short name) and a
 * municipality (SCB code), from the claims the mapping names. The role claim may hold one value
 * or a list (Microsoft Entra ID's `roles`). A token without them does not identify anyone.
 */
export function identityFromClaims(claims: JWTPayload, mapping = OUR_CLAIMS): Identity {
  const values = claims as Record<string, unknown>;
  const { sub } = claims;
  if (typeof sub !== 'string' || sub === '') throw new InvalidClaimsError('token has no subject');
  const role = roleOf(values[mapping.claims.role], mapping.roleMap);
  const municipality = mapping.municipality ?? values[mapping.claims.municipality];
  if (typeof municipality !== 'string' || !MUNICIPALITY_CODE.test(municipality)) {
    throw new InvalidClaimsError('token municipality must be a four-digit SCB code');
  }
  const name = values[mapping.claims.name];
  const organisation = values[mapping.claims.organisation];
  return {
    actor: {
      id: sub,
      name: typeof name === 'string' && name !== '' ? name : sub,
      role,
      organisation: typeof organisation === 'string' ? organisation : '',
    },
    municipality,
  };
}

function roleOf(claim: unknown, roleMap: ClaimMapping['roleMap']): Role {
  const carried = (Array.isArray(claim) ? claim : [claim]).filter(
    (value): value is string => typeof value === 'string',
  );
  if (roleMap) {
    const mapped = roleMap.find(([theirs]) => carried.includes(theirs));
    if (mapped) return mapped[1];
    throw new InvalidClaimsError(
      `token role must be one of ${roleMap.map(([theirs]) => theirs).join(', ')}`,
    );
  }
  const ours = carried.find(isRole);
  if (ours) return ours;
  throw new InvalidClaimsError(`token role must be one of ${ROLES.join(', ')}`);
}
