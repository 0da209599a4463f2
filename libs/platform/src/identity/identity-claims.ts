import type { JWTPayload } from 'jose';
import { MUNICIPALITY_CODE, ROLES, isRole, type Identity } from '@app/kernel';

export class InvalidClaimsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidClaimsError';
  }
}

/**
 * Reads the identity from a verified token: `sub`, `name`, `role`, `org` (the organisation's
 * short name) and `municipality` (SCB code). A token without them does not identify anyone.
 */
export function identityFromClaims(claims: JWTPayload): Identity {
  const { sub, name, role, org, municipality } = claims as Record<string, unknown>;
  if (typeof sub !== 'string' || sub === '') throw new InvalidClaimsError('token has no subject');
  if (!isRole(role)) throw new InvalidClaimsError(`token role must be one of ${ROLES.join(', ')}`);
  if (typeof municipality !== 'string' || !MUNICIPALITY_CODE.test(municipality)) {
    throw new InvalidClaimsError('token municipality must be a four-digit SCB code');
  }
  return {
    actor: {
      id: sub,
      name: typeof name === 'string' && name !== '' ? name : sub,
      role,
      organisation: typeof org === 'string' ? org : '',
    },
    municipality,
  };
}
