import { draftText } from '#surveys/i18n/confirmation-draft'
import type { Locale } from '#surveys/i18n/locales'
import type { ConfirmationDraft } from '#surveys/schemas/confirmation-view'
import { formatDate } from '../../shared/dates.ts'
import type { DraftMeta, SaveState } from './draft-store.ts'

/**
 * Where the shared draft stands: saving or saved, who changed it last and when; after a
 * conflict, whose version to keep.
 */
export function DraftStatus(props: {
  status: SaveState
  meta: DraftMeta
  theirs: ConfirmationDraft | null
  locale: Locale
  onRetry(): void
  onTakeTheirs(current: ConfirmationDraft): void
  onKeepMine(current: ConfirmationDraft): void
}) {
  const { status, meta, theirs, locale } = props
  const t = draftText[locale]
  if (status === 'conflict') {
    const by = theirs?.updatedBy?.name
    const at = theirs?.updatedAt
    return (
      <div class="notice notice--danger" role="alert" data-testid="draft-conflict">
        <p>
          <strong>{t.conflictTitle}</strong>
        </p>
        <p>{by && at ? t.conflictBody(by, formatDate(at, locale)) : t.conflictUnknown}</p>
        {theirs && (
          <div class="button-row">
            <button type="button" class="button" onClick={() => props.onTakeTheirs(theirs)}>
              {t.takeTheirs}
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => props.onKeepMine(theirs)}
            >
              {t.keepMine}
            </button>
          </div>
        )}
      </div>
    )
  }
  if (status === 'locked') {
    return (
      <div class="notice notice--danger" role="alert">
        <p>{t.locked}</p>
        <button type="button" class="button" onClick={() => location.reload()}>
          {t.reload}
        </button>
      </div>
    )
  }
  const last =
    meta.updatedBy && meta.updatedAt
      ? t.lastChange(meta.updatedBy.name, formatDate(meta.updatedAt, locale))
      : t.notSavedYet
  return (
    <p class="draft-status hint" data-testid="draft-status">
      <span aria-live="polite">
        {status === 'saving'
          ? t.saving
          : status === 'pending'
            ? t.pending
            : status === 'failed'
              ? t.failed
              : meta.version > 0 && t.saved}
      </span>{' '}
      <span data-testid="draft-last-change">{last}</span>
      {status === 'failed' && (
        <button type="button" class="button button--quiet button--small" onClick={props.onRetry}>
          {t.retry}
        </button>
      )}
    </p>
  )
}
