import type { Horizon, IroType, ValueChainStage } from '#surveys/domain/iros'
import type { LocalizedText } from '#surveys/i18n/locales'
import type { CreateIroBody } from '#surveys/schemas/iros'
import type { Iro } from './iro-types.ts'

/** One row of the evidence list; `key` only keeps a row's inputs its own when one is removed. */
export interface EvidenceRow {
  key: number
  url: string
  note: string
}

/** A stakeholder group of the assessment, by its names in the three languages. */
export interface AffectedGroup {
  key: string
  names: LocalizedText
}

/**
 * What the IRO form edits. Affected stakeholders are split for the form: `affected` the stored
 * names of the assessment's stakeholder groups ticked, `affectedOther` anyone else, one per line.
 */
export interface IroValues {
  issueId: string
  type: IroType
  actual: boolean
  humanRights: boolean
  valueChain: ValueChainStage[]
  horizons: Horizon[]
  description: string
  affected: string[]
  affectedOther: string
  evidence: EvidenceRow[]
  owner: string
}

export const EMPTY_IRO: IroValues = {
  issueId: '',
  type: 'negative-impact',
  actual: false,
  humanRights: false,
  valueChain: [],
  horizons: [],
  description: '',
  affected: [],
  affectedOther: '',
  evidence: [],
  owner: '',
}

let nextKey = 0
/** A new evidence row, empty unless given. */
export const evidenceRow = (url = '', note = ''): EvidenceRow => ({ key: ++nextKey, url, note })

/** Whether a stored name is one of the group's names in any language. */
export const namesGroup = (group: AffectedGroup, name: string) =>
  Object.values(group.names).includes(name)

/** The form's values for an IRO of the register. */
export function valuesOf(iro: Iro, groups: readonly AffectedGroup[]): IroValues {
  const isGroup = (name: string) => groups.some((group) => namesGroup(group, name))
  return {
    issueId: iro.issueId,
    type: iro.type,
    actual: iro.actual,
    humanRights: iro.humanRights,
    valueChain: [...iro.valueChain],
    horizons: [...iro.horizons],
    description: iro.description,
    affected: iro.affectedStakeholders.filter(isGroup),
    affectedOther: iro.affectedStakeholders.filter((name) => !isGroup(name)).join('\n'),
    evidence: iro.evidence.map((entry) => evidenceRow(entry.url, entry.note)),
    owner: iro.owner ?? '',
  }
}

/** The body sent: every field of the form, so an edit states the IRO whole. */
export type IroFormBody = CreateIroBody

/** What the form's values ask for, before the schema checks it: blanks left out, not sent as ''. */
export function bodyOf(values: IroValues) {
  const { affected, affectedOther, evidence, owner, ...rest } = values
  const others = affectedOther
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  return {
    ...rest,
    affectedStakeholders: [...affected, ...others],
    evidence: evidence.map(({ url, note }) => ({
      ...(url.trim() ? { url } : {}),
      ...(note.trim() ? { note } : {}),
    })),
    owner: owner.trim() || null,
  }
}

/** The list with `item` added (in the order of `all`) or taken out. */
export function toggled<T>(all: readonly T[], list: readonly T[], item: T): T[] {
  return list.includes(item)
    ? list.filter((x) => x !== item)
    : all.filter((x) => x === item || list.includes(x))
}
