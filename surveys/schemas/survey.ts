import * as v from 'valibot'
import { Locale } from '../i18n/locales.ts'
import { withoutBidiControls } from '../reports/plain-text.ts'

// Not imported from ./assessments.ts or ../domain.ts: their other schemas (and the issue
// libraries) would land in the survey bundle, which must stay small.
const Axis = v.picklist(['impact', 'stakeholder'], 'Use impact or stakeholder.')
const IdString = v.pipe(v.string('Use an id.'), v.regex(/^[1-9]\d{0,14}$/, 'Use an id.'))

export const MAX_COMMENT_LENGTH = 2000
/** More than any questionnaire has (issues × axes); stops huge bodies before the database. */
export const MAX_RATINGS = 1000
/** No 0/O, 1/I/L: a code read aloud or copied from paper survives. */
export const RESUME_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
/** 16 characters of 31: 16 × log2(31) ≈ 79 bits, far past guessing at 100 misses per 15 minutes. */
export const RESUME_CODE_LENGTH = 16
/** Shown and typed in groups of four: K7QM-3XHP-R2TD-9WNA. */
export const RESUME_GROUP_LENGTH = 4

export const Score = v.nullable(
  v.pipe(
    v.number('Give a score or "don\'t know".'),
    v.integer('Use a whole number.'),
    v.minValue(1, 'The lowest score is 1.'),
    v.maxValue(7, 'The highest score is 7.'),
  ),
)

export const Rating = v.object({ issueId: IdString, axis: Axis, score: Score })
export type Rating = v.InferOutput<typeof Rating>

const CommentText = v.pipe(
  v.string(),
  withoutBidiControls,
  v.trim(),
  v.maxLength(MAX_COMMENT_LENGTH, `Use at most ${MAX_COMMENT_LENGTH} characters.`),
)

/** A resume code as typed: any case, with or without the dashes or spaces between groups. */
export const ResumeCode = v.pipe(
  v.string(),
  v.maxLength(64, 'Enter the 16-character code.'),
  v.toUpperCase(),
  v.transform((code) => code.replace(/[\s-]/g, '')),
  v.regex(/^[2-9A-HJKMNP-Z]{16}$/, 'Enter the 16-character code.'),
)

/**
 * A resume code as shown: groups of four joined by dashes.
 * @example formatResumeCode('K7QM3XHPR2TD9WNA') // 'K7QM-3XHP-R2TD-9WNA'
 */
export function formatResumeCode(code: string): string {
  return code.match(new RegExp(`.{1,${RESUME_GROUP_LENGTH}}`, 'g'))?.join('-') ?? ''
}

const Uuid = v.pipe(v.string(), v.uuid('Use a UUID.'))
const Timestamp = v.pipe(v.string(), v.isoTimestamp('Use a date and time.'))

/** POST /api/survey/:token/submit: a whole response, every item rated or "don't know". */
export const SubmitBody = v.pipe(
  v.object({
    submissionId: Uuid,
    locale: Locale,
    ratings: v.pipe(
      v.array(Rating),
      v.minLength(1, 'Answer the questions.'),
      v.maxLength(MAX_RATINGS, 'Too many ratings.'),
    ),
    comments: v.optional(
      v.pipe(
        v.array(v.object({ issueId: IdString, body: CommentText })),
        v.maxLength(MAX_RATINGS),
        v.check(
          (comments) => new Set(comments.map((c) => c.issueId)).size === comments.length,
          'One comment per issue.',
        ),
      ),
      [],
    ),
    suggestedIssues: v.optional(v.nullable(CommentText)),
    /** When the respondent first answered, for the speeding flag. */
    startedAt: v.optional(Timestamp),
    /** An open link's per-browser id: one response per browser. */
    browserId: v.optional(Uuid),
    /** An open link's draft to delete once the response is in. */
    resumeCode: v.optional(ResumeCode),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return
    const { ratings } = dataset.value
    const seen = new Set<string>()
    ratings.forEach((rating, index) => {
      const key = `${rating.issueId}:${rating.axis}`
      if (!seen.has(key)) {
        seen.add(key)
        return
      }
      // Name the repeated entry, ratings.N, so the error points at it.
      addIssue({
        message: 'This issue and axis are answered twice.',
        path: [
          { type: 'object', origin: 'value', input: dataset.value, key: 'ratings', value: ratings },
          { type: 'array', origin: 'value', input: ratings, key: index, value: rating },
        ],
      })
    })
  }),
)
export type SubmitBody = v.InferOutput<typeof SubmitBody>

/** What a draft holds: answers keyed `issueId:axis`, comments keyed by issue id. */
export const DraftAnswers = v.object({
  ratings: v.pipe(
    v.record(v.pipe(v.string(), v.regex(/^\d{1,15}:(impact|stakeholder)$/)), Score),
    v.check((r) => Object.keys(r).length <= MAX_RATINGS, 'Too many ratings.'),
  ),
  comments: v.pipe(
    v.record(v.pipe(v.string(), v.regex(/^\d{1,15}$/)), CommentText),
    v.check((c) => Object.keys(c).length <= MAX_RATINGS, 'Too many comments.'),
  ),
  suggestedIssues: CommentText,
  startedAt: v.optional(Timestamp),
})
export type DraftAnswers = v.InferOutput<typeof DraftAnswers>

/** PUT /api/survey/:token/draft. */
export const DraftBody = v.object({
  answers: DraftAnswers,
  locale: Locale,
  resumeCode: v.optional(ResumeCode),
})
export type DraftBody = v.InferOutput<typeof DraftBody>

export const SurveyQuery = v.object({
  locale: v.optional(Locale),
  /** An open link's browser id: tells the page this browser has answered already. */
  browser: v.optional(Uuid),
})

export const DraftQuery = v.object({ resume: v.optional(ResumeCode) })
