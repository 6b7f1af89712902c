import { useState } from 'preact/hooks'
import type { MatrixText } from '#surveys/i18n/matrix'
import { exportFileName } from '#surveys/reports/file-names'
import type { MatrixQueryInput } from '#surveys/schemas/matrix'
import type { MatrixView } from '#surveys/schemas/matrix-view'
import { server } from '../../shared/api.ts'
import { downloadBlob } from '../downloads.ts'

/** PNG of the matrix figure (the view on the page) and the ranked table as CSV and XLSX. */
export function Downloads(props: { view: MatrixView; text: MatrixText; query: MatrixQueryInput }) {
  const { view, text: t } = props
  const [busy, setBusy] = useState(false)
  const [withKey, setWithKey] = useState(true)
  const file = { param: { id: view.assessment.id }, query: props.query }
  const routes = server.assessments[':id']
  const downloadPng = async () => {
    setBusy(true)
    try {
      // The figure's drawing code loads only when a PNG is wanted.
      const { matrixFigurePng } = await import('./figure-png.ts')
      const blob = await matrixFigurePng(view, { key: withKey })
      const date = new Date().toISOString().slice(0, 10)
      downloadBlob(exportFileName(view.assessment.name, date, 'png'), blob)
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
        <a class="button button--secondary" href={routes['export.csv'].$path(file)} download>
          {t.csv}
        </a>
        <a class="button button--secondary" href={routes['export.xlsx'].$path(file)} download>
          {t.xlsx}
        </a>
      </div>
    </section>
  )
}
