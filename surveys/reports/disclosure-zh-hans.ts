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

// Mainland usage: 本集团, 利益相关方, 实质性议题, “” quotation marks. The axis names stay
// verbatim (AXIS_NAMES), as the survey asked them.

const guide = (f: DisclosureFacts) => (f.reportingCode ? '守则' : '指引')

const labels = (f: DisclosureFacts): TableLabels => ({
  number: '序号',
  issue: '议题',
  aspect: '范畴',
  group: '利益相关方群体',
  invited: '受邀人数',
  responses: '有效问卷',
  rate: '回收率',
  weight: '权重',
  channels: '沟通渠道',
  openLink: '公开链接',
  proposed: '建议结果',
  decision: '管理层决定',
  reason: '理由',
  hkexAspect: `《ESG报告${guide(f)}》层面`,
  kpis: '关键绩效指标',
  griStandards: 'GRI议题标准',
  none: '—',
  tier: { material: '实质性', review: '提交管理层审核', 'not-material': '非实质性' },
  material: '实质性',
  notMaterial: '非实质性',
  writtenIn: {
    en: '（原文为英文）',
    'zh-Hant': '（原文为繁体中文）',
    'zh-Hans': '（原文为简体中文）',
  },
})

const SOURCES: Record<IssueSource, (f: DisclosureFacts) => string> = {
  'hkex-guide': (f) => `联交所《上市规则》附录C2《环境、社会及管治报告${guide(f)}》`,
  'stakeholder-engagement': () => '利益相关方沟通结果',
  'business-context': () => '本集团实际情况',
  'gri-standards': () => '全球报告倡议组织（GRI）标准',
  'industry-peers': () => '行业实践及同业对标',
}

const sources = (f: DisclosureFacts) =>
  series(
    f.sources.map((source, i) => `（${i + 1}）${SOURCES[source](f)}`),
    '；',
    '；以及',
  )

const period = (f: DisclosureFacts, format: Format) =>
  f.periodEnd ? `截至${format.day(f.periodEnd)}止年度` : ''

const IMPACT = AXIS_NAMES.impact['zh-Hans']
const STAKEHOLDER = AXIS_NAMES.stakeholder['zh-Hans']
const percentile = (p: number) => `第${Math.round(p * 100)}百分位数`

function thresholdRule(f: DisclosureFacts, format: Format): string {
  const { threshold } = f
  if (threshold.mode === 'topN') {
    const cut = f.cutPriority === null ? '' : `，其中最低综合得分为${format.score(f.cutPriority)}`
    return `综合得分（两个维度得分的平均值）最高的${threshold.n}项议题建议列为实质性议题${cut}。`
  }
  const rule = {
    both: '议题在两个维度的得分均达到阈值时，即建议列为实质性议题。',
    either: '议题在任一维度的得分达到阈值时，即建议列为实质性议题。',
    impactOnly: `议题在${format.quote(IMPACT)}维度的得分达到阈值时，即建议列为实质性议题。`,
  }[f.rule]
  const values = `${format.quote(IMPACT)}为${format.score(f.thresholds.impact)}，${format.quote(STAKEHOLDER)}为${format.score(f.thresholds.stakeholder)}`
  if (threshold.mode === 'absolute') return `${rule}阈值已在问卷发放前确定：${values}。`
  return `${rule}各维度的阈值取所有议题在该维度得分的${percentile(threshold.p)}，且不低于评分区间的中点${format.score((f.scaleMax + 1) / 2)}：${values}。`
}

function ruleInBrief(f: DisclosureFacts, format: Format): string {
  const { threshold } = f
  if (threshold.mode === 'topN') return `综合得分最高的${threshold.n}项议题`
  const level =
    threshold.mode === 'percentile'
      ? `达到${percentile(threshold.p)}`
      : `分别不低于${format.score(f.thresholds.impact)}和${format.score(f.thresholds.stakeholder)}`
  if (f.rule === 'impactOnly')
    return `${format.quote(IMPACT)}得分${threshold.mode === 'percentile' ? level : `不低于${format.score(f.thresholds.impact)}`}的议题`
  return `${f.rule === 'both' ? '两个维度得分均' : '任一维度得分'}${level}的议题`
}

/** 受访者所见的量表文字：1（“不重要”）至5（“非常重要”），3为“一般重要”。 */
function scale(f: DisclosureFacts, format: Format): string {
  const [low, ...rest] = f.scale.labels
  const high = rest.pop()
  if (!low || !high) return `分值为1至${f.scaleMax}`
  const point = (l: typeof low) => `${l.value}（${format.quote(l.label['zh-Hans'])}）`
  const middle = rest.map((l) => `${l.value}为${format.quote(l.label['zh-Hans'])}`)
  return `分值为${point(low)}至${point(high)}${middle.length > 0 ? `，${middle.join('，')}` : ''}`
}

function board(f: DisclosureFacts, format: Format): string {
  if (!f.approval) return '评估结果尚待董事会批准。'
  const on = format.date(f.approval.approvedAt)
  if (f.approvedBy === 'confirmer')
    return `由于本集团仅有一名获授权批准评估的人员，评估结果已于${on}由确认结果的同一人批准，未经他人审阅。`
  if (f.approvedBy === 'appointee')
    return `评估结果已于${on}获批准；批准人由确认结果的人员在确认后任命，因此结果未经独立任命的批准人审阅。`
  return `董事会已于${on}审阅并批准实质性评估结果。`
}

/** 最终清单的批准（GRI 3-1）。 */
function finalList(f: DisclosureFacts, format: Format): string {
  if (!f.approval) return '最终清单尚待董事会批准'
  const on = format.date(f.approval.approvedAt)
  if (f.approvedBy === 'confirmer') return `最终清单已于${on}由确认结果的同一人批准`
  if (f.approvedBy === 'appointee')
    return `最终清单已于${on}由确认结果的人员在确认后任命的批准人批准`
  return `董事会已于${on}批准最终清单`
}

/** 问卷在同一天开放和截止时只写一个日期。 */
function surveyWindow(f: DisclosureFacts, format: Format): string {
  const { openedAt, closedAt } = f.survey
  if (!openedAt || !closedAt) return '本集团'
  const [from, to] = [format.date(openedAt), format.date(closedAt)]
  return from === to ? `本集团于${from}` : `${from}至${to}期间，本集团`
}

export const zhHans: Templates = {
  overview: (f, format) => ({
    title: '实质性评估',
    paragraphs: [
      `为明确需重点关注和披露的环境、社会及管治（ESG）议题，本集团${f.periodEnd ? `就${period(f, format)}` : ''}参照香港联合交易所有限公司（“联交所”）《主板上市规则》附录C2《环境、社会及管治报告${guide(f)}》（“《ESG报告${guide(f)}》”）开展实质性评估，评估分为识别、排序以及确认与审核三个步骤。`,
    ],
    table: {
      head: ['步骤', '说明'],
      rows: [
        [
          '第一步：识别',
          `根据${sources(f)}，识别出${format.count(f.issueCount)}项潜在实质性议题。`,
        ],
        [
          '第二步：排序',
          `通过面向${f.groups.length}类利益相关方的问卷调研（共回收${format.count(f.responded)}份有效问卷），从${format.quote(IMPACT)}和${format.quote(STAKEHOLDER)}两个维度对议题进行排序。`,
        ],
        [
          '第三步：确认与审核',
          `本集团管理层于${format.date(f.confirmedAt)}审核并确认实质性议题。${board(f, format)}`,
        ],
      ],
    },
  }),

  identify: (f, format) => ({
    title: '第一步：识别',
    paragraphs: [
      `本集团根据${sources(f)}，识别出${format.count(f.issueCount)}项潜在实质性议题，涵盖${format.list(f.aspects.map(({ aspect, issues }) => `${ASPECT_NAMES[aspect]['zh-Hans']}（${issues.length}项）`))}${f.aspects.length}个范畴，详见下表。`,
    ],
    table: candidateTable(f, 'zh-Hans', labels(f)),
  }),

  stakeholders: (f, format) => {
    const paragraphs = [
      `利益相关方的意见是本集团确定实质性议题的重要依据。${surveyWindow(f, format)}邀请${f.groups.length}类利益相关方通过线上问卷（提供英文、繁体中文和简体中文版本）对各候选议题进行评分，共回收${format.count(f.responded)}份有效问卷。`,
      f.equalWeights
        ? '各类利益相关方在结果中的权重相同，不受作答人数影响，以避免个别群体的意见主导结果。'
        : '各类利益相关方的权重已在问卷发放前确定（见下表），且不受作答人数影响。',
    ]
    if (f.silentGroups.length > 0)
      paragraphs.push(
        `本次评估未收到${format.list(f.silentGroups.map((g) => g.names['zh-Hans']))}的有效问卷，因此评估结果未能反映其意见。`,
      )
    if (f.groups.some((group) => group.invited === null))
      paragraphs.push(
        '问卷回收率仅就逐一邀请的群体列示；通过公开链接邀请的群体没有固定的受邀人数。',
      )
    return {
      title: '利益相关方沟通',
      paragraphs,
      table: groupTable(f, 'zh-Hans', format, labels(f)),
    }
  },

  prioritise: (f, format) => ({
    title: '第二步：排序',
    paragraphs: [
      `受访者从${format.quote(IMPACT)}和${format.quote(STAKEHOLDER)}两个维度对每项议题评分，${scale(f, format)}。${format.quote(f.scale.dontKnow['zh-Hans'])}的回答单独记录，不计入评分。`,
      `本集团针对每项议题的每个维度，先计算各类利益相关方的平均分，再按群体权重计算加权平均分，使人数较多的群体不会压倒人数较少的群体。某一群体对某项议题的评分须有至少${f.nMin}名受访者作答方予计入。`,
      thresholdRule(f, format),
      `得分接近阈值${f.rule === 'both' && f.threshold.mode !== 'topN' ? '、仅一个维度达到阈值' : ''}、评分群体权重合计不足总权重一半或评分数据不足的议题，不作自动分类，而是提交管理层在第三步中决定。`,
      `评估结果见图1实质性矩阵：每个点代表一项议题，按其在两个维度的得分标示${f.threshold.mode === 'topN' ? '' : '，阈值线将矩阵划分为四个象限'}。`,
    ],
    figure: { id: 'matrix', caption: '图1：实质性矩阵' },
  }),

  confirm: (f, format) => {
    const overrides = f.overrideCount
    const referred = f.judgements.length - overrides
    const parts = [
      overrides > 0 && `对${overrides}项议题作出了不同于建议结果的决定`,
      referred > 0 && `对评分结果提交其判断的${referred}项议题作出了决定`,
    ].filter(Boolean)
    return {
      title: '第三步：确认与审核',
      paragraphs: [
        `本集团管理层于${format.date(f.confirmedAt)}审核了排序结果及各议题的建议分类，确认${f.material.length}项实质性议题。`,
        parts.length === 0
          ? '管理层确认了建议结果，未作调整。'
          : `管理层${parts.join('，并')}，各项决定的理由列示如下。`,
        board(f, format),
        '本集团将每年审视实质性议题，并持续完善评估流程。',
      ],
      ...(f.judgements.length > 0 ? { table: judgementTable(f, 'zh-Hans', labels(f)) } : {}),
    }
  },

  material: (f) => {
    const n = f.material.length
    const lead =
      n === 0
        ? '本次评估未有议题被确认为实质性议题。'
        : f.approvedBy === 'confirmer' || f.approvedBy === 'appointee'
          ? `根据评估结果，本集团识别出${n}项实质性议题，按重要程度排列如下：`
          : f.approval
            ? `根据评估结果，本集团识别出${n}项实质性议题。经董事会审阅，按重要程度排列如下：`
            : `根据评估结果，本集团识别出${n}项实质性议题（尚待董事会批准），按重要程度排列如下：`
    return {
      title: '实质性议题',
      paragraphs: [
        lead,
        `本集团在本报告相关章节中披露各实质性议题的管理方法及绩效，并参照下表所列《ESG报告${guide(f)}》层面及关键绩效指标。`,
      ],
      table: materialTable(f, 'zh-Hans', labels(f)),
    }
  },

  'gri-3-1': (f, format) => ({
    title: 'GRI 3-1 确定实质性议题的流程',
    paragraphs: [
      `本集团按三个步骤确定实质性议题：首先，根据${sources(f)}，识别出${format.count(f.issueCount)}项候选议题；其次，面向${format.list(f.groups.map((g) => g.names['zh-Hans']))}共${f.groups.length}类利益相关方开展问卷调研，共回收${format.count(f.responded)}份有效问卷，受访者以${f.scaleMax}分制对各议题${format.quote(IMPACT)}和${format.quote(STAKEHOLDER)}进行评分，各群体平均分按${f.equalWeights ? '相同权重' : '问卷发放前确定的权重'}合并，${ruleInBrief(f, format)}建议列为实质性议题；最后，管理层审核建议清单，对提交其判断的议题作出决定，并记录每项不同于建议结果之决定的理由，${finalList(f, format)}。`,
    ],
  }),

  'gri-3-2': (f, format) => ({
    title: 'GRI 3-2 实质性议题列表',
    paragraphs: [
      f.material.length === 0
        ? `本集团${period(f, format)}无实质性议题。`
        : `本集团${period(f, format)}的实质性议题按重要程度列示如下。`,
      zhHans.changes(f.comparison, format),
    ],
    table: griTable(f, 'zh-Hans', labels(f)),
  }),

  changes(comparison, format) {
    if (!comparison)
      return '本年度为本集团首次采用此方法开展实质性评估，因此无与上一报告期相比的变化。'
    const { entered, left, stayed } = materialChanges(comparison)
    const scale =
      comparison.basis === 'normalised'
        ? `由于评分区间由${comparison.previousScaleMax}分制调整为${comparison.currentScaleMax}分制，两个年度的得分已换算至0至1的统一尺度后进行比较。`
        : ''
    if (entered.length === 0 && left.length === 0)
      return `与上一报告期相比，实质性议题列表无变化。${scale}`
    const names = (list: typeof entered) =>
      format.list(list.map((issue) => format.quote(issue.names['zh-Hans'])))
    const clauses = [
      entered.length > 0 && `${names(entered)}新增为实质性议题`,
      left.length > 0 && `${names(left)}不再列为实质性议题`,
    ].filter(Boolean)
    const rest = stayed > 0 ? `；其余${stayed}项实质性议题保持不变。` : '。'
    return `与上一报告期相比，${clauses.join('，')}${rest}${scale}`
  },
}
