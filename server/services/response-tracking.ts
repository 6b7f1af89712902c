import {
  countResponsesByGroup,
  countResponsesPerDay,
  type GroupProgress,
} from '#db/queries/response-tracking'
import type { AppDeps, SessionUser } from '../context.ts'
import { assessmentFor, CAN } from './access.ts'
import { draftsLiveAfter } from './survey-drafts.ts'

/**
 * GET …/responses: per group, who was invited (single-use links), who started (a live draft exists),
 * who completed, and the completion rate of the invitations; open links count completions.
 * Each group also has its responses per day, days counted in `timeZone`.
 */
export async function trackResponses(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  timeZone: string,
) {
  await assessmentFor(deps, user, assessmentId, CAN.read)
  const { db } = deps.database
  const days = await countResponsesPerDay(db, assessmentId, timeZone)
  const perDay = (groupId: number) =>
    days.filter((d) => d.groupId === groupId).map(({ day, count }) => ({ day, count }))
  const liveAfter = draftsLiveAfter(deps.clock.now())
  const groups = (await countResponsesByGroup(db, assessmentId, liveAfter)).map((g) => ({
    ...presentProgress(g),
    perDay: perDay(g.id),
  }))
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
