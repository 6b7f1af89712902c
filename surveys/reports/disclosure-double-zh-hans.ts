import type { DoubleWords, RegisterCounts } from './disclosure-double-words.ts'
import type { Format } from './disclosure-format.ts'

// Mainland usage, as disclosure-zh-hans.ts: 本集团, 利益相关方, “” quotation marks.

const HORIZONS = '短期（一年以内）、中期（一至五年）和长期（五年以上）'

function survey(c: RegisterCounts, format: Format): string {
  if (c.responded === 0) {
    return '本评估未封存利益相关方问卷回复；评估人员根据登记册所载证据评分。'
  }
  return `${format.count(c.groups)}个利益相关方群体的意见（${format.count(c.responded)}份问卷回复）供评估人员参考，仅作为评分依据之一，并不决定评分结果。`
}

export const doubleZhHans: DoubleWords = {
  locale: 'zh-Hans',
  titles: {
    'iro-1': 'ESRS 2 IRO-1：识别和评估重大影响、风险和机遇的流程',
    'sbm-3': 'ESRS 2 SBM-3：重大影响、风险和机遇',
    'iro-2': 'ESRS 2 IRO-2：本报告涵盖的实质性议题',
    'part-d': '气候相关风险和机遇（联交所《环境、社会及管治报告守则》D部分）',
  },
  labels: {
    code: '编号',
    topic: '议题',
    iro: '影响、风险或机遇',
    type: '类型',
    kind: '实际或潜在',
    valueChain: '价值链',
    horizons: '时间范围',
    impact: '影响实质性',
    financial: '财务实质性',
    types: {
      'negative-impact': '负面影响',
      'positive-impact': '正面影响',
      risk: '风险',
      opportunity: '机遇',
    },
    actual: '实际',
    potential: '潜在',
    stages: { upstream: '上游', 'own-operations': '自身运营', downstream: '下游' },
    horizon: { short: '短期', medium: '中期', long: '长期' },
  },
  formula: {
    modeB: (impact, financial) =>
      `负面影响的严重程度为其规模、范围和不可补救性的平均值；如其中任何一项为最高分，则提升至影响阈值。正面影响的严重程度为其规模和范围的平均值。潜在影响的可能性只会降低评分，但潜在人权影响以严重程度为先。风险或机遇的财务评分为各时间范围内“影响程度 × 可能性”的平方根，取最高者。议题的最高影响评分达到${impact}或最高财务评分达到${financial}，即具实质性。`,
    preset: (thresholds) =>
      `严重程度为各项指标平均值与最高值的平均；影响评分为严重程度 × 可能性 ÷ 5，风险或机遇评分为影响程度 × 可能性 ÷ 5。影响、风险或机遇达到其类型的阈值（${thresholds}）即具实质性；议题有任何一项具实质性即为重要议题。`,
    typeThreshold: (type, value) => `${type}${value}`,
  },
  iro1: {
    a: (formula) =>
      `(a) 方法和假设：本集团按 ESRS 1 AR 16 所列的可持续发展事项，将其影响、风险和机遇记录于登记册，由内部评估人员以设有定义的1至5分量表评分，评分未考虑缓解措施。如有多名评估人员评分，各项指标取有评分者的平均值；缺失的评分不予计算，也从不视为零分。${formula}`,
    b: (c, format) =>
      `(b) 对人和环境的影响：本集团在${format.count(c.topics)}个议题下识别了${format.count(c.iros)}项影响、风险和机遇，其中包括${format.count(c.negative)}项负面影响和${format.count(c.positive)}项正面影响，有${format.count(c.humanRights)}项与人权相关，涵盖价值链的${c.stages.length > 0 ? format.list(c.stages) : '—'}，并记录了每项所影响的利益相关方。${survey(c, format)}负面影响按严重程度（规模、范围和不可补救性）及（如属潜在影响）可能性排序；正面影响则按规模、范围和可能性排序。`,
    c: (c, format) =>
      `(c) 具有财务影响的风险和机遇：本集团就${format.count(c.risks)}项风险和${format.count(c.opportunities)}项机遇，按各时间范围——${HORIZONS}——评估其财务影响的可能性和程度，两者均以1至5分评分。影响程度的区间由本集团按其财务业绩设定。可持续发展相关风险以同一量表和阈值相互比较排序。［请说明这些风险如何与其他类型的风险比较排序，包括所用的风险评估工具。］`,
    d: (date, overrides, approval, format) =>
      `(d) 决策和内部控制：管理层于${date}确认结果，对每个议题作出决定；凡偏离评分结果（${format.count(overrides)}项决定）或评分结果交由管理层判断的，均以书面说明理由。确认结果以 SHA-256 哈希值封存，所有更改均记录于审计追踪。${approval}`,
    e: '(e) 与风险管理的整合：［请说明此流程如何纳入整体风险管理流程，以及如何用于评估整体风险状况。］',
    f: '(f) 机遇：［请说明识别、评估和管理机遇的流程如何纳入整体管理流程。］',
    g: (c, format) =>
      `(g) 输入参数：载有证据和负责人的登记册（${format.count(c.iros)}项影响、风险和机遇）；${format.count(c.assessors)}名评估人员的${format.count(c.scores)}份评分；${c.responded > 0 ? `${format.count(c.responded)}份利益相关方问卷回复；` : ''}以及评估开始时已确定的上述公式和阈值。`,
    h: (first) =>
      first
        ? '(h) 变更：这是本集团首次按此基础开展双重实质性评估。本集团每年检视此流程。'
        : '(h) 变更：［请说明此流程自上一报告期以来的变更。］本集团每年检视此流程。',
  },
  sbm3: {
    lead: (count, format) =>
      `下表列出实质性议题的${format.count(count)}项重大影响、风险和机遇，以及各项在价值链中的位置和时间范围；评分未考虑缓解措施。`,
    none: '实质性议题的影响、风险和机遇均未达到其阈值。',
  },
  iro2: {
    lead: (count, format) =>
      `本集团的${format.count(count)}个实质性议题如下，相应主题准则的披露要求适用于这些议题。`,
    none: '没有议题被确认为具实质性。',
    figure: {
      'mode-b':
        '经确认结果的双重实质性矩阵：横轴为各议题的影响实质性，纵轴为其财务实质性，评分范围为1至5分。图中直线为阈值；达到任一阈值的议题具实质性。仅在一个维度有评分的议题不在图中标示。',
      'severity-likelihood':
        '经确认结果的双重实质性矩阵：横轴为各议题的影响实质性，纵轴为其财务实质性，评分范围为0至5分（严重程度或影响程度 × 可能性 ÷ 5）。议题的任何一项影响、风险或机遇达到其类型的阈值，即具实质性。仅在一个维度有评分的议题不在图中标示。',
    },
    climateNotMaterial: (explanations) =>
      `气候变化经评估不具实质性。按 ESRS 2 的要求，管理层对此结论的解释如下：${explanations}`,
  },
  changes: {
    formulas: {
      'mode-b': '默认的双重实质性公式',
      'severity-likelihood': '“严重程度 × 可能性”预设公式',
    },
    formulaChanged: (previous, current) =>
      `评分公式由${previous}改为${current}，两个报告期的得分不能直接比较。`,
  },
  partD: {
    identified: (topics, count, format) =>
      `本集团以识别其他可持续发展事项的同一流程识别气候相关风险和机遇，涵盖${topics}：共记录${format.count(count)}项风险和机遇，以及其在价值链中的位置和时间范围。`,
    noneIdentified: (topics) => `同一流程涵盖${topics}；本期登记册未记录气候相关风险或机遇。`,
    assessed: `每项均按各时间范围——${HORIZONS}——评估其财务影响的可能性和程度，两者均以1至5分评分。`,
    prioritised: (climate, climateMaterial, all, allMaterial, format) =>
      `本集团以同一量表和阈值将其与其他风险和机遇比较排序：${format.count(climate)}项气候相关风险和机遇中有${format.count(climateMaterial)}项达到财务阈值；所有议题合计${format.count(all)}项中则有${format.count(allMaterial)}项。`,
    material: '气候变化是本集团的实质性议题。',
    notMaterial: (explanations) => `气候变化经评估不具实质性。管理层的解释：${explanations}`,
  },
  explanation: (topic, reason, writtenIn) => `${topic}：${reason}${writtenIn}。`,
}
