/**
 * Tenancy on KurrentDB, which has no tenants: every stream name carries its tenant as a prefix,
 * `t<tenant>-<stream>` (tenant 0192, stream group-7 → `t0192-group-7`).
 *
 * Why it cannot collide: inside the prefix, `%` and `-` of the tenant are percent-escaped, so
 * the first `-` of a name always ends the tenant and decoding is the exact inverse of encoding
 * (tenant `a-b`, stream `c` → `ta%2Db-c`; tenant `a`, stream `b-c` → `ta-b-c`). The leading `t`
 * keeps every name clear of `$`, KurrentDB's system streams. A side effect worth having:
 * KurrentDB's category is the text before the first `-`, so `$ce-t0192` is one tenant's events.
 */
import { InvalidAppendError } from '../errors';

const ENCODED = /^t([^-]+)-(.+)$/s;

export interface TenantStream {
  tenant: string;
  stream: string;
}

export function encodeStreamName(tenant: string, stream: string): string {
  if (tenant.length === 0) throw new InvalidAppendError('A tenant is required');
  if (stream.length === 0) throw new InvalidAppendError('A stream needs a name');
  return `t${tenant.replace(/[%-]/g, (c) => (c === '%' ? '%25' : '%2D'))}-${stream}`;
}

/** Null for streams that are not ours: system streams, other applications' streams. */
export function decodeStreamName(name: string): TenantStream | null {
  const match = ENCODED.exec(name);
  if (!match) return null;
  const tenant = match[1].replace(/%(25|2D)/g, (_, code: string) => (code === '25' ? '%' : '-'));
  // A stray `%` means the name was not written by encodeStreamName.
  return encodeStreamName(tenant, match[2]) === name ? { tenant, stream: match[2] } : null;
}
