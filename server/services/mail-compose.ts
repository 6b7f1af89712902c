import type { ClaimedMessage } from '#db/queries/messages'

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
function toHtml(text: string, link: string, lang: string): string {
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
 * RFC 8058's one-click unsubscribe.
 */
export function composeEmail(
  message: ClaimedMessage,
  context: { from: string; origin: string; unsubscribeToken: string },
): Email {
  const link = message.token ? `${context.origin}/s/${message.token}` : ''
  const text = message.body.replaceAll('{link}', link)
  const host = new URL(context.origin).hostname
  const unsubscribeUrl = `${context.origin}/api/mail/unsubscribe/${context.unsubscribeToken}`
  return {
    from: context.from,
    to: message.recipient,
    subject: message.subject,
    text,
    html: toHtml(text, link, message.locale),
    messageId: `<${message.idempotencyKey.replaceAll(':', '.')}@${host}>`,
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
    },
  }
}
