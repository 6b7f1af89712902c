import { useState } from 'preact/hooks'
import type { Horizon, IroType, ValueChainStage } from '#surveys/domain/iros'
import { doubleText } from '#surveys/i18n/double-materiality'
import { CreateIroBody } from '#surveys/schemas/iros'
import { validateForm } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { useChange } from '../../shared/use-change.ts'
import type { Iro } from './iro-types.ts'

/** What the IRO form edits; the register's lists (affected, evidence) stay as they are. */
export interface IroValues {
  issueId: string
  type: IroType
  actual: boolean
  humanRights: boolean
  valueChain: ValueChainStage[]
  horizons: Horizon[]
  description: string
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
  owner: '',
}

/** The form's values for an IRO of the register. */
export const valuesOf = (iro: Iro): IroValues => ({
  issueId: iro.issueId,
  type: iro.type,
  actual: iro.actual,
  humanRights: iro.humanRights,
  valueChain: [...iro.valueChain],
  horizons: [...iro.horizons],
  description: iro.description,
  owner: iro.owner ?? '',
})

/** The body sent: only the form's fields, so an edit never clears the fields it does not show. */
export type IroFormBody = Pick<CreateIroBody, keyof IroValues>

/**
 * The IRO form's state: checked with the server's schema before it is sent by `send` (POST for
 * a new IRO, PATCH for an edit); after an add the form empties for the next one.
 */
export function useIroForm(props: {
  initial: IroValues
  send(body: IroFormBody): Promise<unknown>
  onDone(): void
  emptyAfter?: boolean
}) {
  const { locale } = useLocale()
  const [values, setValues] = useState(props.initial)
  const [done, setDone] = useState(false)
  const change = useChange()
  const set = (patch: Partial<IroValues>) => {
    setDone(false)
    setValues({ ...values, ...patch })
  }
  const submit = async (event: Event) => {
    event.preventDefault()
    if (!values.issueId) return change.setErrors({ issueId: doubleText[locale].chooseTopic })
    const checked = validateForm(CreateIroBody, { ...values, owner: values.owner.trim() || null })
    if (!checked.ok) return change.setErrors(checked.errors)
    const { issueId, type, actual, humanRights, valueChain, horizons, description, owner } =
      checked.value
    const body = { issueId, type, actual, humanRights, valueChain, horizons, description, owner }
    if (await change.run(() => props.send(body))) {
      if (props.emptyAfter) setValues(props.initial)
      setDone(true)
      props.onDone()
    }
  }
  return { values, set, submit, done, busy: change.busy, errors: change.errors }
}

/** The list with `item` added (in the order of `all`) or taken out. */
export function toggled<T>(all: readonly T[], list: readonly T[], item: T): T[] {
  return list.includes(item)
    ? list.filter((x) => x !== item)
    : all.filter((x) => x === item || list.includes(x))
}
