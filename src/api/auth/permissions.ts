// What each role may do (issue: users and roles). Every route names the permission it
// needs; the authorisation matrix test walks every route × role against this table.
import type { Role } from '../../db/schema.ts';

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

const ALL: readonly Permission[] = [
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
  admin: ALL,
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
