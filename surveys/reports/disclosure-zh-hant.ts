import { AXIS_NAMES } from '../domain/model.ts'
import type { DisclosureWords } from './disclosure-words.ts'

// Hong Kong usage, after the source report: 本集團, 持份者, 重要性議題, 「」 quotation marks.
// The words only; disclosure-templates.ts decides which sentence is said.

const IMPACT = AXIS_NAMES.impact['zh-Hant']
const STAKEHOLDER = AXIS_NAMES.stakeholder['zh-Hant']
const percentile = (p: number) => `第${Math.round(p * 100)}百分位數`

/** How a double-materiality assessment assessed its topics, after the list they came from. */
const DOUBLE_METHOD =
  '，按 ESRS 1 的雙重重要性原則評估並按 ESRS 2 的要求披露，其中氣候相關風險和機遇亦按 IFRS S2 及聯交所《環境、社會及管治報告守則》D部分的要求評估'

export const zhHant: DisclosureWords = {
  locale: 'zh-Hant',
  titles: {
    overview: '重要性評估',
    identify: '步驟一：識別',
    stakeholders: '持份者溝通',
    prioritise: '步驟二：排序',
    confirm: '步驟三：確認和檢視',
    material: '重要性議題',
    'gri-3-1': 'GRI 3-1 確定重要性議題的流程',
    'gri-3-2': 'GRI 3-2 重要性議題列表',
  },
  labels: {
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
    sharedReason: '（共用理由）',
  },
  guide: { guide: { name: '指引', short: '指引' }, code: { name: '守則', short: '守則' } },
  hkexAspect: (guide) => `ESG報告${guide}層面`,
  sources: {
    'hkex-guide': (guide) => `聯交所《上市規則》附錄C2《環境、社會及管治報告${guide}》`,
    'stakeholder-engagement': () => '持份者溝通的結果',
    'business-context': () => '集團實際情況',
    'gri-standards': () => '全球報告倡議組織（GRI）標準',
    'industry-peers': () => '行業實踐及同業對標',
  },
  doubleSource: {
    esrs: () => `ESRS 1 附錄A（AR 16）所列的可持續發展事項${DOUBLE_METHOD}`,
    hkex: (guide) =>
      `聯交所《上市規則》附錄C2《環境、社會及管治報告${guide}》所列的議題${DOUBLE_METHOD}`,
  },
  source: (index, text) => `(${index})${text}`,
  sourceJoin: ['；', '；及'],
  period: (day) => `截至${day}止年度`,
  assessedPeriod: (day) => `就截至${day}止年度`,
  overview: {
    intro: (period, guide) =>
      `為確定需重點關注及披露的環境、社會及管治（「ESG」）議題，本集團${period}參照香港聯合交易所有限公司（「聯交所」）《主板上市規則》附錄C2《環境、社會及管治報告${guide.name}》（「ESG報告${guide.name}」）進行重要性評估，並通過識別、排序以及確認和檢視三個步驟進行全面的重要性議題評估。`,
    head: ['步驟', '說明'],
    steps: ['步驟一：識別', '步驟二：排序', '步驟三：確認和檢視'],
    identified: (issues, sources, format) =>
      `根據${sources}，鑒別出${format.count(issues)}個潛在的重要性議題。`,
    ranked: (groups, responded, format) =>
      `通過向${groups}類持份者進行問卷調查（共收回${format.count(responded)}份有效問卷），根據${format.quote(IMPACT)}及${format.quote(STAKEHOLDER)}兩個維度，排列重要性議題的次序。`,
    confirmed: (date, approval) => `集團管理層於${date}檢視和確認重要性議題。${approval}`,
  },
  approval: {
    pending: '評估結果尚待董事會批准。',
    self: (on) =>
      `由於本集團只有一名獲授權批准評估的人士，評估結果已於${on}由確認結果的同一人批准，並未經另一人審閱。`,
    board: (on) => `董事會已於${on}審閱並批准重要性評估結果。`,
    appointee: (on) =>
      `評估結果已於${on}獲批准；批准人是確認結果的人士在確認後委任的，因此結果並未經獨立委任的批准人審閱。`,
  },
  finalList: {
    pending: '最終清單尚待董事會批准',
    self: (on) => `最終清單已於${on}由確認結果的同一人批准`,
    board: (on) => `董事會已於${on}批准最終清單`,
    appointee: (on) => `最終清單已於${on}由確認結果的人士在確認後委任的批准人批准`,
  },
  identify: (issues, sources, aspects, format) =>
    `本集團根據${sources}，鑒別出${format.count(issues)}個潛在的重要性議題，涵蓋${format.list(aspects.map(({ name, issues: n }) => `${name}（${n}個）`))}${aspects.length}個範疇，詳見下表。`,
  surveyWindow: {
    unknown: '本集團',
    day: (on) => `本集團於${on}`,
    range: (from, to) => `於${from}至${to}期間，本集團`,
  },
  stakeholders: {
    invited: (window, groups, responded, format) =>
      `持份者的意見是本集團釐定重要性議題的重要依據。${window}邀請${groups}類持份者透過網上問卷（設英文、繁體中文及簡體中文版本）就各項候選議題評分，共收回${format.count(responded)}份有效問卷。`,
    equalWeights: '各持份者群組在結果中的權重相同，不受回應人數影響，以免個別群組的意見主導結果。',
    setWeights: '各持份者群組的權重已於問卷開放前訂定（見下表），且不受回應人數影響。',
    silent: (names, format) =>
      `本次評估未收到${format.list(names)}的有效問卷，因此評估結果並未反映其意見。`,
    openLinks: '回應率僅就個別邀請的群組列示；透過公開連結邀請的群組並無固定受邀人數。',
  },
  scale: {
    unlabelled: (max) => `評分範圍為1至${max}`,
    point: (value, label, format) => `${value}（${format.quote(label)}）`,
    range: (low, high) => `評分範圍為${low}至${high}`,
    middle: (points, format) =>
      `，${points.map((l) => `${l.value}為${format.quote(l.label)}`).join('，')}`,
  },
  prioritise: {
    rated: (scale, dontKnow, format) =>
      `受訪者就每項議題按${format.quote(IMPACT)}及${format.quote(STAKEHOLDER)}兩個維度評分，${scale}。${format.quote(dontKnow)}的回答會另行記錄，不計入評分。`,
    method: (nMin) =>
      `本集團就每項議題的每個維度，先計算各持份者群組的平均分，再按群組權重計算加權平均分，使人數較多的群組不會因此壓倒人數較少的群組。某群組就某議題的評分須有至少${nMin}名受訪者作答，方會計入。`,
    referred: (oneDimension) =>
      `得分接近門檻${oneDimension}、評分群組的權重合計不足總權重一半，或評分數據不足的議題，不會自動分類，而是交由管理層於步驟三作出決定。`,
    oneDimensionOnly: '、僅一個維度達到門檻',
    figure: (quadrants) =>
      `評估結果載於圖1的重要性矩陣：每個點代表一項議題，按其兩個維度的得分標示${quadrants}。`,
    quadrants: '，門檻線將矩陣劃分為四個象限',
    caption: '圖1：重要性矩陣',
  },
  threshold: {
    topN: (n, cut) => `綜合得分（兩個維度得分的平均數）最高的${n}項議題建議列為重要性議題${cut}。`,
    cut: (score) => `，其中最低綜合得分為${score}`,
    rules: {
      both: () => '若議題在兩個維度的得分均達到門檻，即建議列為重要性議題。',
      either: () => '若議題在任一維度的得分達到門檻，即建議列為重要性議題。',
      impactOnly: (format) =>
        `若議題在${format.quote(IMPACT)}維度的得分達到門檻，即建議列為重要性議題。`,
    },
    values: (impact, stakeholder, format) =>
      `${format.quote(IMPACT)}為${impact}，${format.quote(STAKEHOLDER)}為${stakeholder}`,
    absolute: (rule, values) => `${rule}門檻已於問卷開放前訂定：${values}。`,
    percentile: (rule, p, midpoint, values) =>
      `${rule}各維度的門檻設於所有議題在該維度得分的${percentile(p)}，且不低於評分範圍的中點${midpoint}：${values}。`,
  },
  brief: {
    topN: (n) => `綜合得分最高的${n}項議題`,
    percentile: {
      both: (p) => `兩個維度得分均達到${percentile(p)}的議題`,
      either: (p) => `任一維度得分達到${percentile(p)}的議題`,
      impactOnly: (p, format) => `${format.quote(IMPACT)}得分達到${percentile(p)}的議題`,
    },
    absolute: {
      both: (impact, stakeholder) => `兩個維度得分均分別不低於${impact}及${stakeholder}的議題`,
      either: (impact, stakeholder) => `任一維度得分分別不低於${impact}及${stakeholder}的議題`,
      impactOnly: (impact, _, format) => `${format.quote(IMPACT)}得分不低於${impact}的議題`,
    },
  },
  confirm: {
    confirmed: (date, material) =>
      `集團管理層於${date}檢視排序結果及各議題的建議分類，並確認${material}個重要性議題。`,
    overrides: (n) => `對${n}項議題作出有別於建議結果的決定`,
    referred: (n) => `就評分結果交由其判斷的${n}項議題作出決定`,
    unchanged: '管理層確認建議結果，並無作出調整。',
    changed: (parts) => `管理層${parts.join('，並')}，各項決定的理由載列如下。`,
    shared: (n) =>
      `其中${n}項議題由管理層一併決定並撰寫同一理由，下表就每項議題重複列出，並註明「共用理由」。`,
    annual: '本集團將每年檢視重要性議題，並審視評估過程中可予完善之處。',
  },
  material: {
    none: '本次評估並無議題獲確認為重要性議題。',
    self: (n) => `本集團根據評估結果，識別出${n}個重要性議題，按重要程度排列如下：`,
    board: (n) =>
      `本集團根據評估結果，識別出${n}個重要性議題。經董事會審視後，有關結果按重要程度排列如下：`,
    pending: (n) =>
      `本集團根據評估結果，識別出${n}個重要性議題（尚待董事會批准），按重要程度排列如下：`,
    approach: (guide) =>
      `本集團於本報告相關章節披露各重要性議題的管理方針及表現，並參照下表所列ESG報告${guide}的層面及關鍵績效指標。`,
  },
  gri31: (p) =>
    `本集團按三個步驟確定其重要性議題。首先，根據${p.sources}，識別出${p.format.count(p.issues)}個候選議題；其次，向${p.format.list(p.groups)}共${p.groups.length}類持份者進行問卷調查，共收回${p.format.count(p.responded)}份有效問卷，受訪者按${p.scaleMax}分制就各議題${p.format.quote(IMPACT)}及${p.format.quote(STAKEHOLDER)}評分，各群組平均分按${p.weights}合併，${p.brief}建議列為重要性議題；最後，管理層檢視建議清單，就交由其判斷的議題作出決定，並記錄每項有別於建議結果之決定的理由，${p.finalList}。`,
  gri31Weights: { equal: '相同權重', set: '問卷開放前訂定的權重' },
  gri32: {
    none: (period) => `本集團${period}並無重要性議題。`,
    listed: (period) => `本集團${period}的重要性議題按重要程度列示如下。`,
  },
  changes: {
    first: '本年度為本集團首次按此方法進行重要性評估，故並無與上一報告期比較的變化。',
    rescaled: (previous, current) =>
      `由於評分範圍由${previous}分制改為${current}分制，兩個年度的得分已換算至0至1的共同尺度後再作比較。`,
    decisionsOnly:
      '由於兩個報告期分別採用持份者矩陣及雙重重要性評估，故只比較重要性議題列表，不比較得分。',
    unchanged: (rescaled) => `與上一報告期相比，重要性議題列表並無變化。${rescaled}`,
    entered: (names) => `${names}新增為重要性議題`,
    left: (names) => `${names}不再列為重要性議題`,
    leftToo: (names) => `${names}不再列為重要性議題`,
    noneStayed: '。',
    oneStayed: '；其餘1個重要性議題維持不變。',
    stayed: (n) => `；其餘${n}個重要性議題維持不變。`,
    sentence: (clauses, rest, rescaled) =>
      `與上一報告期相比，${clauses.join('，')}${rest}${rescaled}`,
  },
}
