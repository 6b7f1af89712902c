import { commentsText } from '#surveys/i18n/comments'
import { LOCALE_NAMES, type Locale, parseLocale } from '#surveys/i18n/locales'
import { call, server } from '../../shared/api.ts'
import { useLocale } from '../../shared/locale.tsx'
import { useResource } from '../../shared/use-resource.ts'
import type { RespondentComments } from '../assessment-types.ts'

export type Suggestion = RespondentComments['suggestions'][number]

/**
 * The issues respondents suggested in the assessment this one was copied from, each ready to
 * become an issue of this one: copying forward is when the library can grow.
 */
export function PreviousSuggestions(props: {
  previousId: string
  onUse(suggestion: Suggestion, locale: Locale): void
}) {
  const { locale } = useLocale()
  const t = commentsText[locale]
  const loaded = useResource(
    () =>
      call(server.assessments[':id'].comments.$get({ param: { id: props.previousId }, query: {} })),
    [props.previousId],
  )
  // Nothing to offer (or no right to read them): the panel stays away.
  if (loaded.state !== 'ready' || loaded.data.suggestions.length === 0) return null
  return (
    <section class="card" aria-labelledby="previous-suggestions-title">
      <h2 id="previous-suggestions-title">{t.previousTitle}</h2>
      <p class="hint">{t.previousLead}</p>
      <ul class="comment-list">
        {loaded.data.suggestions.map((suggestion, index) => {
          const language = parseLocale(suggestion.locale) ?? 'en'
          return (
            <li key={index} class="suggestion-item">
              <blockquote id={`suggestion-${index}`} lang={suggestion.locale}>
                {suggestion.body}
              </blockquote>
              <p class="comment-meta">
                {LOCALE_NAMES[language]}{' '}
                <button
                  type="button"
                  class="button button--secondary button--small"
                  aria-describedby={`suggestion-${index}`}
                  onClick={() => props.onUse(suggestion, language)}
                >
                  {t.useAsIssue}
                </button>
              </p>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
