import { useState } from 'preact/hooks'
import type { MatrixText } from '#surveys/i18n/matrix'
import { exportFileName } from '#surveys/reports/file-names'
import type { MatrixQueryInput } from '#surveys/schemas/matrix'
import type { MatrixView } from '#surveys/schemas/matrix-view'
import { server } from '../../shared/api.ts'
import { useChange } from '../../shared/use-change.ts'
import { downloadBlob } from '../downloads.ts'
import { DownloadRow } from './download-row.tsx'

/** PNG of the matrix figure (the view on the page) and the ranked table as CSV and XLSX. */
export function Downloads(props: { view: MatrixView; text: MatrixText; query: MatrixQueryInput }) {
  const { view, text: t } = props
  // The drawing runs in this browser: any failure is ours to name, not the server's.
  const png = useChange(() => ({ _: t.pngFailed }))
  const [withKey, setWithKey] = useState(true)
  const file = { param: { id: view.assessment.id }, query: props.query }
  const routes = server.assessments[':id']
  const downloadPng = () =>
    png.run(async () => {
      // The figure's drawing code loads only when a PNG is wanted.
      const { matrixFigurePng } = await import('./figure-png.ts')
      const blob = await matrixFigurePng(view, { key: withKey })
      const date = new Date().toISOString().slice(0, 10)
      downloadBlob(exportFileName(view.assessment.name, date, 'png'), blob)
    })
  return (
    <section class="downloads" aria-labelledby="downloads-title">
      <h2 id="downloads-title">{t.exports}</h2>
      <DownloadRow
        labels={t}
        busy={png.busy}
        failure={png.errors._}
        onPng={downloadPng}
        withKey={withKey}
        onKey={setWithKey}
        csvHref={routes['export.csv'].$path(file)}
        xlsxHref={routes['export.xlsx'].$path(file)}
      />
    </section>
  )
}
