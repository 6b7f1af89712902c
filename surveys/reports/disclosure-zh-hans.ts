import { AXIS_NAMES } from '../domain/model.ts'
import type { DisclosureWords } from './disclosure-words.ts'

// Mainland usage: 本集团, 利益相关方, 实质性议题, “” quotation marks. The axis names stay
// verbatim (AXIS_NAMES), as the survey asked them. The words only; disclosure-templates.ts
// decides which sentence is said.

const IMPACT = AXIS_NAMES.impact['zh-Hans']
const STAKEHOLDER = AXIS_NAMES.stakeholder['zh-Hans']
const percentile = (p: number) => `第${Math.round(p * 100)}百分位数`

/** How a double-materiality assessment assessed its topics, after the list they came from. */
const DOUBLE_METHOD =
  '，按 ESRS 1 的双重实质性原则评估并按 ESRS 2 的要求披露，其中气候相关风险和机遇也按 IFRS S2 及联交所《环境、社会及管治报告守则》D部分的要求评估'

export const zhHans: DisclosureWords = {
  locale: 'zh-Hans',
  titles: {
    overview: '实质性评估',
    identify: '第一步：识别',
    stakeholders: '利益相关方沟通',
    prioritise: '第二步：排序',
    confirm: '第三步：确认与审核',
    material: '实质性议题',
    'gri-3-1': 'GRI 3-1 确定实质性议题的流程',
    'gri-3-2': 'GRI 3-2 实质性议题列表',
  },
  labels: {
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
    sharedReason: '（共用理由）',
  },
  guide: { guide: { name: '指引', short: '指引' }, code: { name: '守则', short: '守则' } },
  hkexAspect: (guide) => `《ESG报告${guide}》层面`,
  sources: {
    'hkex-guide': (guide) => `联交所《上市规则》附录C2《环境、社会及管治报告${guide}》`,
    'stakeholder-engagement': () => '利益相关方沟通结果',
    'business-context': () => '本集团实际情况',
    'gri-standards': () => '全球报告倡议组织（GRI）标准',
    'industry-peers': () => '行业实践及同业对标',
  },
  doubleSource: {
    esrs: () => `ESRS 1 附录A（AR 16）所列的可持续发展事项${DOUBLE_METHOD}`,
    hkex: (guide) =>
      `联交所《上市规则》附录C2《环境、社会及管治报告${guide}》所列的议题${DOUBLE_METHOD}`,
  },
  source: (index, text) => `（${index}）${text}`,
  sourceJoin: ['；', '；以及'],
  period: (day) => `截至${day}止年度`,
  assessedPeriod: (day) => `就截至${day}止年度`,
  overview: {
    intro: (period, guide) =>
      `为明确需重点关注和披露的环境、社会及管治（ESG）议题，本集团${period}参照香港联合交易所有限公司（“联交所”）《主板上市规则》附录C2《环境、社会及管治报告${guide.name}》（“《ESG报告${guide.name}》”）开展实质性评估，评估分为识别、排序以及确认与审核三个步骤。`,
    head: ['步骤', '说明'],
    steps: ['第一步：识别', '第二步：排序', '第三步：确认与审核'],
    identified: (issues, sources, format) =>
      `根据${sources}，识别出${format.count(issues)}项潜在实质性议题。`,
    ranked: (groups, responded, format) =>
      `通过面向${groups}类利益相关方的问卷调研（共回收${format.count(responded)}份有效问卷），从${format.quote(IMPACT)}和${format.quote(STAKEHOLDER)}两个维度对议题进行排序。`,
    confirmed: (date, approval) => `本集团管理层于${date}审核并确认实质性议题。${approval}`,
  },
  approval: {
    pending: '评估结果尚待董事会批准。',
    self: (on) =>
      `由于本集团仅有一名获授权批准评估的人员，评估结果已于${on}由确认结果的同一人批准，未经他人审阅。`,
    board: (on) => `董事会已于${on}审阅并批准实质性评估结果。`,
    appointee: (on) =>
      `评估结果已于${on}获批准；批准人由确认结果的人员在确认后任命，因此结果未经独立任命的批准人审阅。`,
  },
  finalList: {
    pending: '最终清单尚待董事会批准',
    self: (on) => `最终清单已于${on}由确认结果的同一人批准`,
    board: (on) => `董事会已于${on}批准最终清单`,
    appointee: (on) => `最终清单已于${on}由确认结果的人员在确认后任命的批准人批准`,
  },
  identify: (issues, sources, aspects, format) =>
    `本集团根据${sources}，识别出${format.count(issues)}项潜在实质性议题，涵盖${format.list(aspects.map(({ name, issues: n }) => `${name}（${n}项）`))}${aspects.length}个范畴，详见下表。`,
  surveyWindow: {
    unknown: '本集团',
    day: (on) => `本集团于${on}`,
    range: (from, to) => `${from}至${to}期间，本集团`,
  },
  stakeholders: {
    invited: (window, groups, responded, format) =>
      `利益相关方的意见是本集团确定实质性议题的重要依据。${window}邀请${groups}类利益相关方通过线上问卷（提供英文、繁体中文和简体中文版本）对各候选议题进行评分，共回收${format.count(responded)}份有效问卷。`,
    equalWeights:
      '各类利益相关方在结果中的权重相同，不受作答人数影响，以避免个别群体的意见主导结果。',
    setWeights: '各类利益相关方的权重已在问卷发放前确定（见下表），且不受作答人数影响。',
    silent: (names, format) =>
      `本次评估未收到${format.list(names)}的有效问卷，因此评估结果未能反映其意见。`,
    openLinks: '问卷回收率仅就逐一邀请的群体列示；通过公开链接邀请的群体没有固定的受邀人数。',
  },
  scale: {
    unlabelled: (max) => `分值为1至${max}`,
    point: (value, label, format) => `${value}（${format.quote(label)}）`,
    range: (low, high) => `分值为${low}至${high}`,
    middle: (points, format) =>
      `，${points.map((l) => `${l.value}为${format.quote(l.label)}`).join('，')}`,
  },
  prioritise: {
    rated: (scale, dontKnow, format) =>
      `受访者从${format.quote(IMPACT)}和${format.quote(STAKEHOLDER)}两个维度对每项议题评分，${scale}。${format.quote(dontKnow)}的回答单独记录，不计入评分。`,
    method: (nMin) =>
      `本集团针对每项议题的每个维度，先计算各类利益相关方的平均分，再按群体权重计算加权平均分，使人数较多的群体不会压倒人数较少的群体。某一群体对某项议题的评分须有至少${nMin}名受访者作答方予计入。`,
    referred: (oneDimension) =>
      `得分接近阈值${oneDimension}、评分群体权重合计不足总权重一半或评分数据不足的议题，不作自动分类，而是提交管理层在第三步中决定。`,
    oneDimensionOnly: '、仅一个维度达到阈值',
    figure: (quadrants) =>
      `评估结果见图1实质性矩阵：每个点代表一项议题，按其在两个维度的得分标示${quadrants}。`,
    quadrants: '，阈值线将矩阵划分为四个象限',
    caption: '图1：实质性矩阵',
  },
  threshold: {
    topN: (n, cut) => `综合得分（两个维度得分的平均值）最高的${n}项议题建议列为实质性议题${cut}。`,
    cut: (score) => `，其中最低综合得分为${score}`,
    rules: {
      both: () => '议题在两个维度的得分均达到阈值时，即建议列为实质性议题。',
      either: () => '议题在任一维度的得分达到阈值时，即建议列为实质性议题。',
      impactOnly: (format) =>
        `议题在${format.quote(IMPACT)}维度的得分达到阈值时，即建议列为实质性议题。`,
    },
    values: (impact, stakeholder, format) =>
      `${format.quote(IMPACT)}为${impact}，${format.quote(STAKEHOLDER)}为${stakeholder}`,
    absolute: (rule, values) => `${rule}阈值已在问卷发放前确定：${values}。`,
    percentile: (rule, p, midpoint, values) =>
      `${rule}各维度的阈值取所有议题在该维度得分的${percentile(p)}，且不低于评分区间的中点${midpoint}：${values}。`,
  },
  brief: {
    topN: (n) => `综合得分最高的${n}项议题`,
    percentile: {
      both: (p) => `两个维度得分均达到${percentile(p)}的议题`,
      either: (p) => `任一维度得分达到${percentile(p)}的议题`,
      impactOnly: (p, format) => `${format.quote(IMPACT)}得分达到${percentile(p)}的议题`,
    },
    absolute: {
      both: (impact, stakeholder) => `两个维度得分均分别不低于${impact}和${stakeholder}的议题`,
      either: (impact, stakeholder) => `任一维度得分分别不低于${impact}和${stakeholder}的议题`,
      impactOnly: (impact, _, format) => `${format.quote(IMPACT)}得分不低于${impact}的议题`,
    },
  },
  confirm: {
    confirmed: (date, material) =>
      `本集团管理层于${date}审核了排序结果及各议题的建议分类，确认${material}项实质性议题。`,
    overrides: (n) => `对${n}项议题作出了不同于建议结果的决定`,
    referred: (n) => `对评分结果提交其判断的${n}项议题作出了决定`,
    unchanged: '管理层确认了建议结果，未作调整。',
    changed: (parts) => `管理层${parts.join('，并')}，各项决定的理由列示如下。`,
    shared: (n) =>
      `其中${n}项议题由管理层一并决定并撰写同一理由，下表就每项议题重复列示，并注明“共用理由”。`,
    annual: '本集团将每年审视实质性议题，并持续完善评估流程。',
  },
  material: {
    none: '本次评估未有议题被确认为实质性议题。',
    self: (n) => `根据评估结果，本集团识别出${n}项实质性议题，按重要程度排列如下：`,
    board: (n) => `根据评估结果，本集团识别出${n}项实质性议题。经董事会审阅，按重要程度排列如下：`,
    pending: (n) =>
      `根据评估结果，本集团识别出${n}项实质性议题（尚待董事会批准），按重要程度排列如下：`,
    approach: (guide) =>
      `本集团在本报告相关章节中披露各实质性议题的管理方法及绩效，并参照下表所列《ESG报告${guide}》层面及关键绩效指标。`,
  },
  gri31: (p) =>
    `本集团按三个步骤确定实质性议题：首先，根据${p.sources}，识别出${p.format.count(p.issues)}项候选议题；其次，面向${p.format.list(p.groups)}共${p.groups.length}类利益相关方开展问卷调研，共回收${p.format.count(p.responded)}份有效问卷，受访者以${p.scaleMax}分制对各议题${p.format.quote(IMPACT)}和${p.format.quote(STAKEHOLDER)}进行评分，各群体平均分按${p.weights}合并，${p.brief}建议列为实质性议题；最后，管理层审核建议清单，对提交其判断的议题作出决定，并记录每项不同于建议结果之决定的理由，${p.finalList}。`,
  gri31Weights: { equal: '相同权重', set: '问卷发放前确定的权重' },
  gri32: {
    none: (period) => `本集团${period}无实质性议题。`,
    listed: (period) => `本集团${period}的实质性议题按重要程度列示如下。`,
  },
  changes: {
    first: '本年度为本集团首次采用此方法开展实质性评估，因此无与上一报告期相比的变化。',
    rescaled: (previous, current) =>
      `由于评分区间由${previous}分制调整为${current}分制，两个年度的得分已换算至0至1的统一尺度后进行比较。`,
    decisionsOnly:
      '由于两个报告期分别采用利益相关方矩阵及双重实质性评估，因此仅比较实质性议题列表，不比较得分。',
    unchanged: (rescaled) => `与上一报告期相比，实质性议题列表无变化。${rescaled}`,
    entered: (names) => `${names}新增为实质性议题`,
    left: (names) => `${names}不再列为实质性议题`,
    leftToo: (names) => `${names}不再列为实质性议题`,
    noneStayed: '。',
    oneStayed: '；其余1项实质性议题保持不变。',
    stayed: (n) => `；其余${n}项实质性议题保持不变。`,
    sentence: (clauses, rest, rescaled) =>
      `与上一报告期相比，${clauses.join('，')}${rest}${rescaled}`,
  },
}
