/**
 * The two kinds of stakeholder of ESRS 1 §22: *affected* stakeholders, whose interests the
 * company's activities affect, and *users* of sustainability statements. Financial materiality
 * is judged for the primary users — investors, lenders and other creditors (ESRS 1 §48).
 */
export type EsrsRole = 'affected' | 'user'

/**
 * The ESRS role of the default stakeholder groups and of the usual keys for lenders and
 * creditors. Government and regulators are neither affected nor primary users, so their views
 * inform the stakeholder matrix but not the double-materiality comparison; a group whose key is
 * not listed has no role either.
 */
export const ESRS_ROLES: Readonly<Record<string, EsrsRole>> = {
  investors: 'user',
  lenders: 'user',
  creditors: 'user',
  employees: 'affected',
  customers: 'affected',
  suppliers: 'affected',
  community: 'affected',
}

/**
 * A group's ESRS role from its key, or null.
 * @example esrsRoleOf('employees') // 'affected'
 */
export function esrsRoleOf(groupKey: string): EsrsRole | null {
  return Object.hasOwn(ESRS_ROLES, groupKey) ? ESRS_ROLES[groupKey]! : null
}
