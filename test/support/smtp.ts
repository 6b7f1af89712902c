import type { AddressInfo } from 'node:net'
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/**
 * A real SMTP server in this process (smtp-server), keeping every message it accepts parsed by
 * mailparser. Recipients starting with `bounce` are refused with 550 at RCPT TO, as a server
 * refuses an unknown mailbox.
 */
export async function startSmtpServer(
  options: {
    /** Called once a message has arrived, before the server answers 250: `false` never answers. */
    onMessage?: (mail: ParsedMail) => boolean
  } = {},
) {
  const received: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('bounce')) {
        const error = Object.assign(new Error(`5.1.1 <${address.address}>: user unknown`), {
          responseCode: 550,
        })
        return callback(error)
      }
      callback()
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail)
          if (options.onMessage?.(mail) !== false) callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
