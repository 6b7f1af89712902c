import type { Locale, LocalizedText } from '#surveys/i18n/locales'

/** A group a contact can be in, as the contacts listing gives it: a default or a custom one. */
export interface GroupOption {
  key: string
  names: LocalizedText
}

/**
 * A contact's group in the reader's language: its name among the organisation's groups, else its
 * key as stored.
 * @example groupName('employees', 'zh-Hant', groups) // '員工'
 */
export const groupName = (key: string, locale: Locale, groups: readonly GroupOption[]) =>
  groups.find((group) => group.key === key)?.names[locale] ?? key
