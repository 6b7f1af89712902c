import type { ClaimedMessage } from '#db/queries/messages'
import { SAMPLE_TOKEN } from '#surveys/domain/invitation-templates'

/** What nodemailer sends: text and HTML parts, and headers that make unsubscribing one click. */
export interface Email {
  from: string
  to: string
  subject: string
  text: string
  html: string
  messageId: string
  headers: Record<string, string>
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The plain text as HTML: paragraphs, line breaks and the link made clickable. */
export function messageHtml(text: string, link: string, lang: string): string {
  const paragraphs = text.split(/\n{2,}/).map((paragraph) => {
    const lines = escapeHtml(paragraph)
      .split('\n')
      .map((line) =>
        link && line === escapeHtml(link) ? `<a href="${escapeHtml(link)}">${line}</a>` : line,
      )
    return `<p>${lines.join('<br>')}</p>`
  })
  return `<!doctype html><html lang="${lang}"><body>${paragraphs.join('')}</body></html>`
}

/**
 * A queued message as an email. The Message-ID comes from the idempotency key, so a receiving
 * system that sees one message twice can tell. List-Unsubscribe with List-Unsubscribe-Post is
 * RFC 8058's one-click unsubscribe; a test send (to the signed-in user, no contact) has none,
 * and its link is the example one.
 */
export function composeEmail(
  message: ClaimedMessage,
  context: { from: string; origin: string; unsubscribeToken?: string | undefined },
): Email {
  const token = message.test ? SAMPLE_TOKEN : message.token
  const link = token ? `${context.origin}/s/${token}` : ''
  const text = message.body.replaceAll('{link}', link)
  const host = new URL(context.origin).hostname
  const unsubscribe: Record<string, string> = context.unsubscribeToken
    ? {
        'List-Unsubscribe': `<${context.origin}/api/mail/unsubscribe/${context.unsubscribeToken}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      }
    : {}
  return {
    from: context.from,
    to: message.recipient,
    subject: message.subject,
    text,
    html: messageHtml(text, link, message.locale),
    messageId: `<${message.idempotencyKey.replaceAll(':', '.')}@${host}>`,
    headers: { ...unsubscribe, 'Auto-Submitted': 'auto-generated' },
  }
}
