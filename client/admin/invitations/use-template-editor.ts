import { useState } from 'preact/hooks'
import type { Locale } from '#surveys/i18n/locales'
import { messagesText } from '#surveys/i18n/messages'
import { call, type Data, server } from '../../shared/api.ts'
import { useChange } from '../../shared/use-change.ts'
import { useResource } from '../../shared/use-resource.ts'
import { templateErrors } from './template-problems.ts'

const templates = server.assessments[':id'].templates
export type TemplatePreview = Data<(typeof templates)['preview']['$post']>
type Kind = 'invitation' | 'reminder'
type Text = { subject: string; body: string }

/**
 * The template editor's state: the assessment's templates, which kind and language is open,
 * the edits kept per kind and language until saved, and save, reset, preview and test send.
 */
export function useTemplateEditor(props: {
  locale: Locale
  assessmentId: string
  onNotice(sentence: string): void
}) {
  const t = messagesText[props.locale]
  const param = { id: props.assessmentId }
  const list = useResource(() => call(templates.$get({ param })), [props.assessmentId])
  const [kind, setKind] = useState<Kind>('invitation')
  const [language, setLanguage] = useState<Locale>(props.locale)
  const [edits, setEdits] = useState<Record<string, Text>>({})
  const [preview, setPreview] = useState<TemplatePreview>()
  const change = useChange()
  const key = `${kind}:${language}`
  const stored =
    list.state === 'ready'
      ? list.data.templates.find((row) => row.kind === kind && row.language === language)
      : undefined
  const text: Text = edits[key] ?? { subject: stored?.subject ?? '', body: stored?.body ?? '' }
  const edit = (changed: Partial<Text>) => setEdits({ ...edits, [key]: { ...text, ...changed } })
  const forget = () =>
    setEdits(Object.fromEntries(Object.entries(edits).filter(([k]) => k !== key)))

  /** Checks the text first (in the reader's language), then sends; false when it did not go. */
  const send = (request: () => Promise<unknown>) => {
    const errors = templateErrors(text, props.locale)
    if (Object.keys(errors).length > 0) {
      change.setErrors(errors)
      return Promise.resolve(false)
    }
    return change.run(request)
  }
  const trial = () => ({ kind, language, template: text })
  return {
    list,
    kind,
    language,
    text,
    stored,
    preview,
    busy: change.busy,
    errors: change.errors,
    choose: (next: { kind?: Kind; language?: Locale }) => {
      setKind(next.kind ?? kind)
      setLanguage(next.language ?? language)
      setPreview(undefined)
      change.setErrors({})
    },
    edit,
    save: async () => {
      const json = text
      const param2 = { ...param, kind, language }
      if (await send(() => call(templates[':kind'][':language'].$put({ param: param2, json })))) {
        forget()
        list.reload()
        props.onNotice(t.templateSaved)
      }
    },
    reset: async () => {
      const param2 = { ...param, kind, language }
      if (
        await change.run(() => call(templates[':kind'][':language'].$delete({ param: param2 })))
      ) {
        forget()
        list.reload()
        props.onNotice(t.templateReset)
      }
    },
    showPreview: () =>
      send(async () => setPreview(await call(templates.preview.$post({ param, json: trial() })))),
    testSend: () =>
      send(async () => {
        const sent = await call(templates.test.$post({ param, json: trial() }))
        props.onNotice(t.testQueued(sent.to, sent.delivery === 'outbox'))
      }),
  }
}
