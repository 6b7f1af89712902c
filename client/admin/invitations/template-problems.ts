import { type TemplateProblem, templateProblems } from '#surveys/domain/template-check'
import type { Locale } from '#surveys/i18n/locales'
import { messagesText } from '#surveys/i18n/messages'
import type { FieldErrors } from '../../shared/form.ts'

/**
 * A template's problems as field errors in the reader's language (the server checks the same
 * rules and answers in English).
 * @example templateErrors({ subject: 'Hi', body: 'no link' }, 'en').body // 'The message needs {link}…'
 */
export function templateErrors(text: { subject: string; body: string }, locale: Locale) {
  const t = messagesText[locale]
  const say = (problem: TemplateProblem) =>
    problem.code === 'unknown_placeholder'
      ? t.unknownPlaceholder(problem.placeholder)
      : problem.code === 'link_required'
        ? t.linkRequired
        : t.linkInSubject
  const problems = templateProblems(text)
  const errors: FieldErrors = {}
  const subject = text.subject.trim() === '' ? t.required : problems.subject.map(say).join(' ')
  const body = text.body.trim() === '' ? t.required : problems.body.map(say).join(' ')
  if (subject) errors.subject = subject
  if (body) errors.body = body
  return errors
}
