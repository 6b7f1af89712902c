import { useState } from 'preact/hooks'
import { linksText } from '#surveys/i18n/assessment-links'
import { commonText } from '#surveys/i18n/common'
import type { LinkState } from '#surveys/schemas/links'
import { call, server } from '../../../shared/api.ts'
import { useLocale } from '../../../shared/locale.tsx'
import { useResource } from '../../../shared/use-resource.ts'
import type { LinkRow } from '../../assessment-types.ts'
import type { CreatedBatch } from './use-create-links.ts'

export const PAGE = 50

const links = server.assessments[':id'].links

/**
 * The links list's state: the filters and the page's cursor, the page, and the actions on a link
 * (revoke, expire now, re-issue), each asked first and then the list reloaded.
 */
export function useLinksList(props: {
  assessmentId: string
  version: number
  onReissued(batch: CreatedBatch): void
}) {
  const { locale } = useLocale()
  const t = linksText[locale]
  // `at` is the page's cursor ('' for the newest); `from` its position, for "51–100 of 30,000".
  const [filter, setFilter] = useState({ group: '', status: '' as LinkState | '', at: '', from: 1 })
  const [failure, setFailure] = useState<string | undefined>()
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
  const route = (link: LinkRow) => ({ param: { ...param, linkId: link.id } })
  const change = (link: LinkRow, json: { revoked: true } | { expiresAt: string }) =>
    call(links[':linkId'].$patch({ ...route(link), json }))
  // A refusal is a line above the table, not a field error: useChange does not fit.
  const act = async (run: () => Promise<unknown>, question: string) => {
    if (!confirm(question)) return
    try {
      setFailure(undefined)
      await run()
      list.reload()
    } catch (error) {
      setFailure(error instanceof Error ? error.message : commonText[locale].serverError)
    }
  }
  return {
    filter,
    /** A new filter starts again at the newest page. */
    filterBy: (patch: { group?: string; status?: LinkState | '' }) =>
      setFilter({ ...filter, ...patch, at: '', from: 1 }),
    moveTo: (at: string, from: number) => setFilter({ ...filter, at, from: Math.max(1, from) }),
    failure,
    list,
    revoke: (link: LinkRow) => act(() => change(link, { revoked: true }), t.confirmRevoke),
    expire: (link: LinkRow) =>
      act(() => change(link, { expiresAt: new Date().toISOString() }), t.confirmExpire),
    reissue: (link: LinkRow) =>
      act(async () => {
        const fresh = await call(links[':linkId'].reissue.$post(route(link)))
        props.onReissued({ group: link.group, kind: link.kind, links: [fresh] })
      }, t.confirmReissue),
  }
}

export type LinksList = ReturnType<typeof useLinksList>
