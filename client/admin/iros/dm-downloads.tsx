import { useState } from 'preact/hooks'
import type { Aspect, HkexMapping } from '#surveys/domain/model'
import { iroRegisterText } from '#surveys/i18n/iro-register'
import { matrixText } from '#surveys/i18n/matrix'
import { dmFigure } from '#surveys/reports/dm-figure'
import { exportFileName } from '#surveys/reports/file-names'
import type { DmThresholds } from '#surveys/scoring/dm-what-if'
import { useLocale } from '../../shared/locale.tsx'
import { useChange } from '../../shared/use-change.ts'
import type { AssessmentDetail, Issue } from '../assessment-types.ts'
import { downloadBlob } from '../downloads.ts'
import { DownloadRow } from '../matrix/download-row.tsx'
import type { DoubleMateriality } from './iro-types.ts'

/**
 * The double-materiality matrix to download, as on the page (what-if thresholds included and
 * marked): the figure as PNG through the one matrix figure, the table as CSV and XLSX.
 */
export function DmDownloads(props: {
  assessment: Pick<AssessmentDetail, 'id' | 'name' | 'status'>
  result: DoubleMateriality
  issues: Issue[]
  thresholds: DmThresholds
  whatIf: boolean
}) {
  const { locale } = useLocale()
  const r = iroRegisterText[locale]
  // The drawing runs in this browser: any failure is ours to name, not the server's.
  const png = useChange(() => ({ _: matrixText[locale].pngFailed }))
  const [withKey, setWithKey] = useState(true)
  const { assessment, thresholds } = props
  const query = new URLSearchParams({ lang: locale })
  if (props.whatIf && thresholds.impact !== null && thresholds.financial !== null) {
    query.set('impact', String(thresholds.impact))
    query.set('financial', String(thresholds.financial))
  }
  const file = (format: 'csv' | 'xlsx') =>
    `/api/assessments/${assessment.id}/double-materiality.${format}?${query}`
  const downloadPng = () =>
    png.run(async () => {
      // The drawing code (matrix-svg.ts and the PNG) loads only when a PNG is wanted.
      const { matrixFigurePng } = await import('../matrix/figure-png.ts')
      const issues = new Map<string, { aspect: Aspect; hkex: HkexMapping }>(
        props.issues.map((issue) => [issue.id, issue]),
      )
      const [view, options] = dmFigure({
        assessment,
        formula: props.result.formula,
        topics: props.result.topics,
        issues,
        thresholds,
        whatIf: props.whatIf,
        locale,
      })
      const blob = await matrixFigurePng(view, { ...options, key: withKey })
      const date = new Date().toISOString().slice(0, 10)
      const stamp = `double-materiality-${date}${props.whatIf ? '-what-if' : ''}`
      downloadBlob(exportFileName(assessment.name, stamp, 'png'), blob)
    })
  return (
    <section class="downloads" aria-labelledby="dm-downloads-title">
      <h4 id="dm-downloads-title">{r.matrixDownloads}</h4>
      <DownloadRow
        labels={r}
        busy={png.busy}
        failure={png.errors._}
        onPng={downloadPng}
        withKey={withKey}
        onKey={setWithKey}
        csvHref={file('csv')}
        xlsxHref={file('xlsx')}
      />
    </section>
  )
}
