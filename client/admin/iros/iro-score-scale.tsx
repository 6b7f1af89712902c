import type { MagnitudeBands } from '#surveys/domain/double-materiality'
import { doubleText, SCALE_ANCHORS } from '#surveys/i18n/double-materiality'
import { bandLabel, iroScoringText } from '#surveys/i18n/iro-scoring'
import {
  type ComponentKey,
  componentLabel,
  componentParts,
} from '#surveys/scoring/double-materiality'
import { useLocale } from '../../shared/locale.tsx'
import { Choice, ChoiceGroup } from '../components/fields.tsx'

/**
 * One component's anchored 1–5 scale as radio buttons, each point with its short description —
 * on magnitude the company's band for it where it has set them — and 'not scored' last.
 */
export function IroScoreScale(props: {
  name: string
  component: ComponentKey
  value: number | null | undefined
  bands?: MagnitudeBands | null | undefined
  onChoose(value: number | null): void
}) {
  const { locale } = useLocale()
  const t = doubleText[locale]
  const s = iroScoringText[locale]
  const { part } = componentParts(props.component)
  const legend = componentLabel(props.component, {
    horizon: (horizon) => t[`horizon_${horizon}`],
    part: (name) => t[`component_${name}`],
  })
  // The company's bands replace the default ones the magnitude anchors carry.
  const anchorText = (point: number, anchor: string) =>
    props.bands && part === 'magnitude'
      ? s.bandedMagnitude(point, bandLabel(s, props.bands, point))
      : anchor
  return (
    <ChoiceGroup id={props.name} legend={legend}>
      {SCALE_ANCHORS[part][locale].map((anchor, index) => (
        <Choice
          key={anchor}
          type="radio"
          name={props.name}
          value={String(index + 1)}
          label={`${index + 1} · ${anchorText(index + 1, anchor)}`}
          checked={props.value === index + 1}
          onChange={() => props.onChoose(index + 1)}
        />
      ))}
      <Choice
        type="radio"
        name={props.name}
        value=""
        label={t.notScored}
        checked={props.value === null}
        onChange={() => props.onChoose(null)}
      />
    </ChoiceGroup>
  )
}
