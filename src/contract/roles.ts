// Roles and what each may do. Every operation in the contract names the permission it needs;
// the API checks it before anything else and the authorisation matrix test is generated from
// these declarations.
export type Role = 'admin' | 'economist' | 'planner' | 'reader' | 'member';
export const ROLES: readonly Role[] = ['admin', 'economist', 'planner', 'reader', 'member'];

export type Permission =
  /** Read the organisation's plans (members: decided versions only). */
  | 'plan:read'
  /** Read versions that are not decided (drafts, proposals). */
  | 'plan:readDrafts'
  /** Budget, notes, contributions, shares, index series, financial figures. */
  | 'budget:write'
  /** Goals, activities, measures, follow-up statuses, narrative. */
  | 'goals:write'
  /** Start a revision, propose a version. */
  | 'version:manage'
  /** Record the board's decision on a version. */
  | 'version:decide'
  | 'plan:import'
  | 'audit:read'
  | 'users:manage'
  | 'organisation:manage';

export const PERMISSIONS: readonly Permission[] = [
  'plan:read',
  'plan:readDrafts',
  'budget:write',
  'goals:write',
  'version:manage',
  'version:decide',
  'plan:import',
  'audit:read',
  'users:manage',
  'organisation:manage',
];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: PERMISSIONS,
  economist: [
    'plan:read',
    'plan:readDrafts',
    'budget:write',
    'version:manage',
    'version:decide',
    'plan:import',
    'audit:read',
  ],
  planner: ['plan:read', 'plan:readDrafts', 'goals:write', 'version:manage', 'version:decide', 'audit:read'],
  reader: ['plan:read', 'plan:readDrafts', 'audit:read'],
  member: ['plan:read'],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
