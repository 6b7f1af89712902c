import type { Axis } from '#surveys/domain/model'
import { flagResponse } from '#surveys/domain/quality'
import { DEMO_WRITING } from './comments.ts'

/**
 * Simulated survey answers for the demo assessment, modelled on the source report: from a seeded
 * generator, so every run gives the same responses and the same matrix. Under the default
 * settings the material tier is exactly the report's confirmed issues 7, 10, 15, 29 and 30.
 */

/** Respondents per group: about 70 in all, employees and customers the largest. */
export const DEMO_GROUP_SIZES: Record<string, number> = {
  government: 6,
  investors: 10,
  customers: 16,
  employees: 22,
  suppliers: 9,
  community: 8,
}

export const DEMO_MATERIAL = ['7', '10', '15', '29', '30']

const STRAIGHT_LINER = 20
const SPEEDER = 45

/** Mean answers [impact, stakeholder] per issue code; the others get spread()'s. */
const MEANS: Record<string, [number, number]> = {
  // The report's material issues: high on both axes.
  '7': [4.5, 4.4],
  '10': [4.4, 4.5],
  '15': [4.5, 4.5],
  '29': [4.6, 4.5],
  '30': [4.4, 4.6],
  // High on one axis only: review under the `both` rule.
  '3': [4.1, 2.7],
  '9': [4.0, 2.8],
  '16': [4.0, 2.6],
  '13': [2.7, 4.0],
  '23': [2.8, 4.1],
  '28': [2.6, 4.0],
}

/** The rest: around 2.6, spread a little by code so the points do not sit in one heap. */
function spread(code: string): [number, number] {
  const k = Number.parseInt(code, 10) || 0
  return [2.6 + (((k * 7) % 5) - 2) * 0.15, 2.5 + (((k * 3) % 5) - 2) * 0.15]
}

/** Each group cares a little more about its own issues. */
const GROUP_INTERESTS: Record<string, readonly string[]> = {
  government: ['1', '12', '19', '31'],
  investors: ['3', '9', '31'],
  customers: ['23', '24', '26', '29'],
  employees: ['13', '14', '15', '16', '17'],
  suppliers: ['20', '21', '22'],
  community: ['11', '32', '33'],
}

export interface DemoIssue {
  id: number
  code: string
}

export interface DemoRespondent {
  groupKey: string
  ratings: { issueId: number; axis: Axis; score: number | null }[]
  flags: string[]
  locale: string
  comments: { issueId: number; body: string }[]
  suggestedIssues: string | null
}

/** Another year's respondents: their mean answers moved per issue code, and what they wrote. */
export interface DemoYear {
  /** [impact, stakeholder] added to the mean answers of an issue code. */
  shifts?: Readonly<Record<string, readonly [number, number]>>
  /** Whether some respondents write comments and suggest issues (DEMO_WRITING); default yes. */
  writing?: boolean
}

/** The demo's respondents, the same for the same seed. */
export function demoRespondents(
  issues: readonly DemoIssue[],
  seed = 2023,
  year: DemoYear = {},
): DemoRespondent[] {
  const random = mulberry32(seed)
  const respondents: DemoRespondent[] = []
  for (const [groupKey, size] of Object.entries(DEMO_GROUP_SIZES)) {
    for (let i = 0; i < size; i++) {
      respondents.push(respondent(groupKey, issues, random, year.shifts ?? {}))
    }
  }
  // One straight-liner and one speeder, as real surveys have: flagged, and kept by default.
  return respondents.map((respondent, i) => {
    const written = withWriting(respondent, i, issues, year.writing !== false)
    if (i === STRAIGHT_LINER) return straightLiner(written)
    if (i === SPEEDER) return { ...written, flags: flagsOf(written, 60) }
    return written
  })
}

/** The language each respondent answered in, and what some of them wrote (DEMO_WRITING). */
function withWriting(
  respondent: DemoRespondent,
  index: number,
  issues: readonly DemoIssue[],
  writes: boolean,
): DemoRespondent {
  const writing = writes ? DEMO_WRITING[index] : undefined
  if (!writing) return { ...respondent, locale: LOCALE_MIX[index % LOCALE_MIX.length] ?? 'en' }
  const idOf = new Map(issues.map((issue) => [issue.code, issue.id]))
  return {
    ...respondent,
    locale: writing.locale,
    comments: writing.comments.flatMap(({ code, body }) => {
      const issueId = idOf.get(code)
      return issueId === undefined ? [] : [{ issueId, body }]
    }),
    suggestedIssues: writing.suggestedIssues ?? null,
  }
}

/** Most answer in 繁體中文 or English, some in 简体中文. */
const LOCALE_MIX = ['zh-Hant', 'en', 'zh-Hant', 'zh-Hans', 'en']

function respondent(
  groupKey: string,
  issues: readonly DemoIssue[],
  random: () => number,
  shifts: Readonly<Record<string, readonly [number, number]>>,
): DemoRespondent {
  const interests = GROUP_INTERESTS[groupKey] ?? []
  const ratings = issues.flatMap((issue) => {
    const [baseImpact, baseStakeholder] = MEANS[issue.code] ?? spread(issue.code)
    const [shiftImpact, shiftStakeholder] = shifts[issue.code] ?? [0, 0]
    const impact = baseImpact + shiftImpact
    const stakeholder = baseStakeholder + shiftStakeholder
    const bonus = interests.includes(issue.code) ? 0.4 : 0
    return (['impact', 'stakeholder'] as const).map((axis) => ({
      issueId: issue.id,
      axis,
      score: answer((axis === 'impact' ? impact : stakeholder) + bonus, random),
    }))
  })
  const minutes = 5 + random() * 15
  const result = {
    groupKey,
    ratings,
    flags: [] as string[],
    locale: 'en',
    comments: [],
    suggestedIssues: null,
  }
  result.flags = flagsOf(result, minutes * 60)
  return result
}

function straightLiner(respondent: DemoRespondent): DemoRespondent {
  const ratings = respondent.ratings.map((rating) => ({ ...rating, score: 4 }))
  const result = { ...respondent, ratings }
  return { ...result, flags: flagsOf(result, 300) }
}

function flagsOf(respondent: DemoRespondent, seconds: number): string[] {
  const startedAt = new Date(0)
  const submittedAt = new Date(seconds * 1000)
  return flagResponse({ scores: respondent.ratings.map((r) => r.score), startedAt, submittedAt })
}

/** A 1–5 answer around `mean`, or "don't know" one time in 25. */
function answer(mean: number, random: () => number): number | null {
  if (random() < 0.04) return null
  const score = Math.round(mean + 0.8 * gaussian(random))
  return Math.min(5, Math.max(1, score))
}

function gaussian(random: () => number): number {
  // Box–Muller; 1 − u keeps the logarithm's argument above 0.
  const u = 1 - random()
  const v = random()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
}

/** mulberry32: a small, well-known seeded generator (same sequence on every platform). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
