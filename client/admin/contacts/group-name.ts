import { DEFAULT_STAKEHOLDER_GROUPS } from '#surveys/domain/stakeholders'
import type { Locale } from '#surveys/i18n/locales'

const NAMES = new Map(DEFAULT_STAKEHOLDER_GROUPS.map((group) => [group.key, group.names]))

/**
 * A contact's group in the reader's language: a default group's name, else its key as stored.
 * @example groupName('employees', 'zh-Hant') // '員工'
 */
export const groupName = (key: string, locale: Locale) => NAMES.get(key)?.[locale] ?? key
