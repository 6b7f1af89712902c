import type { Locale } from '#surveys/i18n/locales'
import { messagesText } from '#surveys/i18n/messages'
import type { TemplatePreview as Preview } from './use-template-editor.ts'

/** A rendered template: its subject, the plain-text part and the HTML part (in a sandbox). */
export function TemplatePreview(props: { locale: Locale; language: Locale; preview: Preview }) {
  const t = messagesText[props.locale]
  const { preview } = props
  return (
    <section class="stack template-preview" aria-labelledby="preview-title">
      <h4 id="preview-title">{t.previewTitle}</h4>
      <p class="hint">{t.previewFor(preview.to)}</p>
      <p lang={props.language}>
        <strong>{t.subject}:</strong> {preview.subject}
      </p>
      <div class="preview-parts">
        <div>
          <h5>{t.plainText}</h5>
          <pre class="preview-text" lang={props.language} data-testid="preview-text">
            {preview.text}
          </pre>
        </div>
        <div>
          <h5>{t.html}</h5>
          {/* No scripts, no same origin: only the message's own HTML. */}
          <iframe class="preview-html" title={t.htmlFrame} sandbox="" srcDoc={preview.html} />
        </div>
      </div>
    </section>
  )
}
