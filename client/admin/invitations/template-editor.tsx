import { PLACEHOLDERS } from '#surveys/domain/template-check'
import { commonText } from '#surveys/i18n/common'
import { LOCALE_NAMES, LOCALES, type Locale } from '#surveys/i18n/locales'
import { messagesText } from '#surveys/i18n/messages'
import { Field } from '../../shared/components/field.tsx'
import { ErrorState, Loading } from '../../shared/components/states.tsx'
import { SelectField, TextAreaField } from '../components/fields.tsx'
import { TemplatePreview } from './template-preview.tsx'
import { useTemplateEditor } from './use-template-editor.ts'

/** Edit the invitation and reminder in each language, preview them and send a test to oneself. */
export function TemplateEditor(props: {
  locale: Locale
  assessmentId: string
  onNotice(sentence: string): void
}) {
  const t = messagesText[props.locale]
  const common = commonText[props.locale]
  const s = useTemplateEditor(props)
  return (
    <section class="card stack" aria-labelledby="templates-title">
      <h3 id="templates-title">{t.templatesTitle}</h3>
      <p class="hint">
        {t.templatesLead} {PLACEHOLDERS.map((name) => `{${name}}`).join(' ')}
      </p>
      {s.list.state === 'loading' && <Loading label={common.loading} />}
      {s.list.state === 'error' && (
        <ErrorState
          message={common.networkError}
          retryLabel={common.retry}
          onRetry={s.list.reload}
        />
      )}
      {s.list.state === 'ready' && (
        <form
          class="stack"
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            s.save()
          }}
        >
          <div class="template-choice">
            <SelectField
              id="template-kind"
              label={t.kind}
              value={s.kind}
              options={(['invitation', 'reminder'] as const).map((kind) => ({
                value: kind,
                label: t[`kind_${kind}`],
              }))}
              onChange={(kind) => s.choose({ kind })}
            />
            <SelectField
              id="template-language"
              label={t.language}
              value={s.language}
              options={LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }))}
              onChange={(language) => s.choose({ language })}
            />
          </div>
          <p class="hint">{s.stored?.custom ? t.custom : t.builtIn}</p>
          <Field
            id="template-subject"
            label={t.subject}
            lang={s.language}
            error={s.errors.subject ?? s.errors['template.subject']}
            value={s.text.subject}
            onInput={(e) => s.edit({ subject: e.currentTarget.value })}
          />
          <TextAreaField
            id="template-body"
            label={t.body}
            lang={s.language}
            rows={12}
            error={s.errors.body ?? s.errors['template.body']}
            value={s.text.body}
            onInput={(body) => s.edit({ body })}
          />
          {s.errors._ && (
            <p class="error-message" role="alert">
              {s.errors._}
            </p>
          )}
          <TemplateActions locale={props.locale} editor={s} />
          {s.preview && (
            <TemplatePreview locale={props.locale} language={s.language} preview={s.preview} />
          )}
        </form>
      )}
    </section>
  )
}

/** Save, preview, test send and, for the assessment's own wording, back to the built-in one. */
function TemplateActions(props: { locale: Locale; editor: ReturnType<typeof useTemplateEditor> }) {
  const t = messagesText[props.locale]
  const s = props.editor
  const secondary = (label: string, onClick: () => unknown) => (
    <button type="button" class="button button--secondary" disabled={s.busy} onClick={onClick}>
      {label}
    </button>
  )
  return (
    <div class="button-row">
      <button type="submit" class="button" disabled={s.busy}>
        {t.save}
      </button>
      {secondary(t.preview, s.showPreview)}
      {secondary(t.testSend, s.testSend)}
      {s.stored?.custom && secondary(t.reset, s.reset)}
    </div>
  )
}
