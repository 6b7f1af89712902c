import { useState } from 'preact/hooks'
import { linksText } from '#surveys/i18n/assessment-links'
import { commonText } from '#surveys/i18n/common'
import { LINK_STATES, type LinkState } from '#surveys/schemas/links'
import { call, server } from '../../../shared/api.ts'
import { Empty, ErrorState, Loading } from '../../../shared/components/states.tsx'
import { useLocale } from '../../../shared/locale.tsx'
import { useResource } from '../../../shared/use-resource.ts'
import type { Group, LinkPage, LinkRow } from '../../assessment-types.ts'
import { SelectField } from '../../components/fields.tsx'
import type { CreatedBatch } from './link-create.tsx'

const PAGE = 50

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
  // `at` is the page's cursor ('' for the newest); `from` its position, for "51–100 of 30,000".
  const [filter, setFilter] = useState({ group: '', status: '' as LinkState | '', at: '', from: 1 })
  const [failure, setFailure] = useState<string | undefined>()
  const links = server.assessments[':id'].links
  const param = { id: props.assessmentId }
  const query = {
    limit: String(PAGE),
    ...(filter.group ? { group: filter.group } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.at ? { cursor: filter.at } : {}),
  }
  const list = useResource(
    () => call(links.$get({ param, query })),
    [props.assessmentId, JSON.stringify(query), props.version],
  )
  const change = (link: LinkRow, json: { revoked: true } | { expiresAt: string }) =>
    call(links[':linkId'].$patch({ param: { ...param, linkId: link.id }, json }))
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  const groupName = (key: string) => props.groups.find((g) => g.key === key)?.names[locale] ?? key
  const act = async (run: () => Promise<unknown>, question: string) => {
    if (!confirm(question)) return
    try {
      setFailure(undefined)
      await run()
      list.reload()
    } catch (error) {
      setFailure(error instanceof Error ? error.message : common.serverError)
    }
  }
  const reissue = (link: LinkRow) =>
    act(async () => {
      const fresh = await call(
        links[':linkId'].reissue.$post({ param: { ...param, linkId: link.id } }),
      )
      props.onReissued({ group: link.group, kind: link.kind, links: [fresh] })
    }, t.confirmReissue)

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
          onChange={(group) => setFilter({ ...filter, group, at: '', from: 1 })}
        />
        <SelectField
          id="filter-status"
          label={t.filterStatus}
          value={filter.status}
          options={[
            { value: '' as const, label: t.any },
            ...LINK_STATES.map((s) => ({ value: s, label: t[`status_${s}`] })),
          ]}
          onChange={(status) => setFilter({ ...filter, status, at: '', from: 1 })}
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
                  <tr key={link.id}>
                    <td class="link-group">{groupName(link.group)}</td>
                    <td class="link-kind" data-label={t.kind}>
                      {t[`short_${link.kind}`]}
                      {link.url && (
                        <button
                          type="button"
                          class="button button--quiet button--small"
                          aria-label={t.showLinkOf(link.id)}
                          onClick={() =>
                            props.onShow({
                              group: link.group,
                              kind: link.kind,
                              links: [{ id: link.id, url: link.url ?? '' }],
                              again: true,
                            })
                          }
                        >
                          {t.showLink}
                        </button>
                      )}
                    </td>
                    <td class="link-date" data-label={t.created}>
                      {date.format(new Date(link.createdAt))}
                    </td>
                    <td class="link-date" data-label={t.expires}>
                      {link.expiresAt ? date.format(new Date(link.expiresAt)) : t.never}
                    </td>
                    <td data-label={t.status}>
                      <span class={`badge badge--link-${link.status}`}>
                        {t[`status_${link.status}`]}
                      </span>
                    </td>
                    <td class="number" data-label={t.responses}>
                      {link.completions}
                      {link.maxResponses ? ` / ${link.maxResponses}` : ''}
                    </td>
                    {props.editable && (
                      <td class="link-actions">
                        {link.status !== 'revoked' &&
                          !(link.kind === 'single-use' && link.status === 'completed') && (
                            <button
                              type="button"
                              class="button button--quiet button--small"
                              aria-label={t.revokeLink(link.id)}
                              onClick={() =>
                                act(() => change(link, { revoked: true }), t.confirmRevoke)
                              }
                            >
                              {t.revoke}
                            </button>
                          )}
                        {['unused', 'started'].includes(link.status) && (
                          <button
                            type="button"
                            class="button button--quiet button--small"
                            aria-label={t.expireLink(link.id)}
                            onClick={() =>
                              act(
                                () => change(link, { expiresAt: new Date().toISOString() }),
                                t.confirmExpire,
                              )
                            }
                          >
                            {t.expireNow}
                          </button>
                        )}
                        {!(link.kind === 'single-use' && link.status === 'completed') && (
                          <button
                            type="button"
                            class="button button--quiet button--small"
                            aria-label={t.reissueLink(link.id)}
                            onClick={() => reissue(link)}
                          >
                            {t.reissue}
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={list.data}
            from={filter.from}
            onMove={(at, from) => setFilter({ ...filter, at, from: Math.max(1, from) })}
          />
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
