import * as v from 'valibot'
import { Horizon, type IroType, IroType as IroTypeSchema, ValueChainStage } from '../domain/iros.ts'
import { Locale } from '../i18n/locales.ts'
import { MAX_LIST_ENTRIES, withoutBidiControls } from '../reports/plain-text.ts'
import { type ComponentKey, iroComponents } from '../scoring/double-materiality.ts'

const Text = (max: number, required: string) =>
  v.pipe(
    v.string(required),
    withoutBidiControls,
    v.trim(),
    v.minLength(1, required),
    v.maxLength(max, `Use at most ${max} characters.`),
  )

/** A list without repeats, e.g. the value-chain stages of an IRO. */
const UniqueList = <T extends v.GenericSchema<unknown, string>>(item: T, max: number) =>
  v.pipe(
    v.array(item),
    v.maxLength(max, `List at most ${max}.`),
    v.check((list) => new Set(list).size === list.length, 'Name each one once.'),
  )

/** A piece of evidence behind an IRO: a link (http or https), a note, or both. */
export const IroEvidence = v.pipe(
  v.object({
    url: v.optional(
      v.pipe(
        v.string(),
        v.trim(),
        v.maxLength(2000, 'Use at most 2000 characters.'),
        v.url('Enter a full address, e.g. https://example.com/report.pdf.'),
        v.regex(/^https?:\/\//i, 'Use an http or https address.'),
      ),
    ),
    note: v.optional(Text(2000, 'Write a note.')),
  }),
  v.check((entry) => Boolean(entry.url || entry.note), 'Give a link, a note or both.'),
)
export type IroEvidence = v.InferOutput<typeof IroEvidence>

const IroFields = {
  /** The topic (issue of the assessment) the IRO belongs to. */
  issueId: v.pipe(v.string('Choose a topic.'), v.trim(), v.minLength(1, 'Choose a topic.')),
  type: IroTypeSchema,
  /** Actual (it happens) or potential (it may happen). */
  actual: v.boolean('Say whether it is actual or potential.'),
  humanRights: v.optional(v.boolean(), false),
  valueChain: v.optional(UniqueList(ValueChainStage, 3), []),
  horizons: v.optional(UniqueList(Horizon, 3), []),
  description: Text(4000, 'Describe the impact, risk or opportunity.'),
  /** Who is or may be affected, e.g. "employees", "communities near our data centres". */
  affectedStakeholders: v.optional(
    v.pipe(v.array(Text(200, 'Name who is affected.')), v.maxLength(MAX_LIST_ENTRIES)),
    [],
  ),
  evidence: v.optional(v.pipe(v.array(IroEvidence), v.maxLength(MAX_LIST_ENTRIES)), []),
  /** The person or function answerable for it; null for nobody yet. */
  owner: v.optional(v.nullable(Text(200, 'Name the owner.')), null),
}

/** POST …/iros: a new impact, risk or opportunity under one topic. */
export const CreateIroBody = v.object(IroFields)
export type CreateIroBody = v.InferOutput<typeof CreateIroBody>

/** PATCH …/iros/:iroId: the fields given change; the others stay. */
export const UpdateIroBody = v.object({
  issueId: v.optional(IroFields.issueId),
  type: v.optional(IroFields.type),
  actual: v.optional(IroFields.actual),
  humanRights: v.optional(v.boolean()),
  valueChain: v.optional(UniqueList(ValueChainStage, 3)),
  horizons: v.optional(UniqueList(Horizon, 3)),
  description: v.optional(IroFields.description),
  affectedStakeholders: v.optional(
    v.pipe(v.array(Text(200, 'Name who is affected.')), v.maxLength(MAX_LIST_ENTRIES)),
  ),
  evidence: v.optional(v.pipe(v.array(IroEvidence), v.maxLength(MAX_LIST_ENTRIES))),
  owner: v.optional(v.nullable(Text(200, 'Name the owner.'))),
})
export type UpdateIroBody = v.InferOutput<typeof UpdateIroBody>

/** One point of an anchored 1–5 scale, or null: not scored (never 0). */
export const IroScore = v.optional(
  v.nullable(
    v.pipe(
      v.number('Use a whole number from 1 to 5.'),
      v.integer('Use a whole number from 1 to 5.'),
      v.minValue(1, 'Use a whole number from 1 to 5.'),
      v.maxValue(5, 'Use a whole number from 1 to 5.'),
    ),
  ),
)

const HorizonScores = v.optional(
  v.object({ magnitude: IroScore, likelihood: IroScore }, 'Give magnitude and likelihood.'),
)

/**
 * PUT …/iros/:iroId/scores: the signed-in assessor's scores. Impacts `{ scale, scope,
 * irremediability?, likelihood? }`; risks and opportunities `{ horizons: { short?: { magnitude,
 * likelihood }, medium?, long? } }`. Which fields an IRO takes is checked by `misplacedScores`.
 */
export const IroScoresBody = v.object({
  scale: IroScore,
  scope: IroScore,
  irremediability: IroScore,
  likelihood: IroScore,
  horizons: v.optional(
    v.object({ short: HorizonScores, medium: HorizonScores, long: HorizonScores }),
  ),
})
export type IroScoresBody = v.InferOutput<typeof IroScoresBody>

const PER_HORIZON =
  'Risks and opportunities are scored on magnitude and likelihood per time horizon.'

function misplacedMessage(type: IroType, field: string): string {
  if (type === 'risk' || type === 'opportunity') {
    return field === 'horizon'
      ? 'Score only the time horizons of this risk or opportunity.'
      : PER_HORIZON
  }
  if (field === 'horizon')
    return 'Impacts are scored on scale, scope, irremediability and likelihood, not per horizon.'
  if (field === 'irremediability') return 'Only negative impacts are scored on irremediability.'
  return 'Actual impacts have no likelihood.'
}

/**
 * The fields of a scores body that this IRO does not take, with a message each, e.g. a
 * likelihood on an actual impact or a horizon a risk was not assessed over. Empty when it fits.
 * @example misplacedScores({ type: 'positive-impact', actual: true, horizons: [] }, { irremediability: 3 })
 */
export function misplacedScores(
  iro: { type: IroType; actual: boolean; horizons: readonly Horizon[] },
  body: IroScoresBody,
): Record<string, string> {
  const allowed = new Set<ComponentKey>(iroComponents(iro))
  const errors: Record<string, string> = {}
  for (const key of ['scale', 'scope', 'irremediability', 'likelihood'] as const) {
    if (body[key] !== undefined && body[key] !== null && !allowed.has(key)) {
      errors[key] = misplacedMessage(iro.type, key)
    }
  }
  for (const [horizon, score] of Object.entries(body.horizons ?? {})) {
    if (!score) continue
    const given = score.magnitude != null || score.likelihood != null
    if (!given) continue
    if (!allowed.has(`${horizon as Horizon}.magnitude`)) {
      errors[`horizons.${horizon}`] = misplacedMessage(iro.type, 'horizon')
    }
  }
  return errors
}

/** GET …/iros.csv: `lang` is the language of the headings, topic names and labels. */
export const IroExportQuery = v.object({ lang: v.optional(Locale, 'en') })
export type IroExportQuery = v.InferOutput<typeof IroExportQuery>
