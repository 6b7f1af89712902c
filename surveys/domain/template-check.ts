/** The placeholders a message template may hold; `{link}` is required in the body. */
export const PLACEHOLDERS = ['name', 'link', 'deadline', 'organisation'] as const
export type Placeholder = (typeof PLACEHOLDERS)[number]

/** Anything in braces reads as a placeholder: a misspelt one must not reach a stakeholder. */
const BRACED = /\{([^{}\n]{0,40})\}/g

/** What is wrong with a template's text, as codes the screens translate. */
export type TemplateProblem =
  | { code: 'unknown_placeholder'; placeholder: string }
  | { code: 'link_required' }
  | { code: 'link_in_subject' }

/**
 * The placeholders in a text that are not one of PLACEHOLDERS, each once, in order.
 * @example unknownPlaceholders('Dear {nmae}, {link}') // ['{nmae}']
 */
export function unknownPlaceholders(text: string): string[] {
  const found = [...text.matchAll(BRACED)]
    .filter((match) => !(PLACEHOLDERS as readonly string[]).includes(match[1] ?? ''))
    .map((match) => match[0])
  return [...new Set(found)]
}

/**
 * A template's problems by field: unknown placeholders anywhere; the body must hold `{link}`
 * (the personal link is the point of the message); the subject must not (it is not a link there).
 * @example templateProblems({ subject: 'Hi', body: 'No link' }).body // [{ code: 'link_required' }]
 */
export function templateProblems(template: { subject: string; body: string }) {
  const unknown = (text: string): TemplateProblem[] =>
    unknownPlaceholders(text).map((placeholder) => ({ code: 'unknown_placeholder', placeholder }))
  const subject = unknown(template.subject)
  if (template.subject.includes('{link}')) subject.push({ code: 'link_in_subject' })
  const body = unknown(template.body)
  if (!template.body.includes('{link}')) body.push({ code: 'link_required' })
  return { subject, body }
}

/** A problem in English, as the API's field errors say it. */
export function problemText(problem: TemplateProblem): string {
  switch (problem.code) {
    case 'unknown_placeholder':
      return `Unknown placeholder ${problem.placeholder}: use {name}, {link}, {deadline} or {organisation}.`
    case 'link_required':
      return 'The message needs {link}: it is where the personal survey link goes.'
    case 'link_in_subject':
      return 'Put {link} in the message, not the subject.'
  }
}
