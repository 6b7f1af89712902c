import { groupsText } from '#surveys/i18n/assessment-groups'
import { commonText } from '#surveys/i18n/common'
import { ErrorState, Loading } from '../../../shared/components/states.tsx'
import { useLocale } from '../../../shared/locale.tsx'
import { useResource } from '../../../shared/use-resource.ts'
import type { AssessmentTabProps } from '../../assessment-types.ts'
import { canEdit, isLocked } from '../../assessment-types.ts'
import { fetchGroups } from '../../remote.ts'
import { formatShare, GroupForm, shareOf } from './group-form.tsx'

/** The stakeholder groups: a summary of weights and axes, a form per group, a form to add one. */
export function GroupsTab(props: AssessmentTabProps) {
  const { locale } = useLocale()
  const t = groupsText[locale]
  const common = commonText[locale]
  const { assessment } = props
  const list = useResource(() => fetchGroups(assessment.id), [assessment.id])
  const reload = () => {
    list.reload()
    props.reload()
  }
  if (list.state === 'loading') return <Loading label={common.loading} />
  if (list.state === 'error') {
    return <ErrorState message={t.loadFailed} retryLabel={common.retry} onRetry={list.reload} />
  }
  const groups = list.data.groups
  const total = groups.reduce((sum, g) => sum + g.weight, 0)
  const editable = canEdit(assessment)
  return (
    <div class="stack">
      <div>
        <h2>{t.title}</h2>
        <p class="lead">{t.lead}</p>
        {isLocked(assessment) && <p class="notice notice--warning">{t.lockedNotice}</p>}
      </div>
      <div class="table-wrap">
        <table class="table stacked-table">
          <caption class="visually-hidden">{t.summary}</caption>
          <thead>
            <tr>
              <th scope="col">{t.group}</th>
              <th scope="col" class="number">
                {t.weight}
              </th>
              <th scope="col">{t.share}</th>
              <th scope="col">{t.rates}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.id}>
                <th scope="row">{g.names[locale]}</th>
                <td class="number" data-label={t.weight}>
                  {g.weight}
                </td>
                <td data-label={t.share}>
                  <span class="share">
                    <span class="share-bar" aria-hidden="true">
                      <span style={{ width: `${shareOf(g.weight, total) * 100}%` }} />
                    </span>
                    {formatShare(shareOf(g.weight, total), locale)}
                  </span>
                </td>
                <td data-label={t.rates}>{g.axes.map((axis) => t[`axis_${axis}`]).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="group-grid">
        {groups.map((group) => (
          <GroupForm
            key={`${group.id}:${group.weight}:${group.axes.join()}`}
            assessment={assessment}
            group={group}
            total={total}
            editable={editable}
            onSaved={reload}
          />
        ))}
        {editable && <GroupForm assessment={assessment} total={total} editable onSaved={reload} />}
      </div>
    </div>
  )
}
