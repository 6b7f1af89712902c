import { iroDetailsText } from '#surveys/i18n/iro-details'
import type { FieldErrors } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { Choice, ChoiceGroup, TextAreaField } from '../components/fields.tsx'
import { type AffectedGroup, type IroValues, namesGroup } from './iro-values.ts'

/**
 * Who the IRO affects: a box for each of the assessment's stakeholder groups (a ticked group is
 * stored by its name in the interface's language) and anyone else, one per line.
 */
export function IroAffected(props: {
  id(field: string): string
  groups: readonly AffectedGroup[]
  values: IroValues
  errors: FieldErrors
  set(patch: Partial<IroValues>): void
}) {
  const { locale } = useLocale()
  const t = iroDetailsText[locale]
  const { id, groups, values, set } = props
  const ticked = (group: AffectedGroup) => values.affected.some((name) => namesGroup(group, name))
  const toggle = (target: AffectedGroup) =>
    set({
      affected: groups.flatMap((group) => {
        const stored = values.affected.filter((name) => namesGroup(group, name))
        if (group !== target) return stored
        return stored.length > 0 ? [] : [group.names[locale]]
      }),
    })
  return (
    <ChoiceGroup id={id('affected')} legend={t.affected} hint={t.affectedHint}>
      {groups.map((group) => (
        <Choice
          key={group.key}
          type="checkbox"
          name="affected"
          label={group.names[locale]}
          checked={ticked(group)}
          onChange={() => toggle(group)}
        />
      ))}
      <TextAreaField
        id={id('affectedOther')}
        label={t.affectedOther}
        hint={t.affectedOtherHint}
        value={values.affectedOther}
        error={props.errors.affectedOther}
        rows={2}
        onInput={(affectedOther) => set({ affectedOther })}
      />
    </ChoiceGroup>
  )
}
