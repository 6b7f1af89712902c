import type { JSX } from 'preact'
import { MATERIALITY_RULES, type ThresholdSettings } from '#surveys/domain/settings'
import type { MatrixText } from '#surveys/i18n/matrix'
import type { WhatIf } from '#surveys/schemas/matrix'
import type { MatrixView } from '#surveys/schemas/matrix-view'

export interface ViewChoice {
  group: string
  whatIf: WhatIf
}

type ThresholdMode = ThresholdSettings['mode']

const round = (value: number, step: number) => Math.round(value / step) * step

/** The group filter and the what-if sliders; nothing here is saved. */
export function MatrixControls(props: {
  view: MatrixView
  text: MatrixText
  choice: ViewChoice
  onChange(choice: ViewChoice): void
}) {
  const { view, text: t, choice } = props
  const { whatIf } = choice
  const threshold = whatIf.threshold ?? view.settings.threshold
  const rule = whatIf.rule ?? view.settings.rule
  const set = (next: Partial<WhatIf>) =>
    props.onChange({ ...choice, whatIf: { ...whatIf, ...next } })
  const changed = Object.values(whatIf).some((value) => value !== undefined)
  const onMode = (mode: ThresholdMode) => set({ threshold: thresholdFor(mode, view) })
  return (
    <form class="matrix-controls card" onSubmit={(e) => e.preventDefault()} aria-label={t.controls}>
      <h2>{t.controls}</h2>
      <div class="field">
        <label for="matrix-group">{t.group}</label>
        <select
          id="matrix-group"
          value={choice.group}
          onChange={(e) => props.onChange({ ...choice, group: e.currentTarget.value })}
        >
          <option value="">{t.allGroups}</option>
          {view.groups.map((group) => (
            <option key={group.key} value={group.key}>
              {group.name} ({group.responses})
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="matrix-rule">{t.rule}</label>
        <select
          id="matrix-rule"
          value={rule}
          onChange={(e) => set({ rule: e.currentTarget.value as WhatIf['rule'] })}
        >
          {MATERIALITY_RULES.map((key) => (
            <option key={key} value={key}>
              {t[`rule_${key}`]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="matrix-threshold">{t.thresholdMode}</label>
        <select
          id="matrix-threshold"
          value={threshold.mode}
          onChange={(e) => onMode(e.currentTarget.value as ThresholdMode)}
        >
          {(['percentile', 'absolute', 'topN'] as const).map((mode) => (
            <option key={mode} value={mode}>
              {t[`mode_${mode}`]}
            </option>
          ))}
        </select>
      </div>
      <ThresholdSliders view={view} threshold={threshold} set={set} text={t} />
      {choice.group === '' && <WeightSliders view={view} whatIf={whatIf} set={set} text={t} />}
      {changed && (
        <div class="notice notice--warning" role="status">
          <p>{t.whatIfNotice}</p>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => props.onChange({ ...choice, whatIf: {} })}
          >
            {t.reset}
          </button>
        </div>
      )}
    </form>
  )
}

interface SlidersProps {
  view: MatrixView
  text: MatrixText
  set(next: Partial<WhatIf>): void
}

/** The threshold's number for its mode: the percentile, each axis's value, or how many issues. */
function ThresholdSliders({
  view,
  threshold,
  set,
  text: t,
}: SlidersProps & { threshold: ThresholdSettings }) {
  return (
    <>
      {threshold.mode === 'percentile' && (
        <Slider
          id="matrix-p"
          label={t.percentile}
          min={0.5}
          max={0.95}
          step={0.05}
          value={threshold.p}
          format={(p) => `${Math.round(p * 100)}%`}
          onInput={(p) => set({ threshold: { mode: 'percentile', p } })}
        />
      )}
      {threshold.mode === 'absolute' &&
        (['impact', 'stakeholder'] as const).map((axis) => (
          <Slider
            key={axis}
            id={`matrix-${axis}`}
            label={axis === 'impact' ? t.impactThreshold : t.stakeholderThreshold}
            min={view.scale.min}
            max={view.scale.max}
            step={0.05}
            value={threshold[axis]}
            format={(value) => value.toFixed(2)}
            onInput={(value) => set({ threshold: { ...threshold, [axis]: value } })}
          />
        ))}
      {threshold.mode === 'topN' && (
        <Slider
          id="matrix-n"
          label={t.topN}
          min={1}
          max={Math.max(1, view.issues.length)}
          step={1}
          value={threshold.n}
          format={String}
          onInput={(n) => set({ threshold: { mode: 'topN', n } })}
        />
      )}
    </>
  )
}

/** Each group's weight, for the all-groups view. */
function WeightSliders({ view, whatIf, set, text: t }: SlidersProps & { whatIf: WhatIf }) {
  return (
    <fieldset class="weights">
      <legend>{t.weights}</legend>
      {view.groups.map((group) => (
        <Slider
          key={group.key}
          id={`matrix-weight-${group.key}`}
          label={group.name}
          min={0}
          max={5}
          step={0.5}
          value={whatIf.weights?.[group.key] ?? view.settings.weights[group.key] ?? group.weight}
          format={(w) => w.toFixed(1)}
          onInput={(weight) => set({ weights: { ...whatIf.weights, [group.key]: weight } })}
        />
      ))}
    </fieldset>
  )
}

function thresholdFor(mode: ThresholdMode, view: MatrixView): ThresholdSettings {
  if (mode === 'percentile') return { mode, p: 0.75 }
  if (mode === 'absolute') {
    const at = (value: number | null) => round(value ?? 3.5, 0.05)
    return {
      mode,
      impact: at(view.thresholds.impact),
      stakeholder: at(view.thresholds.stakeholder),
    }
  }
  const material = view.issues.filter((issue) => issue.tier === 'material').length
  return { mode, n: Math.max(1, material || 5) }
}

function Slider(props: {
  id: string
  label: string
  min: number
  max: number
  step: number
  value: number
  format(value: number): string
  onInput(value: number): void
}) {
  const onInput = (event: JSX.TargetedEvent<HTMLInputElement>) =>
    props.onInput(Number(event.currentTarget.value))
  return (
    <div class="slider">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="range"
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        onInput={onInput}
      />
      <output for={props.id}>{props.format(props.value)}</output>
    </div>
  )
}
