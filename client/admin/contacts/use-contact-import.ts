import { useState } from 'preact/hooks'
import { contactsText } from '#surveys/i18n/contacts'
import type { Locale } from '#surveys/i18n/locales'
import type { ContactRowError } from '#surveys/schemas/contacts'
import { ApiError, call } from '../../shared/api.ts'
import { useChange } from '../../shared/use-change.ts'
import { contactsRoute } from './use-contacts.ts'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** What goes to the server: the chosen file (CSV or XLSX by its name) or else the pasted text. */
function upload(file: File | undefined, text: string) {
  if (file) {
    const xlsx = file.name.toLowerCase().endsWith('.xlsx')
    return { body: file as Blob, type: xlsx ? XLSX_TYPE : 'text/csv' }
  }
  return { body: new Blob([text]), type: 'text/csv' }
}

/**
 * POST /api/organisations/:id/contacts with a file. A 422 is not a failure here but the rows'
 * errors (nothing stored), returned so the page can list them and offer to skip them.
 */
async function sendImport(organisationId: string, file: Blob, type: string, skipInvalid: boolean) {
  const response = await contactsRoute
    .$post(
      { param: { id: organisationId }, query: { skipInvalid: skipInvalid ? 'true' : 'false' } },
      { headers: { 'content-type': type }, init: { body: file } },
    )
    .catch(() => {
      throw new ApiError(0, 'network', 'network')
    })
  if (response.status === 422) {
    const rejected = await response.json()
    return { rejected: true as const, errors: rejected.errors as ContactRowError[] }
  }
  return { rejected: false as const, ...(await call(Promise.resolve(response))) }
}

/**
 * The import form's state: a file or pasted CSV, sent once; when rows have errors nothing is
 * stored and they are kept to show, with the choice to send again skipping them.
 */
export function useContactImport(props: {
  locale: Locale
  organisationId: string
  onImported(sentence: string): void
}) {
  const t = contactsText[props.locale]
  const [file, setFile] = useState<File>()
  const [text, setText] = useState('')
  const [rowErrors, setRowErrors] = useState<ContactRowError[]>([])
  // Bumped after an import, so the file input is emptied (a file input cannot be set).
  const [version, setVersion] = useState(0)
  const change = useChange()
  const send = async (skipInvalid: boolean) => {
    if (!file && !text.trim()) return change.setErrors({ _: t.chooseSomething })
    const { body, type } = upload(file, text)
    await change.run(async () => {
      const result = await sendImport(props.organisationId, body, type, skipInvalid)
      if (result.rejected) return setRowErrors(result.errors)
      setRowErrors([])
      setText('')
      setFile(undefined)
      setVersion((n) => n + 1)
      props.onImported(t.imported(result.created, result.skipped))
    })
  }
  return {
    version,
    file,
    setFile: (next: File | undefined) => {
      setFile(next)
      setRowErrors([])
    },
    text,
    setText: (next: string) => {
      setText(next)
      setRowErrors([])
    },
    rowErrors,
    badRows: new Set(rowErrors.map((error) => error.row)).size,
    busy: change.busy,
    errors: change.errors,
    send,
  }
}
