import { useState } from 'preact/hooks'
import { iroRegisterText } from '#surveys/i18n/iro-register'
import type { Locale } from '#surveys/i18n/locales'
import type { IroRowError } from '#surveys/schemas/iro-files'
import { ApiError, call, server } from '../../shared/api.ts'
import { useChange } from '../../shared/use-change.ts'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * POST …/iros/import with a CSV or XLSX file. A 422 is not a failure here but the rows' errors
 * (nothing stored), returned so the tab can list them and offer to skip them.
 */
async function sendImport(assessmentId: string, file: File, skipInvalid: boolean) {
  const type = file.name.toLowerCase().endsWith('.xlsx') ? XLSX_TYPE : 'text/csv'
  const response = await server.assessments[':id'].iros.import
    .$post(
      { param: { id: assessmentId }, query: { skipInvalid: skipInvalid ? 'true' : 'false' } },
      { headers: { 'content-type': type }, init: { body: file } },
    )
    .catch(() => {
      throw new ApiError(0, 'network', 'network')
    })
  if (response.status === 422) {
    const rejected = await response.json()
    return { rejected: true as const, errors: rejected.errors as IroRowError[] }
  }
  return { rejected: false as const, ...(await call(Promise.resolve(response))) }
}

/**
 * The import's state, as the contacts import does it: a file sent once; when rows have errors
 * nothing is stored and they are kept to show, with the choice to send again skipping them.
 */
export function useIroImport(props: {
  locale: Locale
  assessmentId: string
  onImported(sentence: string): void
}) {
  const t = iroRegisterText[props.locale]
  const [file, setFile] = useState<File>()
  const [rowErrors, setRowErrors] = useState<IroRowError[]>([])
  // Bumped after an import, so the file input is emptied (a file input cannot be set).
  const [version, setVersion] = useState(0)
  const change = useChange()
  const send = async (skipInvalid: boolean) => {
    if (!file) return change.setErrors({ _: t.chooseFile })
    await change.run(async () => {
      const result = await sendImport(props.assessmentId, file, skipInvalid)
      if (result.rejected) return setRowErrors(result.errors)
      setRowErrors([])
      setFile(undefined)
      setVersion((n) => n + 1)
      props.onImported(t.imported(result.created, result.skipped))
    })
  }
  return {
    version,
    setFile: (next: File | undefined) => {
      setFile(next)
      setRowErrors([])
    },
    rowErrors,
    badRows: new Set(rowErrors.map((error) => error.row)).size,
    busy: change.busy,
    errors: change.errors,
    send,
  }
}
