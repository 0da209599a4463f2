import type { Role } from './identity';

/**
 * Who may do what: the matrix of DOMAIN.md ("Who may do what"), once, as data. Every route
 * declares one of these permissions; the API's guard enforces this table and `GET /me` lists it,
 * so the two cannot drift apart.
 *
 * A grant is `any` (the whole municipality) or `own-organisation` (only what the caller's own
 * organisation owes or is party to); `false` is no grant. DOMAIN.md's rows for inquiries and for
 * the administrator's duties name several acts each; they are split here so that a route names
 * exactly the act it performs (the roles of each part are the row's).
 */
export type Grant = 'any' | 'own-organisation';

export interface PermissionRow {
  /** What the permission allows, in the words of DOMAIN.md. */
  summary: string;
  grants: Record<Role, Grant | false>;
}

const everyone: Record<Role, Grant> = {
  admin: 'any',
  coordinator: 'any',
  secretary: 'any',
  'head-of-administration': 'any',
  auditor: 'any',
  dashboard: 'any',
};
const adminOnly: Record<Role, Grant | false> = {
  admin: 'any',
  coordinator: false,
  secretary: false,
  'head-of-administration': false,
  auditor: false,
  dashboard: false,
};

export const PERMISSION_MATRIX = {
  'record.read': {
    summary:
      'read the record (structure, meetings, decisions, assignments, agreements, indicators, evaluations, exports)',
    grants: everyone,
  },
  'history.read': {
    summary: 'read history (per entity)',
    grants: { ...everyone, dashboard: false },
  },
  'audit.read': {
    summary: 'audit (audit trail, change reports, verifications, audit package)',
    grants: { ...adminOnly, 'head-of-administration': 'any', auditor: 'any' },
  },
  'transparency.read': {
    summary: 'transparency log (public key, checkpoints, proofs)',
    grants: { ...everyone, dashboard: false },
  },
  'structure.write': {
    summary: 'write the structure (organisations, people, posts, models, groups, seats)',
    grants: { ...adminOnly, coordinator: 'any' },
  },
  'meetings.write': {
    summary:
      'write meetings (schedule, sitting, items, approval, notice, counter-signing, corrections)',
    grants: { ...adminOnly, secretary: 'any' },
  },
  'assignments.issue': {
    summary: 'issue assignments (from decisions, plans)',
    grants: { ...adminOnly, coordinator: 'any', secretary: 'any' },
  },
  'assignments.follow-up': {
    summary: 'report back on, extend, withdraw assignments',
    grants: {
      ...adminOnly,
      coordinator: 'any',
      secretary: 'any',
      'head-of-administration': 'own-organisation',
    },
  },
  'agreements.write': {
    summary: 'write agreements, follow-ups, indicator values, evaluations',
    grants: { ...adminOnly, coordinator: 'any', 'head-of-administration': 'own-organisation' },
  },
  'inquiries.receive': {
    summary: "record auditors' inquiries (receive them)",
    grants: { ...adminOnly, secretary: 'any', auditor: 'any' },
  },
  'inquiries.answer': {
    summary: "record the answers to auditors' inquiries",
    grants: { ...adminOnly, secretary: 'any' },
  },
  'on-behalf.any': {
    summary: "record on behalf of another organisation than one's own",
    grants: adminOnly,
  },
  'personal-data.erase': { summary: 'erase personal data', grants: adminOnly },
  'personal-data.extract': { summary: 'register extracts (GDPR Art. 15)', grants: adminOnly },
  'projections.rebuild': { summary: 'rebuild projections', grants: adminOnly },
  'checkpoints.issue': { summary: 'issue checkpoints of the transparency log', grants: adminOnly },
} as const satisfies Record<string, PermissionRow>;

export type Permission = keyof typeof PERMISSION_MATRIX;

export const PERMISSIONS = Object.keys(PERMISSION_MATRIX) as Permission[];

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && Object.hasOwn(PERMISSION_MATRIX, value);
}

/** The role's grant of the permission: `false` when it has none. */
export function grantOf(role: Role, permission: Permission): Grant | false {
  return (PERMISSION_MATRIX[permission].grants as Record<Role, Grant | false>)[role];
}

/** Every permission the role holds, with its grant, in the matrix's order. */
export function permissionsOf(role: Role): { permission: Permission; grant: Grant }[] {
  return PERMISSIONS.flatMap((permission) => {
    const grant = grantOf(role, permission);
    return grant === false ? [] : [{ permission, grant }];
  });
}
