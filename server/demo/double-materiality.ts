import { listIssues } from '#db/queries/assessments'
import { findUserByEmail, insertMembership, insertUser, type User } from '#db/queries/users'
import type { Horizon, IroScores, IroType, ValueChainStage } from '#surveys/domain/iros'
import type { AppDeps, SessionUser } from '../context.ts'
import { changeAssessment } from '../services/assessment-update.ts'
import { createAssessment } from '../services/assessments.ts'
import { assignIros, remindAssessor, setIroAssessors } from '../services/iro-assignments.ts'
import { createIro, scoreIro } from '../services/iros.ts'
import { hashPassword } from '../services/passwords.ts'
import { newToken } from '../services/tokens.ts'

/** The demo's assessors: nobody signs in as them; their scores are already in. */
export const DEMO_ASSESSORS = {
  cto: { email: 'cto@materiality.example', name: 'Chief technology officer (demo)' },
  cfo: { email: 'cfo@materiality.example', name: 'Chief financial officer (demo)' },
  people: { email: 'people@materiality.example', name: 'Head of people (demo)' },
} as const

type Who = keyof typeof DEMO_ASSESSORS | 'admin'

interface DemoIro {
  code: string
  type: IroType
  actual: boolean
  humanRights?: boolean
  valueChain: ValueChainStage[]
  horizons?: Horizon[]
  description: string
  affected?: string[]
  owner: string
  /** Assigned by hand, replacing who its topic's assignment gave it. */
  assignees?: Who[]
  /** Each assessor's scores; an assessor left out has not scored it yet. */
  scores: Partial<Record<Who, IroScores>>
}

const mh = (magnitude: number, likelihood: number) => ({ magnitude, likelihood })

/**
 * An IRO register for a generative-AI and voice-technology company like the source report's:
 * AI products, data privacy, the energy use of computing, labour at contract manufacturers and
 * talent. Some assessors disagree (2 points or more) and some have not finished.
 */
const REGISTER: readonly DemoIro[] = [
  {
    code: 'E1.2',
    type: 'negative-impact',
    actual: true,
    valueChain: ['upstream', 'own-operations'],
    description:
      'Greenhouse-gas emissions from the electricity that trains and serves our large language models in leased data centres',
    affected: ['Everyone affected by climate change'],
    owner: 'Chief technology officer',
    scores: {
      cto: { scale: 3, scope: 3, irremediability: 3 },
      admin: { scale: 3, scope: 4, irremediability: 3 },
    },
  },
  {
    code: 'E1.2',
    type: 'risk',
    actual: false,
    valueChain: ['own-operations'],
    horizons: ['medium', 'long'],
    description:
      'Carbon prices and energy-efficiency rules for data centres raise the cost of computing',
    owner: 'Chief financial officer',
    scores: {
      cfo: { horizons: { medium: mh(3, 3), long: mh(4, 3) } },
      cto: { horizons: { medium: mh(2, 3), long: mh(3, 3) } },
    },
  },
  {
    code: 'E1.3',
    type: 'risk',
    actual: false,
    valueChain: ['upstream'],
    horizons: ['short', 'medium'],
    description: 'Power shortages and price spikes for GPU clusters delay model training',
    owner: 'Chief technology officer',
    scores: {
      cto: { horizons: { short: mh(4, 3), medium: mh(4, 3) } },
      cfo: { horizons: { short: mh(3, 3), medium: mh(4, 4) } },
    },
  },
  {
    code: 'E1.3',
    type: 'opportunity',
    actual: false,
    valueChain: ['own-operations', 'downstream'],
    horizons: ['medium'],
    description: 'Energy-efficient on-device speech models lower serving costs and win customers',
    owner: 'Chief technology officer',
    scores: { cto: { horizons: { medium: mh(3, 3) } }, cfo: { horizons: { medium: mh(2, 3) } } },
  },
  {
    code: 'E1.1',
    type: 'risk',
    actual: false,
    valueChain: ['upstream', 'own-operations'],
    horizons: ['long'],
    description: 'Heatwaves and floods disrupt data centres and contract manufacturers',
    owner: 'Chief financial officer',
    scores: { cfo: { horizons: { long: mh(3, 2) } } },
  },
  {
    code: 'S4.1',
    type: 'negative-impact',
    actual: false,
    humanRights: true,
    valueChain: ['downstream'],
    description:
      'Voice recordings and chat logs of users exposed in a data breach or used beyond their consent',
    affected: ['Consumers', 'Enterprise customers’ end-users'],
    owner: 'Data protection officer',
    scores: {
      cto: { scale: 4, scope: 4, irremediability: 4, likelihood: 2 },
      admin: { scale: 4, scope: 3, irremediability: 4, likelihood: 3 },
    },
  },
  {
    code: 'S4.1',
    type: 'risk',
    actual: false,
    valueChain: ['own-operations'],
    horizons: ['short'],
    description: 'Fines and lost enterprise contracts after a privacy incident (PIPL, PDPO)',
    owner: 'General counsel',
    assignees: ['cto', 'cfo'],
    scores: { cfo: { horizons: { short: mh(4, 3) } }, cto: { horizons: { short: mh(4, 2) } } },
  },
  {
    code: 'S4.2',
    type: 'negative-impact',
    actual: false,
    valueChain: ['downstream'],
    description:
      'Generated content that is false, harmful or infringing reaches users of our AIGC products',
    affected: ['Consumers', 'Creators'],
    owner: 'Head of AI safety',
    // The CTO and the admin are 3 points apart on scale: a disagreement to discuss.
    scores: {
      cto: { scale: 2, scope: 4, irremediability: 2, likelihood: 3 },
      admin: { scale: 5, scope: 4, irremediability: 3, likelihood: 3 },
    },
  },
  {
    code: 'S4.2',
    type: 'opportunity',
    actual: false,
    valueChain: ['downstream'],
    horizons: ['medium'],
    description: 'Enterprises choose AI copilots they can trust: safety as a selling point',
    owner: 'Head of enterprise sales',
    assignees: ['cto', 'cfo'],
    scores: { cfo: { horizons: { medium: mh(4, 4) } }, cto: { horizons: { medium: mh(4, 3) } } },
  },
  {
    code: 'S4.3',
    type: 'positive-impact',
    actual: true,
    valueChain: ['downstream'],
    description:
      'Voice interaction and AI dubbing make digital services usable for older people and people with low vision',
    affected: ['Older people', 'People with visual impairments'],
    owner: 'Head of product',
    scores: { cto: { scale: 3, scope: 3 }, admin: { scale: 3, scope: 2 } },
  },
  {
    code: 'S2.1',
    type: 'negative-impact',
    actual: false,
    humanRights: true,
    valueChain: ['upstream'],
    description:
      'Excessive overtime and low wages at the contract manufacturers of our smart watches and devices',
    affected: ['Workers at contract manufacturers'],
    owner: 'Head of supply chain',
    // 3 points apart on scale; the survey reached no factory workers and rates it lower.
    scores: {
      people: { scale: 5, scope: 3, irremediability: 3, likelihood: 3 },
      admin: { scale: 2, scope: 3, irremediability: 2, likelihood: 2 },
    },
  },
  {
    code: 'S1.2',
    type: 'risk',
    actual: false,
    valueChain: ['own-operations'],
    horizons: ['short', 'medium'],
    description: 'Losing AI researchers and engineers to better-funded competitors',
    owner: 'Head of people',
    assignees: ['people', 'cfo'],
    scores: {
      people: { horizons: { short: mh(4, 4), medium: mh(4, 3) } },
      cfo: { horizons: { short: mh(3, 4) } },
    },
  },
  {
    code: 'S1.2',
    type: 'positive-impact',
    actual: true,
    valueChain: ['own-operations'],
    description: 'Training and skills development in AI for our engineers and staff',
    affected: ['Employees'],
    owner: 'Head of people',
    scores: { people: { scale: 3, scope: 2 } },
  },
  {
    code: 'S1.1',
    type: 'negative-impact',
    actual: false,
    valueChain: ['own-operations'],
    description: 'Long working hours in product sprints harm employees’ health',
    affected: ['Employees'],
    owner: 'Head of people',
    // Assigned to the head of people, not yet scored: their progress shows it.
    scores: { admin: { scale: 3, scope: 3, irremediability: 2, likelihood: 3 } },
  },
  {
    code: 'G1.6',
    type: 'negative-impact',
    actual: false,
    valueChain: ['own-operations', 'downstream'],
    description: 'Bribery in sales to government and state-owned enterprise customers',
    owner: 'General counsel',
    scores: { admin: { scale: 3, scope: 2, irremediability: 2, likelihood: 1 } },
  },
]

/** Who is assigned which topics; `assignees` above then changes single IROs by hand. */
const TOPIC_ASSIGNMENTS: Partial<Record<Who, string[]>> = {
  cto: ['E1.2', 'E1.3', 'S4.1', 'S4.2', 'S4.3'],
  cfo: ['E1.1', 'E1.2', 'E1.3'],
  people: ['S1.1', 'S1.2', 'S2.1'],
}

/**
 * Stakeholders' answers on the ESRS topics, as shifts from the demo's default means (about 2.3
 * on impact, 2.2 on the stakeholder axis): privacy and AI safety matter most to them. Investors
 * see little in talent and the survey reached no factory workers, both of which the experts score
 * higher: differences of 1.0 or more that need a rationale.
 */
export const DOUBLE_SURVEY_SHIFTS: Record<string, readonly [number, number]> = {
  'S4.1': [1.9, 1.7],
  'S4.2': [1.3, 1.2],
  'E1.2': [0.9, 0.9],
  'E1.3': [0.6, 0.9],
  'S2.1': [-0.5, 0.2],
  'S1.1': [0.9, 0.3],
  'S1.2': [0.6, 0.2],
}

/**
 * The double-materiality demo (issue 15.10): FY2024 on the ESRS topics with the company's
 * magnitude bands, opened, its IRO register scored by three assessors and the admin (some
 * disagreeing, one not finished and reminded), and `seedSurvey` adding the stakeholder survey.
 */
export async function loadDoubleMaterialityDemo(
  deps: AppDeps,
  admin: SessionUser,
  session: (user: User) => Promise<SessionUser>,
  seedSurvey: (assessmentId: number) => Promise<number>,
  /** The earlier double-materiality year it is copied forward from (same topics, groups). */
  previousId?: number,
) {
  const organisationId = admin.memberships[0]!.organisationId
  const created = await createAssessment(deps, admin, {
    name: 'FY2024 double materiality (demo)',
    periodStart: '2024-01-01',
    periodEnd: '2024-12-31',
    library: 'esrs',
    method: 'double',
    ...(previousId ? { copyFrom: String(previousId) } : {}),
  })
  const id = Number(created.id)
  await changeAssessment(deps, admin, id, {
    settings: {
      doubleMateriality: {
        formula: 'mode-b',
        thresholds: { impact: 3, financial: 3 },
        magnitudeBands: { basis: 'EBITDA', limits: [0.5, 1, 2.5, 5] },
      },
    },
  })
  await changeAssessment(deps, admin, id, { status: 'open' })
  const people: Record<Who, SessionUser> = {
    admin,
    ...(await assessors(deps, organisationId, session)),
  }
  const topicId = new Map(
    (await listIssues(deps.database.db, id)).map((issue) => [issue.code, String(issue.id)]),
  )
  const iroIds: string[] = []
  for (const iro of REGISTER) {
    const saved = await createIro(deps, admin, id, {
      issueId: topicId.get(iro.code)!,
      type: iro.type,
      actual: iro.actual,
      humanRights: iro.humanRights ?? false,
      valueChain: iro.valueChain,
      horizons: iro.horizons ?? [],
      description: iro.description,
      affectedStakeholders: iro.affected ?? [],
      evidence: [],
      owner: iro.owner,
    })
    iroIds.push(saved.id)
  }
  for (const [who, codes] of Object.entries(TOPIC_ASSIGNMENTS)) {
    await assignIros(deps, admin, id, {
      assessorIds: [String(people[who as Who].id)],
      issueIds: codes.map((code) => topicId.get(code)!),
      iroIds: [],
    })
  }
  for (const [index, iro] of REGISTER.entries()) {
    if (!iro.assignees) continue
    await setIroAssessors(deps, admin, id, Number(iroIds[index]), {
      assessorIds: iro.assignees.map((who) => String(people[who].id)),
    })
  }
  for (const [index, iro] of REGISTER.entries()) {
    for (const [who, scores] of Object.entries(iro.scores)) {
      await scoreIro(deps, people[who as Who], id, Number(iroIds[index]), scores)
    }
  }
  await remindAssessor(deps, admin, id, {
    assessorId: String(people.people.id),
    note: 'Could you score the working-hours impact before the board meeting on Friday?',
  })
  const responses = await seedSurvey(id)
  return { doubleId: id, iros: REGISTER.length, doubleResponses: responses }
}

async function assessors(
  deps: AppDeps,
  organisationId: number,
  session: (user: User) => Promise<SessionUser>,
): Promise<Record<keyof typeof DEMO_ASSESSORS, SessionUser>> {
  const { db } = deps.database
  const entries = await Promise.all(
    Object.entries(DEMO_ASSESSORS).map(async ([key, { email, name }]) => {
      let user = await findUserByEmail(db, email)
      if (!user) {
        const passwordHash = await hashPassword(newToken(24), deps.config.passwordCostLog2)
        user = await insertUser(db, { email, name, passwordHash })
        await insertMembership(db, { userId: user.id, organisationId, role: 'assessor' })
      }
      return [key, await session(user)] as const
    }),
  )
  return Object.fromEntries(entries) as Record<keyof typeof DEMO_ASSESSORS, SessionUser>
}
