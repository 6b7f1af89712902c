import { HORIZONS, VALUE_CHAIN_STAGES } from '#surveys/domain/iros'
import { doubleText } from '#surveys/i18n/double-materiality'
import type { FieldErrors } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { Choice, ChoiceGroup } from '../components/fields.tsx'
import { type IroValues, toggled } from './iro-values.ts'

/**
 * The IRO form's choices: actual or potential, a human-rights matter, its time horizons and
 * where in the value chain it sits. `id` gives a field's id under the form's prefix.
 */
export function IroFormChoices(props: {
  id(field: string): string
  values: IroValues
  errors: FieldErrors
  set(patch: Partial<IroValues>): void
}) {
  const { locale } = useLocale()
  const t = doubleText[locale]
  const { id, values, errors, set } = props
  return (
    <>
      <ChoiceGroup id={id('actual')} legend={t.kind} error={errors.actual}>
        {[true, false].map((actual) => (
          <Choice
            key={String(actual)}
            type="radio"
            name="actual"
            label={actual ? t.actual : t.potential}
            checked={values.actual === actual}
            onChange={() => set({ actual })}
          />
        ))}
      </ChoiceGroup>
      <Choice
        type="checkbox"
        name="humanRights"
        label={t.humanRights}
        checked={values.humanRights}
        onChange={(e) => set({ humanRights: e.currentTarget.checked })}
      />
      <ChoiceGroup id={id('horizons')} legend={t.horizons} error={errors.horizons}>
        {HORIZONS.map((horizon) => (
          <Choice
            key={horizon}
            type="checkbox"
            name="horizons"
            label={t[`horizon_${horizon}`]}
            checked={values.horizons.includes(horizon)}
            onChange={() => set({ horizons: toggled(HORIZONS, values.horizons, horizon) })}
          />
        ))}
      </ChoiceGroup>
      <ChoiceGroup id={id('valueChain')} legend={t.valueChain} error={errors.valueChain}>
        {VALUE_CHAIN_STAGES.map((stage) => (
          <Choice
            key={stage}
            type="checkbox"
            name="valueChain"
            label={t[`stage_${stage}`]}
            checked={values.valueChain.includes(stage)}
            onChange={() =>
              set({ valueChain: toggled(VALUE_CHAIN_STAGES, values.valueChain, stage) })
            }
          />
        ))}
      </ChoiceGroup>
    </>
  )
}
