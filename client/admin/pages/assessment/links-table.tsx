import { linksText } from '#surveys/i18n/assessment-links'
import { commonText } from '#surveys/i18n/common'
import { LINK_STATES } from '#surveys/schemas/links'
import { Empty, ErrorState, Loading } from '../../../shared/components/states.tsx'
import { useLocale } from '../../../shared/locale.tsx'
import type { Group, LinkPage } from '../../assessment-types.ts'
import { SelectField } from '../../components/fields.tsx'
import { LinkRowView } from './link-row.tsx'
import type { CreatedBatch } from './use-create-links.ts'
import { PAGE, useLinksList } from './use-links-list.ts'

/** Every link of the assessment with its state, never its token; revoke, expire, re-issue. */
export function LinksTable(props: {
  assessmentId: string
  groups: Group[]
  editable: boolean
  version: number
  onReissued(batch: CreatedBatch): void
  /** Show an open link and its QR code again. */
  onShow(batch: CreatedBatch): void
}) {
  const { locale } = useLocale()
  const t = linksText[locale]
  const common = commonText[locale]
  const state = useLinksList(props)
  const { filter, failure, list } = state
  const groupName = (key: string) => props.groups.find((g) => g.key === key)?.names[locale] ?? key

  return (
    <section class="card" aria-labelledby="links-list-title">
      <h3 id="links-list-title">{t.listTitle}</h3>
      <div class="field-row filters">
        <SelectField
          id="filter-group"
          label={t.filterGroup}
          value={filter.group}
          options={[
            { value: '', label: t.any },
            ...props.groups.map((g) => ({ value: g.key, label: g.names[locale] })),
          ]}
          onChange={(group) => state.filterBy({ group })}
        />
        <SelectField
          id="filter-status"
          label={t.filterStatus}
          value={filter.status}
          options={[
            { value: '' as const, label: t.any },
            ...LINK_STATES.map((s) => ({ value: s, label: t[`status_${s}`] })),
          ]}
          onChange={(status) => state.filterBy({ status })}
        />
      </div>
      {failure && (
        <p class="notice notice--danger" role="alert">
          {failure}
        </p>
      )}
      {list.state === 'loading' && <Loading label={common.loading} />}
      {list.state === 'error' && (
        <ErrorState message={t.loadFailed} retryLabel={common.retry} onRetry={list.reload} />
      )}
      {list.state === 'ready' && list.data.total === 0 && (
        <Empty title={filter.group || filter.status ? t.noMatch : t.none}>
          {!filter.group && !filter.status && <p>{t.noneBody}</p>}
        </Empty>
      )}
      {list.state === 'ready' && list.data.total > 0 && (
        <>
          <div class="table-wrap">
            <table class="table links-table">
              <caption class="visually-hidden">{t.listTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.filterGroup}</th>
                  <th scope="col">{t.kind}</th>
                  <th scope="col">{t.created}</th>
                  <th scope="col">{t.expires}</th>
                  <th scope="col">{t.status}</th>
                  <th scope="col" class="number">
                    {t.responses}
                  </th>
                  {props.editable && <th scope="col">{t.actions}</th>}
                </tr>
              </thead>
              <tbody>
                {list.data.links.map((link) => (
                  <LinkRowView
                    key={link.id}
                    link={link}
                    groupName={groupName(link.group)}
                    editable={props.editable}
                    list={state}
                    onShow={props.onShow}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={list.data} from={filter.from} onMove={state.moveTo} />
        </>
      )}
    </section>
  )
}

/** Previous and next by cursor, so a page is as quick at link 30,000 as at link 1. */
function Pager(props: {
  page: LinkPage
  from: number
  onMove(cursor: string, from: number): void
}) {
  const t = linksText[useLocale().locale]
  const { page } = props
  // Without a page before, this is the first page, whatever was counted on the way here.
  const from = page.prevCursor ? props.from : 1
  if (!page.prevCursor && !page.nextCursor && props.from === 1) return null
  const shown = page.links.length
  return (
    <nav class="pager button-row" aria-label={t.pages}>
      <button
        type="button"
        class="button button--quiet"
        disabled={props.from === 1}
        onClick={() => props.onMove(page.prevCursor ?? '', page.prevCursor ? from - PAGE : 1)}
      >
        {t.previous}
      </button>
      <span>{shown > 0 && t.page(from, from + shown - 1, page.total)}</span>
      <button
        type="button"
        class="button button--quiet"
        disabled={!page.nextCursor}
        onClick={() => page.nextCursor && props.onMove(page.nextCursor, from + shown)}
      >
        {t.next}
      </button>
    </nav>
  )
}
