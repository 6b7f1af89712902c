import { useState } from 'preact/hooks'
import { bandLegend } from '#surveys/domain/borderline-band'
import { AXIS_NAMES } from '#surveys/domain/model'
import type { MatrixText } from '#surveys/i18n/matrix'
import { exportFileName } from '#surveys/reports/file-names'
import type { MatrixView } from '#surveys/schemas/matrix-view'
import { formatScore, wrapText } from './format.ts'

// Characters per footnote line at print size, so chart.js never squeezes the text.
const FOOTNOTE_WIDTH = 150

/** PNG of the chart (drawn here, at print size) and the ranked table as CSV and XLSX. */
export function Downloads(props: { view: MatrixView; text: MatrixText; search: string }) {
  const { view, text: t } = props
  const [busy, setBusy] = useState(false)
  const [withKey, setWithKey] = useState(true)
  const base = `/api/assessments/${view.assessment.id}`
  const query = props.search ? `?${props.search}` : ''
  const downloadPng = async () => {
    setBusy(true)
    try {
      const { renderMatrixPng } = await import('./chart-module.ts')
      const model = { view, text: t, print: printText(view, t) }
      const blob = await renderMatrixPng(model, undefined, withKey ? pngKey(view, t) : undefined)
      const date = new Date().toISOString().slice(0, 10)
      save(blob, exportFileName(view.assessment.name, date, 'png'))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section class="downloads" aria-labelledby="downloads-title">
      <h2 id="downloads-title">{t.exports}</h2>
      <div class="button-row">
        <button
          type="button"
          class="button button--secondary"
          onClick={downloadPng}
          disabled={busy}
        >
          {busy ? t.exporting : t.png}
        </button>
        <label class="checkbox-inline">
          <input
            type="checkbox"
            checked={withKey}
            onChange={(event) => setWithKey(event.currentTarget.checked)}
          />{' '}
          {t.pngKey}
        </label>
        <a class="button button--secondary" href={`${base}/export.csv${query}`} download>
          {t.csv}
        </a>
        <a class="button button--secondary" href={`${base}/export.xlsx${query}`} download>
          {t.xlsx}
        </a>
      </div>
    </section>
  )
}

/** Title and footnote of the printed matrix, in the page's language. */
function printText(view: MatrixView, t: MatrixText) {
  const groups = view.groups.filter((g) => view.group === null || g.key === view.group)
  // "Responses: 32 (Government 5, …)": the label already says what the number counts.
  const responses = `${view.responses.total} (${groups
    .map((g) => `${g.name} ${view.responses.byGroup[g.key] ?? 0}`)
    .join(', ')})`
  const weights = view.groups.map((g) => `${g.name} ${view.settings.weights[g.key]}`).join(', ')
  const thresholds = t.thresholdsNote(
    formatScore(view.thresholds.impact),
    formatScore(view.thresholds.stakeholder),
    t[`rule_${view.rule}`],
  )
  const group = view.groups.find((g) => g.key === view.group)
  const band = bandLegend(view, t)
  const lines = [
    t.labelled(t.responses, responses),
    t.labelled(t.weights, weights),
    thresholds,
    ...(band ? [band] : []),
    `x: ${AXIS_NAMES.impact[view.locale]} · y: ${AXIS_NAMES.stakeholder[view.locale]}`,
    ...(view.whatIf ? [t.whatIfMark] : []),
  ]
  return {
    title: [view.assessment.name, group ? `${t.title} — ${group.name}` : t.title],
    footnote: lines.flatMap((line) => wrapText(line, FOOTNOTE_WIDTH)),
  }
}

/** Every issue by number, as the points are labelled, in the view's language; material in bold. */
function pngKey(view: MatrixView, t: MatrixText) {
  const entries = [...view.issues]
    .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))
    .map((issue) => ({ code: issue.code, name: issue.name, material: issue.tier === 'material' }))
  return { title: t.issue, entries }
}

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
