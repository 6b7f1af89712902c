import type { Role } from './model.ts'

/**
 * Who may do what: the one table the server enforces and the client reads to hide or explain
 * what a role cannot do.
 *
 * `readComments`: respondents' free text may hold personal data (SECURITY.md), so it is for the
 * people who work with the answers — those who build the survey (admin, analyst), confirm the
 * result (reviewer) and approve it (approver). A viewer reads the results: scores and counts.
 *
 * Approving is not in this table: who may approve depends on who else is a member (approvers, or
 * the admins where there is none, never the person who confirmed while someone else could), so it
 * is `approvalRight` in approval.ts.
 *
 * `manageContacts`: the stakeholder register holds names and emails, so only those who run the
 * survey (admin, analyst) see, import, invite and remind contacts.
 *
 * `score`: in a double-materiality assessment internal experts (assessor) and management score
 * the IROs, each under their own name; an assessor otherwise only reads, like a viewer.
 * `scoreUnassigned`: management (admin, analyst, reviewer) may score any IRO; an assessor scores
 * only the IROs assigned to them (`mayScoreIro`). Scores stay when an assignment is removed.
 */
export const PERMISSIONS = {
  read: ['admin', 'analyst', 'reviewer', 'approver', 'viewer', 'assessor'],
  readComments: ['admin', 'analyst', 'reviewer', 'approver'],
  edit: ['admin', 'analyst'],
  confirm: ['admin', 'reviewer'],
  manageUsers: ['admin'],
  manageContacts: ['admin', 'analyst'],
  score: ['admin', 'analyst', 'reviewer', 'assessor'],
  scoreUnassigned: ['admin', 'analyst', 'reviewer'],
} as const satisfies Record<string, readonly Role[]>

export type Permission = keyof typeof PERMISSIONS

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[]

/**
 * Whether a role (undefined: no membership) holds a permission.
 * @example can('reviewer', 'edit') // false
 */
export function can(role: Role | undefined, permission: Permission): boolean {
  return role !== undefined && (PERMISSIONS[permission] as readonly Role[]).includes(role)
}

/** Every permission a role holds, in the table's order. */
export const permissionsOf = (role: Role): Permission[] =>
  PERMISSION_NAMES.filter((permission) => can(role, permission))

/**
 * Whether a member may score one IRO: a role that scores, and either assigned to it or a role
 * that may score unassigned IROs. The one rule the API enforces and the register's cards follow.
 * @example mayScoreIro('assessor', false) // false
 */
export const mayScoreIro = (role: Role | undefined, assigned: boolean): boolean =>
  can(role, 'score') && (assigned || can(role, 'scoreUnassigned'))
