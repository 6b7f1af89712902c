import { invitationsText } from '#surveys/i18n/invitations'
import { LOCALE_NAMES, type Locale } from '#surveys/i18n/locales'
import { mailMergePath, type OutboxMessage } from './use-invitations.ts'

/** The outbox: every message with recipient, subject and language; and the mail-merge file. */
export function OutboxTable(props: {
  locale: Locale
  assessmentId: string
  messages: OutboxMessage[]
}) {
  const t = invitationsText[props.locale]
  return (
    <section class="stack" aria-labelledby="outbox-title">
      <div>
        <h3 id="outbox-title">{t.outboxTitle}</h3>
        <p class="hint">{t.outboxLead}</p>
      </div>
      {props.messages.length === 0 ? (
        <p>{t.outboxEmpty}</p>
      ) : (
        <>
          <p>
            <a class="button button--secondary" href={mailMergePath(props.assessmentId)} download>
              {t.mailMerge}
            </a>
          </p>
          <div class="table-wrap">
            <table class="table stacked-table">
              <caption class="visually-hidden">{t.outboxTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.recipient}</th>
                  <th scope="col">{t.subject}</th>
                  <th scope="col">{t.language}</th>
                  <th scope="col">{t.kind}</th>
                  <th scope="col">{t.status}</th>
                </tr>
              </thead>
              <tbody>
                {props.messages.map((message) => (
                  <tr key={message.id}>
                    <th scope="row" class="email">
                      {message.recipient}
                    </th>
                    <td class="wide-cell" data-label={t.subject}>
                      {message.subject}
                    </td>
                    <td data-label={t.language}>{LOCALE_NAMES[message.language]}</td>
                    <td data-label={t.kind}>{t[`kind_${message.kind}`]}</td>
                    <td data-label={t.status}>{t[`status_${message.status}`]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
