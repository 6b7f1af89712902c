import { useState } from 'preact/hooks'
import { linksText } from '#surveys/i18n/assessment-links'
import { commonText } from '#surveys/i18n/common'
import { ErrorState, Loading } from '../../../shared/components/states.tsx'
import { useLocale } from '../../../shared/locale.tsx'
import { useResource } from '../../../shared/use-resource.ts'
import type { AssessmentTabProps } from '../../assessment-types.ts'
import { canEdit } from '../../assessment-types.ts'
import { fetchGroups } from '../../remote.ts'
import { CreateLinksForm } from './link-create.tsx'
import { LinksTable } from './links-table.tsx'
import { NewLinks } from './new-links.tsx'
import type { CreatedBatch } from './use-create-links.ts'

/** Survey links: make them, take the new ones away (CSV, QR), show open ones again, manage all. */
export function LinksTab({ assessment }: AssessmentTabProps) {
  const { locale } = useLocale()
  const t = linksText[locale]
  const common = commonText[locale]
  const groups = useResource(() => fetchGroups(assessment.id), [assessment.id])
  const [batch, setBatch] = useState<CreatedBatch | undefined>()
  // Bumped whenever links change, so the list reloads.
  const [version, setVersion] = useState(0)
  if (groups.state === 'loading') return <Loading label={common.loading} />
  if (groups.state === 'error') {
    return <ErrorState message={t.loadFailed} retryLabel={common.retry} onRetry={groups.reload} />
  }
  const editable = canEdit(assessment)
  return (
    <div class="stack">
      <div>
        <h2>{t.title}</h2>
        <p class="lead">{t.lead}</p>
      </div>
      {editable && (
        <CreateLinksForm
          assessmentId={assessment.id}
          groups={groups.data.groups}
          onCreated={(created) => {
            setBatch(created)
            setVersion(version + 1)
          }}
        />
      )}
      {batch && <NewLinks batch={batch} groups={groups.data.groups} />}
      <LinksTable
        assessmentId={assessment.id}
        groups={groups.data.groups}
        editable={editable}
        version={version}
        onReissued={(created) => {
          setBatch(created)
          setVersion(version + 1)
        }}
        onShow={setBatch}
      />
    </div>
  )
}
