import { useState } from 'preact/hooks'
import { can } from '#surveys/domain/permissions'
import { contactsText } from '#surveys/i18n/contacts'
import type { Locale } from '#surveys/i18n/locales'
import { call, type Data, server } from '../../shared/api.ts'
import { useAnnouncedChange } from '../../shared/use-change.ts'
import { useResource } from '../../shared/use-resource.ts'
import { useSession } from '../session.tsx'

export const contactsRoute = server.organisations[':id'].contacts

export type ContactView = Data<typeof contactsRoute.$get>['contacts'][number]

type Text = (typeof contactsText)['en']

/**
 * The contacts page's state: which organisation (one whose register the user may manage), its
 * contacts, and the changes on one contact (deactivate, reactivate, erase after asking), each
 * announced as one sentence.
 */
export function useContacts(locale: Locale) {
  const t: Text = contactsText[locale]
  const { me } = useSession()
  const organisations = (me?.organisations ?? []).filter((o) => can(o.role, 'manageContacts'))
  const [organisationId, setOrganisationId] = useState(() => organisations[0]?.id ?? '')
  const list = useResource(
    () => call(contactsRoute.$get({ param: { id: organisationId }, query: {} })),
    [organisationId],
  )
  const status = useAnnouncedChange(() => t.actionFailed)
  const [erasing, setErasing] = useState<ContactView>()
  const [editing, setEditing] = useState<ContactView>()

  const act = async (send: () => Promise<unknown>, done: string) => {
    await status.run(async () => {
      await send()
      return done
    })
    setErasing(undefined)
    list.reload()
  }
  const route = (contact: ContactView) => ({
    param: { id: organisationId, contactId: contact.id },
  })
  const one = contactsRoute[':contactId']

  return {
    organisations,
    organisationId,
    setOrganisationId,
    list,
    message: status.message,
    announce: status.announce,
    busy: status.busy,
    erasing,
    askErase: setErasing,
    editing,
    setEditing,
    toggleActive: (contact: ContactView) =>
      contact.active
        ? act(() => call(one.deactivate.$post(route(contact))), t.deactivated(contact.name))
        : act(() => call(one.reactivate.$post(route(contact))), t.reactivated(contact.name)),
    erase: (contact: ContactView) =>
      act(() => call(one.$delete(route(contact))), t.erased(contact.name)),
  }
}

export type ContactsState = ReturnType<typeof useContacts>
