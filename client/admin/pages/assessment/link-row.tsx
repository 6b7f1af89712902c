import { linksText } from '#surveys/i18n/assessment-links'
import { formatDate } from '../../../shared/dates.ts'
import { useLocale } from '../../../shared/locale.tsx'
import type { LinkRow } from '../../assessment-types.ts'
import type { CreatedBatch } from './use-create-links.ts'
import type { LinksList } from './use-links-list.ts'

/** One link: its group, kind, dates, state and responses; an editor's actions on it. */
export function LinkRowView({
  link,
  groupName,
  editable,
  list,
  onShow,
}: {
  link: LinkRow
  groupName: string
  editable: boolean
  list: LinksList
  onShow(batch: CreatedBatch): void
}) {
  const { locale } = useLocale()
  const t = linksText[locale]
  return (
    <tr>
      <td class="link-group">{groupName}</td>
      <td class="link-kind" data-label={t.kind}>
        {t[`short_${link.kind}`]}
        {link.url && (
          <button
            type="button"
            class="button button--quiet button--small"
            aria-label={t.showLinkOf(link.id)}
            onClick={() =>
              onShow({
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
        {formatDate(link.createdAt, locale)}
      </td>
      <td class="link-date" data-label={t.expires}>
        {link.expiresAt ? formatDate(link.expiresAt, locale) : t.never}
      </td>
      <td data-label={t.status}>
        <span class={`badge badge--link-${link.status}`}>{t[`status_${link.status}`]}</span>
      </td>
      <td class="number" data-label={t.responses}>
        {link.completions}
        {link.maxResponses ? ` / ${link.maxResponses}` : ''}
      </td>
      {editable && (
        <td class="link-actions">
          {link.status !== 'revoked' &&
            !(link.kind === 'single-use' && link.status === 'completed') && (
              <button
                type="button"
                class="button button--quiet button--small"
                aria-label={t.revokeLink(link.id)}
                onClick={() => list.revoke(link)}
              >
                {t.revoke}
              </button>
            )}
          {['unused', 'started'].includes(link.status) && (
            <button
              type="button"
              class="button button--quiet button--small"
              aria-label={t.expireLink(link.id)}
              onClick={() => list.expire(link)}
            >
              {t.expireNow}
            </button>
          )}
          {!(link.kind === 'single-use' && link.status === 'completed') && (
            <button
              type="button"
              class="button button--quiet button--small"
              aria-label={t.reissueLink(link.id)}
              onClick={() => list.reissue(link)}
            >
              {t.reissue}
            </button>
          )}
        </td>
      )}
    </tr>
  )
}
