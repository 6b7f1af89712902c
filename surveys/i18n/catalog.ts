import type { Locale } from './locales.ts'

type Message = string | ((...args: never[]) => string)

/**
 * UI strings of one area in every locale. English defines the keys; the type makes a missing or
 * extra key in zh-Hant or zh-Hans a compile error, and test/surveys/i18n.test.ts checks it again
 * at run time.
 * @example export const authText = catalog({ signIn: 'Sign in' }, { signIn: '登入' }, { signIn: '登录' })
 */
export function catalog<T extends Record<string, Message>>(
  en: T,
  zhHant: Widen<T>,
  zhHans: Widen<T>,
): Catalog<T> {
  return { en: en as Widen<T>, 'zh-Hant': zhHant, 'zh-Hans': zhHans }
}

/** The same keys with string literals widened, so translations need not equal the English. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] }
export type Catalog<T> = Record<Locale, Widen<T>>
