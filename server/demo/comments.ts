/**
 * What some of the demo's respondents wrote: comments on issues (by code) and issues they think
 * are missing, in the language they answered in. Fixed, so every run shows the same.
 */

export interface DemoWriting {
  locale: 'en' | 'zh-Hant' | 'zh-Hans'
  comments: { code: string; body: string }[]
  suggestedIssues?: string
}

/** By respondent index (see DEMO_GROUP_SIZES for which group an index falls in). */
export const DEMO_WRITING: Record<number, DemoWriting> = {
  2: {
    locale: 'en',
    comments: [
      {
        code: '1',
        body: 'Please report the number of environmental notices received, even when it is zero.',
      },
    ],
  },
  7: {
    locale: 'en',
    comments: [
      {
        code: '3',
        body: 'We would like targets and Scope 3 figures, not only Scope 1 and 2.',
      },
      { code: '9', body: 'Explain how typhoons and flooding could affect the warehouses.' },
    ],
    suggestedIssues: 'Biodiversity and nature-related risks',
  },
  11: { locale: 'zh-Hant', comments: [{ code: '31', body: '希望披露反貪污培訓的覆蓋率。' }] },
  17: {
    locale: 'zh-Hant',
    comments: [
      { code: '29', body: '會員資料如何保存？請說明資料外洩時的處理程序。' },
      { code: '24', body: '產品安全測試的結果應該公開。' },
    ],
  },
  23: {
    locale: 'en',
    comments: [
      { code: '29', body: 'I keep receiving marketing messages after buying only once.' },
      { code: '26', body: 'The hotline closes too early on weekdays.' },
    ],
  },
  28: {
    locale: 'zh-Hans',
    comments: [{ code: '23', body: '希望产品质量投诉能更快得到回复。' }],
    suggestedIssues: '包装减量和回收计划',
  },
  34: {
    locale: 'zh-Hant',
    comments: [
      { code: '16', body: '倉庫夏天太熱，需要更多防暑措施。' },
      { code: '13', body: '加班補水的計算方法不清楚。' },
    ],
    suggestedIssues: '員工心理健康支援',
  },
  39: {
    locale: 'en',
    comments: [
      { code: '15', body: 'Promotion criteria should be published so that everyone knows them.' },
      { code: '17', body: 'More training for frontline staff, not only for managers.' },
    ],
  },
  47: { locale: 'zh-Hans', comments: [{ code: '16', body: '夜班的安全培训不足。' }] },
  56: {
    locale: 'en',
    comments: [
      { code: '22', body: 'Payment terms of 90 days are hard for small suppliers.' },
      {
        code: '21',
        body: 'A supplier code of conduct with clear audit steps would help us prepare.',
      },
    ],
  },
  65: {
    locale: 'zh-Hant',
    comments: [{ code: '33', body: '希望公司多支持區內的長者服務。' }],
    suggestedIssues: '噪音及交通對附近居民的影響',
  },
  68: {
    locale: 'en',
    comments: [{ code: '32', body: 'Volunteering hours could be reported per employee.' }],
    suggestedIssues: 'Affordable housing for staff',
  },
}
