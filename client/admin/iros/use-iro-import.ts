import { iroRegisterText } from '#surveys/i18n/iro-register'
import type { Locale } from '#surveys/i18n/locales'
import type { IroRowError } from '#surveys/schemas/iro-files'
import { ApiError, call, server } from '../../shared/api.ts'
import { type ImportAnswer, type Upload, useFileImport } from '../components/use-file-import.ts'

/**
 * POST …/iros/import with a CSV or XLSX file. A 422 is not a failure here but the rows' errors
 * (nothing stored), returned so the tab can list them and offer to skip them.
 */
async function sendImport(
  assessmentId: string,
  { body, type }: Upload,
  skipInvalid: boolean,
): Promise<ImportAnswer<IroRowError>> {
  const response = await server.assessments[':id'].iros.import
    .$post(
      { param: { id: assessmentId }, query: { skipInvalid: skipInvalid ? 'true' : 'false' } },
      { headers: { 'content-type': type }, init: { body } },
    )
    .catch(() => {
      throw new ApiError(0, 'network', 'network')
    })
  if (response.status === 422) {
    const rejected = await response.json()
    return { rejected: true, errors: rejected.errors as IroRowError[] }
  }
  return { rejected: false, ...(await call(Promise.resolve(response))) }
}

/** The register import's state: useFileImport on …/iros/import, worded for the IRO tab. */
export function useIroImport(props: {
  locale: Locale
  assessmentId: string
  onImported(sentence: string): void
}) {
  const t = iroRegisterText[props.locale]
  return useFileImport<IroRowError>({
    post: (upload, skipInvalid) => sendImport(props.assessmentId, upload, skipInvalid),
    nothingChosen: t.chooseFile,
    imported: t.imported,
    onImported: props.onImported,
  })
}
