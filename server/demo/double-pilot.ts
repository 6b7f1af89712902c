import { listIssues } from '#db/queries/assessments'
import type { Horizon, IroScores, IroType } from '#surveys/domain/iros'
import type { AppDeps, SessionUser } from '../context.ts'
import { decideApproval } from '../services/approval.ts'
import { changeAssessment } from '../services/assessment-update.ts'
import { createAssessment } from '../services/assessments.ts'
import { confirmAssessment, getConfirmationState } from '../services/confirmation.ts'
import { createIro, scoreIro } from '../services/iros.ts'

const CLIMATE =
  'A first pass: our data centres are leased, and the emissions and transition risks scored below the thresholds.'

interface PilotIro {
  code: string
  type: IroType
  /** An actual impact has no likelihood; the rest are potential. */
  actual?: boolean
  horizons?: Horizon[]
  description: string
  scores: IroScores
}

const mh = (magnitude: number, likelihood: number) => ({ magnitude, likelihood })

/**
 * A small register scored by the admin alone. By METHOD-MODE-B.md: emissions I = 2 and the
 * energy-price risk F = √(2·2) = 2 (not material; FY2024 finds both higher), the privacy harm
 * I = min(10/3, (10/3 + 4)/2) = 10/3 and its fine risk F = 3 (material), misleading AI output
 * I = min(5/3, (5/3 + 2)/2) = 5/3 with the trust opportunity F = √6 (not material), working hours
 * I = 10/3 (material; FY2024's assessors score it lower) and the carbon-price risk F = 3.
 */
const PILOT: readonly PilotIro[] = [
  {
    code: 'E1.2',
    type: 'negative-impact',
    actual: true,
    description: 'Emissions from the electricity our models use',
    scores: { scale: 2, scope: 2, irremediability: 2 },
  },
  {
    code: 'E1.2',
    type: 'risk',
    horizons: ['long'],
    description: 'Rising electricity prices for computing',
    scores: { horizons: { long: mh(2, 2) } },
  },
  {
    code: 'S4.1',
    type: 'negative-impact',
    description: 'A leak of voice recordings',
    scores: { scale: 4, scope: 3, irremediability: 3, likelihood: 4 },
  },
  {
    code: 'S4.1',
    type: 'risk',
    horizons: ['medium'],
    description: 'Fines for a breach of customer data',
    scores: { horizons: { medium: mh(3, 3) } },
  },
  {
    code: 'S4.2',
    type: 'negative-impact',
    description: 'Misleading answers from our assistant',
    scores: { scale: 2, scope: 2, irremediability: 1, likelihood: 2 },
  },
  {
    code: 'S4.2',
    type: 'opportunity',
    horizons: ['medium'],
    description: 'Customers choosing a trustworthy assistant',
    scores: { horizons: { medium: mh(2, 3) } },
  },
  {
    code: 'S1.1',
    type: 'negative-impact',
    description: 'Long working hours before launches',
    scores: { scale: 4, scope: 3, irremediability: 3, likelihood: 4 },
  },
  {
    code: 'E1.3',
    type: 'risk',
    horizons: ['long'],
    description: 'A carbon price on data-centre electricity',
    scores: { horizons: { long: mh(3, 3) } },
  },
]

/**
 * FY2023's double-materiality pilot (demo): a small IRO register on the ESRS topics, scored,
 * confirmed by the reviewer as proposed (climate explained) and approved by the admin, so the
 * FY2024 assessment copied forward from it shows year over year on its matrix. Returns its id.
 */
export async function loadDoublePilot(
  deps: AppDeps,
  admin: SessionUser,
  reviewer: SessionUser,
): Promise<number> {
  const created = await createAssessment(deps, admin, {
    name: 'FY2023 double materiality pilot (demo)',
    periodStart: '2023-01-01',
    periodEnd: '2023-12-31',
    library: 'esrs',
    method: 'double',
  })
  const id = Number(created.id)
  const topicId = new Map(
    (await listIssues(deps.database.db, id)).map((issue) => [issue.code, String(issue.id)]),
  )
  const iroIds: string[] = []
  for (const iro of PILOT) {
    const saved = await createIro(deps, admin, id, {
      issueId: topicId.get(iro.code)!,
      type: iro.type,
      actual: iro.actual ?? false,
      humanRights: false,
      valueChain: ['own-operations'],
      horizons: iro.horizons ?? [],
      description: iro.description,
      affectedStakeholders: [],
      evidence: [],
      owner: null,
    })
    iroIds.push(saved.id)
  }
  await changeAssessment(deps, admin, id, { status: 'open' })
  for (const [index, iro] of PILOT.entries()) {
    await scoreIro(deps, admin, id, Number(iroIds[index]), iro.scores)
  }
  await changeAssessment(deps, admin, id, { status: 'closed' })
  const { computed } = await getConfirmationState(deps, reviewer, id)
  const decisions = (computed ?? []).map((topic) => ({
    issueId: topic.issueId,
    material: topic.tier === 'material',
    rationale: topic.explainIfNotMaterial && topic.tier !== 'material' ? CLIMATE : null,
  }))
  const order = decisions.filter((d) => d.material).map((d) => d.issueId)
  const confirmed = await confirmAssessment(deps, reviewer, id, { decisions, order })
  await decideApproval(deps, admin, id, {
    decision: 'approve',
    ...confirmed,
    comment: 'Approved as a pilot.',
  })
  return id
}
