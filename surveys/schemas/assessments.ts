import * as v from 'valibot'
import { DoubleMaterialitySettings } from '../domain/double-materiality.ts'
import { AssessmentMethod, AXES } from '../domain/model.ts'
import { AssessmentSettings } from '../domain/settings.ts'
import { ISSUE_LIBRARIES, type IssueLibraryKey } from '../libraries/index.ts'
import { withoutBidiControls } from '../reports/plain-text.ts'

/** Ids travel as strings of digits. */
export const IdString = v.pipe(v.string('Use an id.'), v.regex(/^[1-9]\d{0,14}$/, 'Use an id.'))

export const IsoDate = v.pipe(
  v.string('Use a date like 2025-12-31.'),
  v.isoDate('Use a date like 2025-12-31.'),
)

/** Why a locked setting or a closed assessment changes; written to the audit log. */
export const Reason = v.pipe(
  v.string('Say why.'),
  withoutBidiControls,
  v.trim(),
  v.maxLength(2000, 'Use at most 2000 characters.'),
)

const LIBRARY_KEYS = Object.keys(ISSUE_LIBRARIES) as [IssueLibraryKey, ...IssueLibraryKey[]]

const AssessmentName = v.pipe(
  v.string('Enter a name.'),
  withoutBidiControls,
  v.trim(),
  v.nonEmpty('Enter a name, e.g. FY2025 materiality assessment.'),
  v.maxLength(200, 'Use at most 200 characters.'),
)

interface Period {
  periodStart?: string | null | undefined
  periodEnd?: string | null | undefined
}

/** Whether a period, where both ends are given, ends no earlier than it starts. */
export const periodInOrder = ({ periodStart, periodEnd }: Period) =>
  !periodStart || !periodEnd || periodStart <= periodEnd

const PERIOD_ORDER = 'The period ends before it starts.'

export const CreateAssessmentBody = v.pipe(
  v.object({
    name: AssessmentName,
    /** The owning organisation's id; defaults to the user's only organisation. */
    organisation: v.optional(IdString),
    periodStart: v.optional(v.nullable(IsoDate)),
    periodEnd: v.optional(v.nullable(IsoDate)),
    library: v.optional(v.picklist(LIBRARY_KEYS, 'Use a known issue library.'), 'hkex-33'),
    /** The stakeholder matrix (default) or double materiality; fixed once created. */
    method: v.optional(AssessmentMethod, 'matrix'),
    /** Double materiality: the formula and thresholds (default Mode B, 3.0 and 3.0). */
    doubleMateriality: v.optional(DoubleMaterialitySettings),
    /** Copy issues, groups and settings from this earlier assessment instead of a library. */
    copyFrom: v.optional(v.nullable(IdString)),
  }),
  v.forward(
    v.check((input) => periodInOrder(input), PERIOD_ORDER),
    ['periodEnd'],
  ),
)
export type CreateAssessmentBody = v.InferOutput<typeof CreateAssessmentBody>

/** Status moves an admin may ask for; confirmed/approved come from the confirmation steps. */
export const StatusChange = v.object({
  status: v.picklist(['open', 'closed'], 'Use open or closed.'),
  /** Required to reopen a closed assessment. */
  reason: v.optional(Reason),
})
export type StatusChange = v.InferOutput<typeof StatusChange>

const GroupKeys = v.pipe(
  v.array(v.string('Use group keys.'), 'Use a list of group keys.'),
  v.minLength(1, 'At least one group rates each axis.'),
  v.maxLength(100, 'Use at most 100 groups.'),
)

/** Which groups rate which axis; stored as each group's `axes`, so there is one source of truth. */
export const AxisSources = v.object({ impact: GroupKeys, stakeholder: GroupKeys })
export type AxisSources = v.InferOutput<typeof AxisSources>

/** A partial settings change; the merged result must still be valid (see checkSettings). */
export const SettingsPatch = v.partial(AssessmentSettings)
export type SettingsPatch = v.InferOutput<typeof SettingsPatch>

/** PATCH /api/assessments/:id: details, settings and status moves, each optional. */
export const UpdateAssessmentBody = v.pipe(
  v.object({
    name: v.optional(AssessmentName),
    periodStart: v.optional(v.nullable(IsoDate)),
    periodEnd: v.optional(v.nullable(IsoDate)),
    settings: v.optional(SettingsPatch),
    axisSources: v.optional(AxisSources),
    status: v.optional(StatusChange.entries.status),
    /** Needed to reopen, and to change a setting that locked when the assessment opened. */
    reason: v.optional(Reason),
  }),
  v.forward(
    v.check((input) => periodInOrder(input), PERIOD_ORDER),
    ['periodEnd'],
  ),
)
export type UpdateAssessmentBody = v.InferOutput<typeof UpdateAssessmentBody>

/** Merged settings: an absolute threshold must sit on the scale. */
export const CheckedSettings = v.pipe(
  AssessmentSettings,
  v.forward(
    v.check(
      (s) =>
        s.threshold.mode !== 'absolute' ||
        AXES.every((axis) => s.threshold.mode === 'absolute' && s.threshold[axis] <= s.scaleMax),
      'A threshold cannot be above the top of the scale.',
    ),
    ['threshold'],
  ),
)
