import { HORIZONS, type IroScores, isImpact, type ScoringIro } from '../domain/iros.ts'
import { iroComponents } from './double-materiality.ts'

const given = (value: number | null | undefined) => typeof value === 'number'

/**
 * Whether one assessor's scores of an IRO are complete: every component its formula needs
 * (scale, scope, irremediability, likelihood as its type takes them), or for a risk or
 * opportunity magnitude and likelihood of each horizon it lists — of at least one horizon when
 * it lists none.
 * @example isFullyScored({ type: 'positive-impact', actual: true, horizons: [] }, { scale: 3, scope: 2 }) // true
 */
export function isFullyScored(
  iro: Pick<ScoringIro, 'type' | 'actual' | 'horizons'>,
  scores: IroScores | null | undefined,
): boolean {
  if (!scores) return false
  if (isImpact(iro.type)) {
    return iroComponents(iro).every((key) => given(scores[key as 'scale']))
  }
  const both = (h: (typeof HORIZONS)[number]) =>
    given(scores.horizons?.[h]?.magnitude) && given(scores.horizons?.[h]?.likelihood)
  return iro.horizons.length > 0 ? iro.horizons.every(both) : HORIZONS.some(both)
}

export interface AssessorProgress {
  assessorId: string
  /** IROs assigned to them. */
  assigned: number
  /** Of those, how many they have scored completely. */
  scored: number
  /** The assigned IROs still to score (none or partly scored), in register order. */
  remaining: string[]
  /** IROs they scored completely without being assigned. */
  scoredUnassigned: number
}

/**
 * Scored / assigned per assessor: everyone with an assignment or a complete score, by id.
 * @example assessorProgress({ iros, assignments: [{ iroId: '1', assessorId: '7' }] })
 */
export function assessorProgress(input: {
  iros: readonly Pick<ScoringIro, 'id' | 'type' | 'actual' | 'horizons' | 'scores'>[]
  assignments: readonly { iroId: string; assessorId: string }[]
}): AssessorProgress[] {
  const byAssessor = new Map<string, AssessorProgress>()
  const entry = (assessorId: string) => {
    let progress = byAssessor.get(assessorId)
    if (!progress) {
      progress = { assessorId, assigned: 0, scored: 0, remaining: [], scoredUnassigned: 0 }
      byAssessor.set(assessorId, progress)
    }
    return progress
  }
  const assigned = new Set(input.assignments.map((a) => `${a.iroId}:${a.assessorId}`))
  for (const iro of input.iros) {
    const complete = new Set(
      iro.scores.filter((s) => isFullyScored(iro, s.scores)).map((s) => s.assessor),
    )
    for (const a of input.assignments.filter((a) => a.iroId === iro.id)) {
      const progress = entry(a.assessorId)
      progress.assigned += 1
      if (complete.has(a.assessorId)) progress.scored += 1
      else progress.remaining.push(iro.id)
    }
    for (const assessor of complete) {
      if (!assigned.has(`${iro.id}:${assessor}`)) entry(assessor).scoredUnassigned += 1
    }
  }
  return [...byAssessor.values()].sort((a, b) => Number(a.assessorId) - Number(b.assessorId))
}
