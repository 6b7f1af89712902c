import { contactsText } from '#surveys/i18n/contacts'
import type { Locale } from '#surveys/i18n/locales'
import type { ContactRowError } from '#surveys/schemas/contacts'
import { ApiError, call } from '../../shared/api.ts'
import { type ImportAnswer, type Upload, useFileImport } from '../components/use-file-import.ts'
import { contactsRoute } from './use-contacts.ts'

/**
 * POST /api/organisations/:id/contacts with a file. A 422 is not a failure here but the rows'
 * errors (nothing stored), returned so the page can list them and offer to skip them.
 */
async function sendImport(
  organisationId: string,
  { body, type }: Upload,
  skipInvalid: boolean,
): Promise<ImportAnswer<ContactRowError>> {
  const response = await contactsRoute
    .$post(
      { param: { id: organisationId }, query: { skipInvalid: skipInvalid ? 'true' : 'false' } },
      { headers: { 'content-type': type }, init: { body } },
    )
    .catch(() => {
      throw new ApiError(0, 'network', 'network')
    })
  if (response.status === 422) {
    const rejected = await response.json()
    return { rejected: true, errors: rejected.errors as ContactRowError[] }
  }
  return { rejected: false, ...(await call(Promise.resolve(response))) }
}

/** The contacts import's state: useFileImport on the organisation's contacts, file or pasted CSV. */
export function useContactImport(props: {
  locale: Locale
  organisationId: string
  onImported(sentence: string): void
}) {
  const t = contactsText[props.locale]
  return useFileImport<ContactRowError>({
    post: (upload, skipInvalid) => sendImport(props.organisationId, upload, skipInvalid),
    nothingChosen: t.chooseSomething,
    imported: t.imported,
    onImported: props.onImported,
  })
}
