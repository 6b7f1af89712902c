import { countResponsesByGroup, type GroupProgress } from '#db/queries/response-tracking'
import type { AppDeps, SessionUser } from '../context.ts'
import { assessmentFor, CAN } from './access.ts'

/**
 * GET …/responses: per group, who was invited (single-use links), who started (a draft exists),
 * who completed, and the completion rate of the invitations; open links count completions.
 */
export async function trackResponses(deps: AppDeps, user: SessionUser, assessmentId: number) {
  await assessmentFor(deps, user, assessmentId, CAN.read)
  const groups = (await countResponsesByGroup(deps.database.db, assessmentId)).map(presentProgress)
  const sum = (key: 'invited' | 'started' | 'completed' | 'completedSingleUse') =>
    groups.reduce((total, g) => total + g[key], 0)
  return {
    groups,
    totals: {
      invited: sum('invited'),
      started: sum('started'),
      completed: sum('completed'),
      completionRate: rate(sum('completedSingleUse'), sum('invited')),
    },
    checkedAt: deps.clock.now().toISOString(),
  }
}

const rate = (done: number, of: number) => (of === 0 ? null : done / of)

function presentProgress(g: GroupProgress) {
  return {
    id: String(g.id),
    key: g.key,
    names: g.names,
    invited: g.invited,
    started: g.startedSingleUse + g.startedOpen,
    startedSingleUse: g.startedSingleUse,
    completed: g.completedSingleUse + g.completedOpen,
    completedSingleUse: g.completedSingleUse,
    completionRate: rate(g.completedSingleUse, g.invited),
    openLinks: g.openLinks,
    completedOpen: g.completedOpen,
  }
}
