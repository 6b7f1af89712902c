import type { DoubleWords, RegisterCounts } from './disclosure-double-words.ts'
import type { Format } from './disclosure-format.ts'

// Hong Kong usage, as disclosure-zh-hant.ts: 本集團, 持份者, 「」 quotation marks.

const HORIZONS = '短期（一年以內）、中期（一至五年）及長期（五年以上）'

function survey(c: RegisterCounts, format: Format): string {
  if (c.responded === 0) {
    return '本評估並無封存持份者問卷回應；評估人員根據登記冊所載證據評分。'
  }
  return `${format.count(c.groups)}個持份者群組的意見（${format.count(c.responded)}份問卷回應）供評估人員參考，只作評分的依據之一，並不決定評分結果。`
}

export const doubleZhHant: DoubleWords = {
  locale: 'zh-Hant',
  titles: {
    'iro-1': 'ESRS 2 IRO-1：識別及評估重大影響、風險和機遇的流程',
    'sbm-3': 'ESRS 2 SBM-3：重大影響、風險和機遇',
    'iro-2': 'ESRS 2 IRO-2：本報告涵蓋的重要性議題',
    'part-d': '氣候相關風險和機遇（聯交所《環境、社會及管治報告守則》D部分）',
  },
  labels: {
    code: '編號',
    topic: '議題',
    iro: '影響、風險或機遇',
    type: '類型',
    kind: '實際或潛在',
    valueChain: '價值鏈',
    horizons: '時間範圍',
    impact: '影響重要性',
    financial: '財務重要性',
    types: {
      'negative-impact': '負面影響',
      'positive-impact': '正面影響',
      risk: '風險',
      opportunity: '機遇',
    },
    actual: '實際',
    potential: '潛在',
    stages: { upstream: '上游', 'own-operations': '自身營運', downstream: '下游' },
    horizon: { short: '短期', medium: '中期', long: '長期' },
  },
  formula: {
    modeB: (impact, financial) =>
      `負面影響的嚴重程度為其規模、範圍及不可補救性的平均值；如其中任何一項為最高分，則提升至影響門檻。正面影響的嚴重程度為其規模及範圍的平均值。潛在影響的可能性只會降低評分，惟潛在人權影響以嚴重程度為先。風險或機遇的財務評分為各時間範圍內「影響程度 × 可能性」的平方根，取最高者。議題的最高影響評分達${impact}或最高財務評分達${financial}，即屬重要。`,
    preset: (thresholds) =>
      `嚴重程度為各項指標平均值與最高值的平均；影響評分為嚴重程度 × 可能性 ÷ 5，風險或機遇評分為影響程度 × 可能性 ÷ 5。影響、風險或機遇達到其類型的門檻（${thresholds}）即屬重要；議題有任何一項屬重要即為重要議題。`,
    typeThreshold: (type, value) => `${type}${value}`,
  },
  iro1: {
    a: (formula) =>
      `(a) 方法及假設：本集團按 ESRS 1 AR 16 所列的可持續發展事項，將其影響、風險和機遇記錄於登記冊，由內部評估人員以設有定義的1至5分量表評分，評分未計及緩解措施。如多於一名評估人員評分，各項指標取有評分者的平均值；缺漏的評分不予計算，亦從不當作零分。${formula}`,
    b: (c, format) =>
      `(b) 對人和環境的影響：本集團在${format.count(c.topics)}個議題下識別了${format.count(c.iros)}項影響、風險和機遇，當中包括${format.count(c.negative)}項負面影響及${format.count(c.positive)}項正面影響，其中${format.count(c.humanRights)}項與人權相關，涵蓋價值鏈的${c.stages.length > 0 ? format.list(c.stages) : '—'}，並記錄了每項所影響的持份者。${survey(c, format)}負面影響按嚴重程度（規模、範圍及不可補救性）及（如屬潛在影響）可能性排序；正面影響則按規模、範圍及可能性排序。`,
    c: (c, format) =>
      `(c) 具財務影響的風險和機遇：本集團就${format.count(c.risks)}項風險及${format.count(c.opportunities)}項機遇，按各時間範圍——${HORIZONS}——評估其財務影響的可能性及程度，兩者均以1至5分評分。影響程度的區間由本集團按其財務業績訂定。可持續發展相關風險以同一量表及門檻相互比較排序。［請說明這些風險如何與其他類型的風險比較排序，包括所用的風險評估工具。］`,
    d: (date, overrides, approval, format) =>
      `(d) 決策及內部監控：管理層於${date}確認結果，就每個議題作出決定；凡偏離評分結果（${format.count(overrides)}項決定）或評分結果交由管理層判斷者，均以書面說明理由。確認結果以 SHA-256 雜湊值封存，所有更改均記錄於審計追蹤。${approval}`,
    e: '(e) 與風險管理的整合：［請說明此流程如何納入整體風險管理流程，以及如何用於評估整體風險狀況。］',
    f: '(f) 機遇：［請說明識別、評估及管理機遇的流程如何納入整體管理流程。］',
    g: (c, format) =>
      `(g) 輸入參數：載有證據及負責人的登記冊（${format.count(c.iros)}項影響、風險和機遇）；${format.count(c.assessors)}名評估人員的${format.count(c.scores)}份評分；${c.responded > 0 ? `${format.count(c.responded)}份持份者問卷回應；` : ''}以及評估開始時已確定的上述公式及門檻。`,
    h: (first) =>
      first
        ? '(h) 變更：這是本集團首次按此基礎進行雙重重要性評估。本集團每年檢視此流程。'
        : '(h) 變更：［請說明此流程自上一個報告期以來的變更。］本集團每年檢視此流程。',
  },
  sbm3: {
    lead: (count, format) =>
      `下表列出重要性議題的${format.count(count)}項重大影響、風險和機遇，以及各項在價值鏈中的位置及時間範圍；評分未計及緩解措施。`,
    none: '重要性議題的影響、風險和機遇均未達其門檻。',
  },
  iro2: {
    lead: (count, format) =>
      `本集團的${format.count(count)}個重要性議題如下，相應主題準則的披露要求適用於這些議題。`,
    none: '並無議題確認為重要。',
    figure: {
      'mode-b':
        '經確認結果的雙重重要性矩陣：橫軸為各議題的影響重要性，縱軸為其財務重要性，評分範圍為1至5分。圖中直線為門檻；達到任一門檻的議題屬重要。只有一個維度有評分的議題不在圖中標示。',
      'severity-likelihood':
        '經確認結果的雙重重要性矩陣：橫軸為各議題的影響重要性，縱軸為其財務重要性，評分範圍為0至5分（嚴重程度或影響程度 × 可能性 ÷ 5）。議題的任何一項影響、風險或機遇達到其類型的門檻，即屬重要。只有一個維度有評分的議題不在圖中標示。',
    },
    climateNotMaterial: (explanations) =>
      `氣候變化經評估不屬重要。按 ESRS 2 的要求，管理層對此結論的解釋如下：${explanations}`,
  },
  changes: {
    formulas: {
      'mode-b': '預設的雙重重要性公式',
      'severity-likelihood': '「嚴重程度 × 可能性」預設公式',
    },
    formulaChanged: (previous, current) =>
      `評分公式由${previous}改為${current}，兩個報告期的得分不能直接比較。`,
  },
  partD: {
    identified: (topics, count, format) =>
      `本集團以識別其他可持續發展事項的同一流程識別氣候相關風險和機遇，涵蓋${topics}：共記錄${format.count(count)}項風險和機遇，連同其在價值鏈中的位置及時間範圍。`,
    noneIdentified: (topics) => `同一流程涵蓋${topics}；本期登記冊並無記錄氣候相關風險或機遇。`,
    assessed: `每項均按各時間範圍——${HORIZONS}——評估其財務影響的可能性及程度，兩者均以1至5分評分。`,
    prioritised: (climate, climateMaterial, all, allMaterial, format) =>
      `本集團以同一量表及門檻將其與其他風險和機遇比較排序：${format.count(climate)}項氣候相關風險和機遇中有${format.count(climateMaterial)}項達到財務門檻；所有議題合計${format.count(all)}項中則有${format.count(allMaterial)}項。`,
    material: '氣候變化是本集團的重要性議題。',
    notMaterial: (explanations) => `氣候變化經評估不屬重要。管理層的解釋：${explanations}`,
  },
  explanation: (topic, reason, writtenIn) => `${topic}：${reason}${writtenIn}。`,
}
