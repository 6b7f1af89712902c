import { can } from '#surveys/domain/permissions'
import { doubleText } from '#surveys/i18n/double-materiality'
import { iroRegisterText } from '#surveys/i18n/iro-register'
import { useLocale } from '../../shared/locale.tsx'
import type { AssessmentDetail } from '../assessment-types.ts'

/**
 * The IRO tab's head: its title and lead, the register to download as CSV or XLSX, and for an
 * editor the reason the register no longer changes once the assessment is not `open`.
 */
export function IrosHeader(props: {
  assessment: Pick<AssessmentDetail, 'id' | 'role'>
  open: boolean
}) {
  const { locale } = useLocale()
  const t = doubleText[locale]
  const r = iroRegisterText[locale]
  const { assessment } = props
  const file = (format: 'csv' | 'xlsx') =>
    `/api/assessments/${assessment.id}/iros.${format}?lang=${locale}`
  return (
    <div>
      <h2>{t.title}</h2>
      <p class="lead">{t.lead}</p>
      <div class="button-row">
        <a class="button button--secondary" href={file('csv')} download>
          {r.downloadCsv}
        </a>
        <a class="button button--secondary" href={file('xlsx')} download>
          {r.downloadXlsx}
        </a>
      </div>
      {!props.open && can(assessment.role, 'edit') && <p class="hint">{r.registerClosed}</p>}
    </div>
  )
}
