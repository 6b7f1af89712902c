import { ASPECT_NAMES, AXIS_NAMES } from '../domain/model.ts'
import type { IssueSource } from '../domain/snapshot.ts'
import { materialChanges } from '../domain/year-over-year.ts'
import type { DisclosureFacts } from './disclosure-facts.ts'
import { type Format, series } from './disclosure-format.ts'
import {
  candidateTable,
  griTable,
  groupTable,
  judgementTable,
  materialTable,
  type TableLabels,
} from './disclosure-tables.ts'
import type { Templates } from './disclosure-templates.ts'

// Hong Kong usage, after the source report: 本集團, 持份者, 重要性議題, 「」 quotation marks.

const guide = (f: DisclosureFacts) => (f.reportingCode ? '守則' : '指引')

const labels = (f: DisclosureFacts): TableLabels => ({
  number: '序號',
  issue: '議題',
  aspect: '範疇',
  group: '持份者群組',
  invited: '受邀人數',
  responses: '有效問卷',
  rate: '回應率',
  weight: '權重',
  channels: '溝通渠道',
  openLink: '公開連結',
  proposed: '建議結果',
  decision: '管理層決定',
  reason: '理由',
  hkexAspect: `ESG報告${guide(f)}層面`,
  kpis: '關鍵績效指標',
  griStandards: 'GRI議題準則',
  none: '—',
  tier: { material: '重要', review: '交由管理層檢視', 'not-material': '非重要' },
  material: '重要',
  notMaterial: '非重要',
  writtenIn: {
    en: '（原文為英文）',
    'zh-Hant': '（原文為繁體中文）',
    'zh-Hans': '（原文為簡體中文）',
  },
})

const SOURCES: Record<IssueSource, (f: DisclosureFacts) => string> = {
  'hkex-guide': (f) => `聯交所《上市規則》附錄C2《環境、社會及管治報告${guide(f)}》`,
  'stakeholder-engagement': () => '持份者溝通的結果',
  'business-context': () => '集團實際情況',
  'gri-standards': () => '全球報告倡議組織（GRI）標準',
  'industry-peers': () => '行業實踐及同業對標',
}

const sources = (f: DisclosureFacts) =>
  series(
    f.sources.map((source, i) => `(${i + 1})${SOURCES[source](f)}`),
    '；',
    '；及',
  )

const period = (f: DisclosureFacts, format: Format) =>
  f.periodEnd ? `截至${format.day(f.periodEnd)}止年度` : ''

const IMPACT = AXIS_NAMES.impact['zh-Hant']
const STAKEHOLDER = AXIS_NAMES.stakeholder['zh-Hant']
const percentile = (p: number) => `第${Math.round(p * 100)}百分位數`

function thresholdRule(f: DisclosureFacts, format: Format): string {
  const { threshold } = f
  if (threshold.mode === 'topN') {
    const cut = f.cutPriority === null ? '' : `，其中最低綜合得分為${format.score(f.cutPriority)}`
    return `綜合得分（兩個維度得分的平均數）最高的${threshold.n}項議題建議列為重要性議題${cut}。`
  }
  const rule = {
    both: '若議題在兩個維度的得分均達到門檻，即建議列為重要性議題。',
    either: '若議題在任一維度的得分達到門檻，即建議列為重要性議題。',
    impactOnly: `若議題在${format.quote(IMPACT)}維度的得分達到門檻，即建議列為重要性議題。`,
  }[f.rule]
  const values = `${format.quote(IMPACT)}為${format.score(f.thresholds.impact)}，${format.quote(STAKEHOLDER)}為${format.score(f.thresholds.stakeholder)}`
  if (threshold.mode === 'absolute') return `${rule}門檻已於問卷開放前訂定：${values}。`
  return `${rule}各維度的門檻設於所有議題在該維度得分的${percentile(threshold.p)}，且不低於評分範圍的中點${format.score((f.scaleMax + 1) / 2)}：${values}。`
}

function ruleInBrief(f: DisclosureFacts, format: Format): string {
  const { threshold } = f
  if (threshold.mode === 'topN') return `綜合得分最高的${threshold.n}項議題`
  const level =
    threshold.mode === 'percentile'
      ? `達到${percentile(threshold.p)}`
      : `分別不低於${format.score(f.thresholds.impact)}及${format.score(f.thresholds.stakeholder)}`
  if (f.rule === 'impactOnly')
    return `${format.quote(IMPACT)}得分${threshold.mode === 'percentile' ? level : `不低於${format.score(f.thresholds.impact)}`}的議題`
  return `${f.rule === 'both' ? '兩個維度得分均' : '任一維度得分'}${level}的議題`
}

/** 受訪者所見的量表字眼：1（「不重要」）至5（「非常重要」），3為「一般重要」。 */
function scale(f: DisclosureFacts, format: Format): string {
  const [low, ...rest] = f.scale.labels
  const high = rest.pop()
  if (!low || !high) return `評分範圍為1至${f.scaleMax}`
  const point = (l: typeof low) => `${l.value}（${format.quote(l.label['zh-Hant'])}）`
  const middle = rest.map((l) => `${l.value}為${format.quote(l.label['zh-Hant'])}`)
  return `評分範圍為${point(low)}至${point(high)}${middle.length > 0 ? `，${middle.join('，')}` : ''}`
}

function board(f: DisclosureFacts, format: Format): string {
  if (!f.approval) return '評估結果尚待董事會批准。'
  const on = format.date(f.approval.approvedAt)
  if (f.approvedBy === 'confirmer')
    return `由於本集團只有一名獲授權批准評估的人士，評估結果已於${on}由確認結果的同一人批准，並未經另一人審閱。`
  if (f.approvedBy === 'appointee')
    return `評估結果已於${on}獲批准；批准人是確認結果的人士在確認後委任的，因此結果並未經獨立委任的批准人審閱。`
  return `董事會已於${on}審閱並批准重要性評估結果。`
}

/** 最終清單的批准（GRI 3-1）。 */
function finalList(f: DisclosureFacts, format: Format): string {
  if (!f.approval) return '最終清單尚待董事會批准'
  const on = format.date(f.approval.approvedAt)
  if (f.approvedBy === 'confirmer') return `最終清單已於${on}由確認結果的同一人批准`
  if (f.approvedBy === 'appointee')
    return `最終清單已於${on}由確認結果的人士在確認後委任的批准人批准`
  return `董事會已於${on}批准最終清單`
}

/** 問卷在同一日開放及截止時只寫一個日期。 */
function surveyWindow(f: DisclosureFacts, format: Format): string {
  const { openedAt, closedAt } = f.survey
  if (!openedAt || !closedAt) return '本集團'
  const [from, to] = [format.date(openedAt), format.date(closedAt)]
  return from === to ? `本集團於${from}` : `於${from}至${to}期間，本集團`
}

export const zhHant: Templates = {
  overview: (f, format) => ({
    title: '重要性評估',
    paragraphs: [
      `為確定需重點關注及披露的環境、社會及管治（「ESG」）議題，本集團${f.periodEnd ? `就${period(f, format)}` : ''}參照香港聯合交易所有限公司（「聯交所」）《主板上市規則》附錄C2《環境、社會及管治報告${guide(f)}》（「ESG報告${guide(f)}」）進行重要性評估，並通過識別、排序以及確認和檢視三個步驟進行全面的重要性議題評估。`,
    ],
    table: {
      head: ['步驟', '說明'],
      rows: [
        [
          '步驟一：識別',
          `根據${sources(f)}，鑒別出${format.count(f.issueCount)}個潛在的重要性議題。`,
        ],
        [
          '步驟二：排序',
          `通過向${f.groups.length}類持份者進行問卷調查（共收回${format.count(f.responded)}份有效問卷），根據${format.quote(IMPACT)}及${format.quote(STAKEHOLDER)}兩個維度，排列重要性議題的次序。`,
        ],
        [
          '步驟三：確認和檢視',
          `集團管理層於${format.date(f.confirmedAt)}檢視和確認重要性議題。${board(f, format)}`,
        ],
      ],
    },
  }),

  identify: (f, format) => ({
    title: '步驟一：識別',
    paragraphs: [
      `本集團根據${sources(f)}，鑒別出${format.count(f.issueCount)}個潛在的重要性議題，涵蓋${format.list(f.aspects.map(({ aspect, issues }) => `${ASPECT_NAMES[aspect]['zh-Hant']}（${issues.length}個）`))}${f.aspects.length}個範疇，詳見下表。`,
    ],
    table: candidateTable(f, 'zh-Hant', labels(f)),
  }),

  stakeholders: (f, format) => {
    const paragraphs = [
      `持份者的意見是本集團釐定重要性議題的重要依據。${surveyWindow(f, format)}邀請${f.groups.length}類持份者透過網上問卷（設英文、繁體中文及簡體中文版本）就各項候選議題評分，共收回${format.count(f.responded)}份有效問卷。`,
      f.equalWeights
        ? '各持份者群組在結果中的權重相同，不受回應人數影響，以免個別群組的意見主導結果。'
        : '各持份者群組的權重已於問卷開放前訂定（見下表），且不受回應人數影響。',
    ]
    if (f.silentGroups.length > 0)
      paragraphs.push(
        `本次評估未收到${format.list(f.silentGroups.map((g) => g.names['zh-Hant']))}的有效問卷，因此評估結果並未反映其意見。`,
      )
    if (f.groups.some((group) => group.invited === null))
      paragraphs.push('回應率僅就個別邀請的群組列示；透過公開連結邀請的群組並無固定受邀人數。')
    return { title: '持份者溝通', paragraphs, table: groupTable(f, 'zh-Hant', format, labels(f)) }
  },

  prioritise: (f, format) => ({
    title: '步驟二：排序',
    paragraphs: [
      `受訪者就每項議題按${format.quote(IMPACT)}及${format.quote(STAKEHOLDER)}兩個維度評分，${scale(f, format)}。${format.quote(f.scale.dontKnow['zh-Hant'])}的回答會另行記錄，不計入評分。`,
      `本集團就每項議題的每個維度，先計算各持份者群組的平均分，再按群組權重計算加權平均分，使人數較多的群組不會因此壓倒人數較少的群組。某群組就某議題的評分須有至少${f.nMin}名受訪者作答，方會計入。`,
      thresholdRule(f, format),
      `得分接近門檻${f.rule === 'both' && f.threshold.mode !== 'topN' ? '、僅一個維度達到門檻' : ''}、評分群組的權重合計不足總權重一半，或評分數據不足的議題，不會自動分類，而是交由管理層於步驟三作出決定。`,
      `評估結果載於圖1的重要性矩陣：每個點代表一項議題，按其兩個維度的得分標示${f.threshold.mode === 'topN' ? '' : '，門檻線將矩陣劃分為四個象限'}。`,
    ],
    figure: { id: 'matrix', caption: '圖1：重要性矩陣' },
  }),

  confirm: (f, format) => {
    const overrides = f.overrideCount
    const referred = f.judgements.length - overrides
    const parts = [
      overrides > 0 && `對${overrides}項議題作出有別於建議結果的決定`,
      referred > 0 && `就評分結果交由其判斷的${referred}項議題作出決定`,
    ].filter(Boolean)
    return {
      title: '步驟三：確認和檢視',
      paragraphs: [
        `集團管理層於${format.date(f.confirmedAt)}檢視排序結果及各議題的建議分類，並確認${f.material.length}個重要性議題。`,
        parts.length === 0
          ? '管理層確認建議結果，並無作出調整。'
          : `管理層${parts.join('，並')}，各項決定的理由載列如下。`,
        board(f, format),
        '本集團將每年檢視重要性議題，並審視評估過程中可予完善之處。',
      ],
      ...(f.judgements.length > 0 ? { table: judgementTable(f, 'zh-Hant', labels(f)) } : {}),
    }
  },

  material: (f) => {
    const n = f.material.length
    const lead =
      n === 0
        ? '本次評估並無議題獲確認為重要性議題。'
        : f.approvedBy === 'confirmer' || f.approvedBy === 'appointee'
          ? `本集團根據評估結果，識別出${n}個重要性議題，按重要程度排列如下：`
          : f.approval
            ? `本集團根據評估結果，識別出${n}個重要性議題。經董事會審視後，有關結果按重要程度排列如下：`
            : `本集團根據評估結果，識別出${n}個重要性議題（尚待董事會批准），按重要程度排列如下：`
    return {
      title: '重要性議題',
      paragraphs: [
        lead,
        `本集團於本報告相關章節披露各重要性議題的管理方針及表現，並參照下表所列ESG報告${guide(f)}的層面及關鍵績效指標。`,
      ],
      table: materialTable(f, 'zh-Hant', labels(f)),
    }
  },

  'gri-3-1': (f, format) => ({
    title: 'GRI 3-1 確定重要性議題的流程',
    paragraphs: [
      `本集團按三個步驟確定其重要性議題。首先，根據${sources(f)}，識別出${format.count(f.issueCount)}個候選議題；其次，向${format.list(f.groups.map((g) => g.names['zh-Hant']))}共${f.groups.length}類持份者進行問卷調查，共收回${format.count(f.responded)}份有效問卷，受訪者按${f.scaleMax}分制就各議題${format.quote(IMPACT)}及${format.quote(STAKEHOLDER)}評分，各群組平均分按${f.equalWeights ? '相同權重' : '問卷開放前訂定的權重'}合併，${ruleInBrief(f, format)}建議列為重要性議題；最後，管理層檢視建議清單，就交由其判斷的議題作出決定，並記錄每項有別於建議結果之決定的理由，${finalList(f, format)}。`,
    ],
  }),

  'gri-3-2': (f, format) => ({
    title: 'GRI 3-2 重要性議題列表',
    paragraphs: [
      f.material.length === 0
        ? `本集團${period(f, format)}並無重要性議題。`
        : `本集團${period(f, format)}的重要性議題按重要程度列示如下。`,
      zhHant.changes(f.comparison, format),
    ],
    table: griTable(f, 'zh-Hant', labels(f)),
  }),

  changes(comparison, format) {
    if (!comparison)
      return '本年度為本集團首次按此方法進行重要性評估，故並無與上一報告期比較的變化。'
    const { entered, left, stayed } = materialChanges(comparison)
    const scale =
      comparison.basis === 'normalised'
        ? `由於評分範圍由${comparison.previousScaleMax}分制改為${comparison.currentScaleMax}分制，兩個年度的得分已換算至0至1的共同尺度後再作比較。`
        : ''
    if (entered.length === 0 && left.length === 0)
      return `與上一報告期相比，重要性議題列表並無變化。${scale}`
    const names = (list: typeof entered) =>
      format.list(list.map((issue) => format.quote(issue.names['zh-Hant'])))
    const clauses = [
      entered.length > 0 && `${names(entered)}新增為重要性議題`,
      left.length > 0 && `${names(left)}不再列為重要性議題`,
    ].filter(Boolean)
    const rest = stayed > 0 ? `；其餘${stayed}個重要性議題維持不變。` : '。'
    return `與上一報告期相比，${clauses.join('，')}${rest}${scale}`
  },
}
