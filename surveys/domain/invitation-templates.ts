import type { Locale } from '../i18n/locales.ts'

export type MessageKind = 'invitation' | 'reminder'

export interface MessageTemplate {
  subject: string
  body: string
}

/** What a template's placeholders are filled with. */
export interface TemplateValues {
  name: string
  link: string
  deadline: string
  organisation: string
}

/**
 * The default messages, per kind and language. Placeholders: {name} {link} {deadline}
 * {organisation}. The link is personal and single-use; the wording says what it records.
 */
export const DEFAULT_TEMPLATES: Record<MessageKind, Record<Locale, MessageTemplate>> = {
  invitation: {
    en: {
      subject: '{organisation}: your views on our sustainability priorities',
      body: 'Dear {name},\n\n{organisation} is asking its stakeholders which environmental, social and governance issues matter most. Your answers help decide what our ESG report covers.\n\nPlease answer by {deadline} through your personal link (it takes about 10 minutes):\n{link}\n\nThe survey is anonymous: the link records only that it was used and on which day, never your answers.\n\nThank you,\n{organisation}',
    },
    'zh-Hant': {
      subject: '{organisation}：誠邀您就可持續發展重要議題提供意見',
      body: '{name} 您好：\n\n{organisation} 正邀請持份者評估哪些環境、社會及管治議題最為重要，您的意見將協助我們決定ESG報告的披露重點。\n\n請於{deadline}前透過您的個人連結作答（約需10分鐘）：\n{link}\n\n問卷以匿名方式進行：連結只記錄已被使用及使用日期，不會記錄您的答案。\n\n謝謝！\n{organisation}',
    },
    'zh-Hans': {
      subject: '{organisation}：诚邀您就可持续发展重要议题提供意见',
      body: '{name} 您好：\n\n{organisation} 正邀请利益相关方评估哪些环境、社会及管治议题最为重要，您的意见将帮助我们决定ESG报告的披露重点。\n\n请于{deadline}前通过您的个人链接作答（约需10分钟）：\n{link}\n\n问卷以匿名方式进行：链接只记录已被使用及使用日期，不会记录您的答案。\n\n谢谢！\n{organisation}',
    },
  },
  reminder: {
    en: {
      subject: 'Reminder: {organisation} sustainability survey closes {deadline}',
      body: 'Dear {name},\n\nA short reminder: {organisation} would value your views on its sustainability priorities. If you have not answered yet, please do so by {deadline}:\n{link}\n\nThe survey is anonymous: the link records only that it was used and on which day.\n\nThank you,\n{organisation}',
    },
    'zh-Hant': {
      subject: '提醒：{organisation}可持續發展問卷將於{deadline}截止',
      body: '{name} 您好：\n\n謹此提醒：{organisation}誠盼聽取您對可持續發展重要議題的意見。如您尚未作答，請於{deadline}前透過以下連結完成：\n{link}\n\n問卷以匿名方式進行：連結只記錄已被使用及使用日期。\n\n謝謝！\n{organisation}',
    },
    'zh-Hans': {
      subject: '提醒：{organisation}可持续发展问卷将于{deadline}截止',
      body: '{name} 您好：\n\n谨此提醒：{organisation}诚盼听取您对可持续发展重要议题的意见。如您尚未作答，请于{deadline}前通过以下链接完成：\n{link}\n\n问卷以匿名方式进行：链接只记录已被使用及使用日期。\n\n谢谢！\n{organisation}',
    },
  },
}

const PLACEHOLDER = /\{(name|link|deadline|organisation)\}/g

/**
 * Fills a template's placeholders in one pass (a name holding "{link}" stays text).
 * @example fillTemplate('Dear {name}', { name: 'Ann', … }) // 'Dear Ann'
 */
export function fillTemplate(text: string, values: TemplateValues): string {
  return text.replace(PLACEHOLDER, (_, key: keyof TemplateValues) => values[key])
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * A deadline (YYYY-MM-DD) as a message in that language writes it.
 * @example formatDeadline('2026-12-31', 'zh-Hant') // '2026年12月31日'
 */
export function formatDeadline(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  if (locale === 'en') return `${day} ${MONTHS[month - 1]} ${year}`
  return `${year}年${month}月${day}日`
}

/** The contact a preview or test send is written to, per language. */
export const SAMPLE_NAMES: Record<Locale, string> = {
  en: 'Alex Chan',
  'zh-Hant': '陳大文',
  'zh-Hans': '陈大文',
}

/** The token in a preview's or test send's link: an example, not a survey link anyone can use. */
export const SAMPLE_TOKEN = 'example'

/** What the outbox shows instead of a link that has been used (it is no longer stored). */
export const LINK_USED: Record<Locale, string> = {
  en: '(the link has been used)',
  'zh-Hant': '（連結已使用）',
  'zh-Hans': '（链接已使用）',
}

/**
 * The UTC day of a moment, the finest time an invitation keeps.
 * @example utcDay(new Date('2026-03-01T23:30:00Z')) // '2026-03-01'
 */
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10)

/**
 * A day some days after another.
 * @example addDays('2026-03-01', 14) // '2026-03-15'
 */
export function addDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000))
}
