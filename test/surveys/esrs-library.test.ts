import * as v from 'valibot'
import { describe, expect, test } from 'vitest'
import { IssueDefinition } from '../../surveys/domain/model.ts'
import { LOCALES } from '../../surveys/i18n/locales.ts'
import { type EsrsMatter, esrsIssues, subTopicMapping } from '../../surveys/libraries/esrs.ts'
import { ESRS_2023 } from '../../surveys/libraries/esrs-2023.ts'
import { HKEX_33 } from '../../surveys/libraries/hkex-33.ts'
import { ESRS_LIBRARIES, ISSUE_LIBRARIES } from '../../surveys/libraries/index.ts'
import { GRI_TOPIC_STANDARDS } from '../support/gri-standards.ts'

type Table = [topic: string, subTopics: [name: string, subSubTopics?: string[]][]][]

const WORKING_CONDITIONS = [
  'Secure employment',
  'Working time',
  'Adequate wages',
  'Social dialogue',
]
const EQUAL_TREATMENT = [
  'Gender equality and equal pay for work of equal value',
  'Training and skills development',
  'Employment and inclusion of persons with disabilities',
  'Measures against violence and harassment in the workplace',
  'Diversity',
]

/**
 * ESRS 1 Appendix A, AR 16, transcribed from Regulation (EU) 2023/2772 apart from the library
 * so that a slip in either shows. (E3's five sub-sub-topics share one cell in AR 16.)
 */
const AR_16: Table = [
  ['Climate change', [['Climate change adaptation'], ['Climate change mitigation'], ['Energy']]],
  [
    'Pollution',
    [
      ['Pollution of air'],
      ['Pollution of water'],
      ['Pollution of soil'],
      ['Pollution of living organisms and food resources'],
      ['Substances of concern'],
      ['Substances of very high concern'],
      ['Microplastics'],
    ],
  ],
  [
    'Water and marine resources',
    [
      [
        'Water',
        [
          'Water consumption',
          'Water withdrawals',
          'Water discharges',
          'Water discharges in the oceans',
        ],
      ],
      ['Marine resources', ['Extraction and use of marine resources']],
    ],
  ],
  [
    'Biodiversity and ecosystems',
    [
      [
        'Direct impact drivers of biodiversity loss',
        [
          'Climate change',
          'Land-use change, fresh water-use change and sea-use change',
          'Direct exploitation',
          'Invasive alien species',
          'Pollution',
          'Others',
        ],
      ],
      [
        'Impacts on the state of species',
        ['Species population size', 'Species global extinction risk'],
      ],
      [
        'Impacts on the extent and condition of ecosystems',
        ['Land degradation', 'Desertification', 'Soil sealing'],
      ],
      ['Impacts and dependencies on ecosystem services'],
    ],
  ],
  [
    'Circular economy',
    [
      ['Resources inflows, including resource use'],
      ['Resource outflows related to products and services'],
      ['Waste'],
    ],
  ],
  [
    'Own workforce',
    [
      [
        'Working conditions',
        [
          ...WORKING_CONDITIONS,
          'Freedom of association, the existence of works councils and the information, consultation and participation rights of workers',
          'Collective bargaining, including rate of workers covered by collective agreements',
          'Work-life balance',
          'Health and safety',
        ],
      ],
      ['Equal treatment and opportunities for all', EQUAL_TREATMENT],
      [
        'Other work-related rights',
        ['Child labour', 'Forced labour', 'Adequate housing', 'Privacy'],
      ],
    ],
  ],
  [
    'Workers in the value chain',
    [
      [
        'Working conditions',
        [
          ...WORKING_CONDITIONS,
          'Freedom of association, including the existence of work councils',
          'Collective bargaining',
          'Work-life balance',
          'Health and safety',
        ],
      ],
      ['Equal treatment and opportunities for all', EQUAL_TREATMENT],
      [
        'Other work-related rights',
        ['Child labour', 'Forced labour', 'Adequate housing', 'Water and sanitation', 'Privacy'],
      ],
    ],
  ],
  [
    'Affected communities',
    [
      [
        "Communities' economic, social and cultural rights",
        [
          'Adequate housing',
          'Adequate food',
          'Water and sanitation',
          'Land-related impacts',
          'Security-related impacts',
        ],
      ],
      [
        "Communities' civil and political rights",
        ['Freedom of expression', 'Freedom of assembly', 'Impacts on human rights defenders'],
      ],
      [
        'Rights of indigenous peoples',
        ['Free, prior and informed consent', 'Self-determination', 'Cultural rights'],
      ],
    ],
  ],
  [
    'Consumers and end-users',
    [
      [
        'Information-related impacts for consumers and/or end-users',
        ['Privacy', 'Freedom of expression', 'Access to (quality) information'],
      ],
      [
        'Personal safety of consumers and/or end-users',
        ['Health and safety', 'Security of a person', 'Protection of children'],
      ],
      [
        'Social inclusion of consumers and/or end-users',
        [
          'Non-discrimination',
          'Access to products and services',
          'Responsible marketing practices',
        ],
      ],
    ],
  ],
  [
    'Business conduct',
    [
      ['Corporate culture'],
      ['Protection of whistle-blowers'],
      ['Animal welfare'],
      ['Political engagement and lobbying activities'],
      ['Management of relationships with suppliers including payment practices'],
      ['Corruption and bribery', ['Prevention and detection including training', 'Incidents']],
    ],
  ],
]

// Traditional-only characters used in the library and their simplified forms, by position.
const TRADITIONAL =
  '變適減緩氣資態統樣喪響驅與將產處環質關膠開採術擇體種規滅絕範圍賴經濟員鏈勞條穩時間會話結設議協團權談練發殘僱騷擾場動隱衞區論護費終戶訊獲優營銷業報遊說參慣貪賄預測現滿廢棄價'
const SIMPLIFIED =
  '变适减缓气资态统样丧响驱与将产处环质关胶开采术择体种规灭绝范围赖经济员链劳条稳时间会话结设议协团权谈练发残雇骚扰场动隐卫区论护费终户讯获优营销业报游说参惯贪贿预测现满废弃价'

const HAN = /\p{Script=Han}/u
const LATIN = /[A-Za-z]/

function allMatters(): { code: string; names: EsrsMatter['names'] }[] {
  return ESRS_2023.topics.flatMap((topic) => [
    topic,
    ...topic.subTopics.flatMap((sub) => [sub, ...(sub.subSubTopics ?? [])]),
  ])
}

/** The places a mapping is stated: sub-topics without children, and every sub-sub-topic. */
function mappedMatters(): EsrsMatter[] {
  return ESRS_2023.topics.flatMap((topic) =>
    topic.subTopics.flatMap((sub) => (sub.subSubTopics ? [...sub.subSubTopics] : [sub])),
  )
}

describe('ESRS_2023', () => {
  test('has the topics, sub-topics and sub-sub-topics of AR 16 in its order and words', () => {
    const table: Table = ESRS_2023.topics.map((topic) => [
      topic.names.en,
      topic.subTopics.map((sub) =>
        sub.subSubTopics
          ? [sub.names.en, sub.subSubTopics.map((matter) => matter.names.en)]
          : [sub.names.en],
      ),
    ])
    expect(table).toEqual(AR_16)
  })

  test('codes topics E1–E5, S1–S4, G1 and numbers what is under them in order', () => {
    expect(ESRS_2023.topics.map((topic) => topic.code)).toEqual([
      'E1',
      'E2',
      'E3',
      'E4',
      'E5',
      'S1',
      'S2',
      'S3',
      'S4',
      'G1',
    ])
    for (const topic of ESRS_2023.topics) {
      expect(topic.standard.en.startsWith(`ESRS ${topic.code} `)).toBe(true)
      topic.subTopics.forEach((sub, index) => {
        expect(sub.code).toBe(`${topic.code}.${index + 1}`)
        sub.subSubTopics?.forEach((matter, inner) => {
          expect(matter.code).toBe(`${sub.code}.${inner + 1}`)
        })
      })
    }
    const codes = allMatters().map((matter) => matter.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect(codes).toHaveLength(10 + 37 + 73)
  })

  test('names every matter in English, 繁體中文 and 简体中文', () => {
    for (const { code, names } of allMatters()) {
      for (const locale of LOCALES) expect(names[locale].trim(), `${code} ${locale}`).not.toBe('')
      expect(HAN.test(names.en), code).toBe(false)
      for (const locale of ['zh-Hant', 'zh-Hans'] as const) {
        expect(HAN.test(names[locale]), `${code} ${locale}`).toBe(true)
        expect(LATIN.test(names[locale]), `${code} ${locale}`).toBe(false)
      }
    }
  })

  test('writes zh-Hans in simplified and zh-Hant in traditional characters', () => {
    expect([...TRADITIONAL]).toHaveLength([...SIMPLIFIED].length)
    const traditional = new Set(TRADITIONAL)
    const simplified = new Set(SIMPLIFIED)
    for (const { code, names } of allMatters()) {
      expect(
        [...names['zh-Hans']].filter((c) => traditional.has(c)),
        code,
      ).toEqual([])
      expect(
        [...names['zh-Hant']].filter((c) => simplified.has(c)),
        code,
      ).toEqual([])
    }
  })

  test('gives distinct names within each topic in every language', () => {
    for (const topic of ESRS_2023.topics) {
      for (const locale of LOCALES) {
        const names = topic.subTopics.map((sub) => sub.names[locale])
        expect(new Set(names).size, `${topic.code} ${locale}`).toBe(names.length)
        for (const sub of topic.subTopics) {
          const inner = (sub.subSubTopics ?? []).map((matter) => matter.names[locale])
          expect(new Set(inner).size, `${sub.code} ${locale}`).toBe(inner.length)
        }
      }
    }
  })

  test('maps only to HKEX 33 issues that exist and GRI topic standards, each once', () => {
    const hkexCodes = new Set(HKEX_33.map((issue) => issue.code))
    for (const matter of mappedMatters()) {
      expect(new Set(matter.hkex33).size, matter.code).toBe(matter.hkex33.length)
      expect(new Set(matter.gri).size, matter.code).toBe(matter.gri.length)
      for (const code of matter.hkex33)
        expect(hkexCodes.has(code), `${matter.code}: ${code}`).toBe(true)
      for (const standard of matter.gri) {
        expect(GRI_TOPIC_STANDARDS.has(standard), `${matter.code}: ${standard}`).toBe(true)
      }
    }
  })

  test('maps every matter to an HKEX issue but animal welfare, which none of the 33 covers', () => {
    const unmapped = mappedMatters().filter((matter) => matter.hkex33.length === 0)
    expect(unmapped.map((matter) => matter.code)).toEqual(['G1.3'])
  })

  test('covers every HKEX issue but IP, R&D and philanthropy, which ESRS leaves to the company', () => {
    const covered = new Set(mappedMatters().flatMap((matter) => matter.hkex33))
    const uncovered = HKEX_33.filter((issue) => !covered.has(issue.code)).map((i) => i.code)
    expect(uncovered).toEqual(['27', '30', '32'])
  })

  test('maps the matters whose counterparts are plain', () => {
    const find = (code: string) => mappedMatters().find((matter) => matter.code === code)
    expect(find('E1.2')).toMatchObject({ hkex33: ['3', '9'], gri: ['GRI 305: Emissions 2016'] })
    expect(find('E1.3')?.hkex33).toContain('6')
    expect(find('E3.1.1')?.hkex33).toEqual(['7'])
    expect(find('S1.1.8')).toMatchObject({ hkex33: ['16'] })
    expect(find('S1.2.2')?.gri).toEqual(['GRI 404: Training and Education 2016'])
    expect(find('S1.3.1')?.gri).toEqual(['GRI 408: Child Labor 2016'])
    expect(find('S4.1.1')?.hkex33).toContain('29')
    expect(find('G1.6.1')).toMatchObject({ hkex33: ['31'], gri: ['GRI 205: Anti-corruption 2016'] })
  })

  test('marks only E4.2 and E4.3 as examples, as AR 16 does', () => {
    const examples = ESRS_2023.topics.flatMap((topic) =>
      topic.subTopics.filter((sub) => sub.subSubTopics && sub.examples).map((sub) => sub.code),
    )
    expect(examples).toEqual(['E4.2', 'E4.3'])
  })
})

describe('esrsIssues', () => {
  const issues = esrsIssues(ESRS_2023)

  test('makes one valid issue per sub-topic, unchanged by parsing', () => {
    expect(issues.map((issue) => issue.code)).toEqual(
      ESRS_2023.topics.flatMap((topic) => topic.subTopics.map((sub) => sub.code)),
    )
    expect(issues).toHaveLength(37)
    for (const issue of issues) expect(v.parse(IssueDefinition, issue)).toEqual(issue)
  })

  test('names them uniquely in every language, with the topic where a name repeats', () => {
    for (const locale of LOCALES) {
      const names = issues.map((issue) => issue.names[locale])
      expect(new Set(names).size, locale).toBe(37)
    }
    const s2 = issues.find((issue) => issue.code === 'S2.1')
    expect(s2?.names).toEqual({
      en: 'Working conditions (workers in the value chain)',
      'zh-Hant': '工作條件（價值鏈中的工人）',
      'zh-Hans': '工作条件（价值链中的工人）',
    })
    expect(issues[0]?.names.en).toBe('Climate change adaptation')
  })

  test('describes each with its standard and what it covers', () => {
    const water = issues.find((issue) => issue.code === 'E3.1')
    expect(water?.descriptions.en).toBe(
      'A sub-topic of ESRS E3 Water and marine resources, covering: Water consumption; Water withdrawals; Water discharges; Water discharges in the oceans.',
    )
    expect(water?.descriptions['zh-Hant']).toBe(
      'ESRS E3 水及海洋資源的子議題，涵蓋：耗水；取水；排水；向海洋排水。',
    )
  })

  test("takes its mapping's HKEX aspect KPIs and GRI standards", () => {
    const mitigation = issues.find((issue) => issue.code === 'E1.2')
    expect(mitigation?.hkex).toEqual({ aspect: 'A1', kpis: ['A1.1', 'A1.2', 'A1.5'] })
    const corruption = issues.find((issue) => issue.code === 'G1.6')
    expect(corruption?.hkex).toEqual({ aspect: 'B7', kpis: ['B7.1', 'B7.2', 'B7.3'] })
    expect(corruption?.gri).toEqual(['GRI 205: Anti-corruption 2016'])
    const sub = ESRS_2023.topics[5]?.subTopics[0]
    expect(sub && subTopicMapping(sub).hkex33).toEqual(['12', '13', '14', '16'])
  })

  test('keeps each issue under an HKEX aspect of its own kind', () => {
    const kinds = {
      environmental: /^A[1-4]$/,
      employment: /^B[1-4]$/,
      operating: /^B[5-7]$/,
      community: /^B8$/,
    }
    for (const issue of issues) expect(issue.hkex.aspect, issue.code).toMatch(kinds[issue.aspect])
  })
})

describe('ESRS_LIBRARIES', () => {
  test('lists the versions; the issue library esrs is the latest', () => {
    expect(Object.keys(ESRS_LIBRARIES)).toEqual(['esrs-2023'])
    expect(ISSUE_LIBRARIES.esrs).toEqual(esrsIssues(ESRS_2023))
  })
})
