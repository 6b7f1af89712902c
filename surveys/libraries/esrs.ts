import type { Aspect, IssueDefinition } from '../domain/model.ts'
import type { LocalizedText } from '../i18n/locales.ts'
import { HKEX_33 } from './hkex-33.ts'

/** A sustainability matter at the bottom of AR 16's table, with what it maps to. */
export interface EsrsMatter {
  /** E.g. "S1.1.3": topic, sub-topic and sub-sub-topic in the table's order. */
  code: string
  names: LocalizedText
  /** Codes of the HKEX 33 issues (surveys/libraries/hkex-33.ts) it overlaps. */
  hkex33: readonly string[]
  /** GRI topic standards, e.g. "GRI 305: Emissions 2016". */
  gri: readonly string[]
}

/** A sub-topic: mapped itself when it has no sub-sub-topics, else through them. */
export type EsrsSubTopic = {
  code: string
  names: LocalizedText
  /** The HKEX Guide aspect it falls under when it differs from its topic's (e.g. E1 energy: A2). */
  hkexAspect?: string
} & (
  | { hkex33: readonly string[]; gri: readonly string[]; subSubTopics?: undefined }
  | { subSubTopics: readonly EsrsMatter[]; examples?: true }
)

export interface EsrsTopic {
  code: string
  names: LocalizedText
  /** The topical standard's title, e.g. "ESRS E5 Resource use and circular economy". */
  standard: LocalizedText
  /** The HKEX aspect group its issues sit in (environmental, employment, operating, community). */
  aspect: Aspect
  /** The HKEX ESG Reporting Guide aspect (A1–A4, B1–B8) of its sub-topics by default. */
  hkexAspect: string
  subTopics: readonly EsrsSubTopic[]
}

/** One version of the ESRS list; a revised list is a new version, added as data. */
export interface EsrsLibrary {
  key: string
  source: string
  topics: readonly EsrsTopic[]
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)]

/** The HKEX 33 codes (in number order) and GRI standards of a sub-topic: its own, or its children's. */
export function subTopicMapping(sub: EsrsSubTopic): { hkex33: string[]; gri: string[] } {
  if (!sub.subSubTopics) return { hkex33: [...sub.hkex33], gri: [...sub.gri] }
  return {
    hkex33: unique(sub.subSubTopics.flatMap((matter) => matter.hkex33)).sort(
      (a, b) => Number(a) - Number(b),
    ),
    gri: unique(sub.subSubTopics.flatMap((matter) => matter.gri)),
  }
}

function describe(topic: EsrsTopic, sub: EsrsSubTopic): LocalizedText {
  const children = sub.subSubTopics ?? []
  if (children.length === 0) {
    return {
      en: `A sustainability matter of ${topic.standard.en} (ESRS 1 AR 16).`,
      'zh-Hant': `${topic.standard['zh-Hant']}下的可持續發展事項（ESRS 1 AR 16）。`,
      'zh-Hans': `${topic.standard['zh-Hans']}下的可持续发展事项（ESRS 1 AR 16）。`,
    }
  }
  const list = (locale: keyof LocalizedText, separator: string) =>
    children.map((matter) => matter.names[locale]).join(separator)
  return {
    en: `A sub-topic of ${topic.standard.en}, covering: ${list('en', '; ')}.`,
    'zh-Hant': `${topic.standard['zh-Hant']}的子議題，涵蓋：${list('zh-Hant', '；')}。`,
    'zh-Hans': `${topic.standard['zh-Hans']}的子议题，涵盖：${list('zh-Hans', '；')}。`,
  }
}

/** A sub-topic's name, with its topic's in brackets where another topic has one of that name. */
function issueName(topic: EsrsTopic, sub: EsrsSubTopic, shared: Set<string>): LocalizedText {
  if (!shared.has(sub.names.en)) return { ...sub.names }
  return {
    en: `${sub.names.en} (${topic.names.en.toLowerCase()})`,
    'zh-Hant': `${sub.names['zh-Hant']}（${topic.names['zh-Hant']}）`,
    'zh-Hans': `${sub.names['zh-Hans']}（${topic.names['zh-Hans']}）`,
  }
}

function hkexMapping(aspect: string, hkex33: readonly string[]): IssueDefinition['hkex'] {
  const issues = HKEX_33.filter((issue) => hkex33.includes(issue.code))
  const kpis = issues.filter((issue) => issue.hkex.aspect === aspect).flatMap((i) => i.hkex.kpis)
  return { aspect, kpis: unique(kpis).sort() }
}

/**
 * The issues an assessment starting from an ESRS library gets: one per sub-topic (37 in
 * 'esrs-2023'), coded like "E1.1", named and described in three languages, with the HKEX
 * aspect, KPIs and GRI standards its mapping implies.
 * @example esrsIssues(ESRS_2023)[0].names.en // 'Climate change adaptation'
 */
export function esrsIssues(library: EsrsLibrary): IssueDefinition[] {
  const counts = new Map<string, number>()
  for (const sub of library.topics.flatMap((topic) => topic.subTopics)) {
    counts.set(sub.names.en, (counts.get(sub.names.en) ?? 0) + 1)
  }
  const shared = new Set([...counts].filter(([, count]) => count > 1).map(([name]) => name))
  return library.topics.flatMap((topic) =>
    topic.subTopics.map((sub) => {
      const { hkex33, gri } = subTopicMapping(sub)
      return {
        code: sub.code,
        aspect: topic.aspect,
        names: issueName(topic, sub, shared),
        descriptions: describe(topic, sub),
        hkex: hkexMapping(sub.hkexAspect ?? topic.hkexAspect, hkex33),
        gri,
      }
    }),
  )
}
