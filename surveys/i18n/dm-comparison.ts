import type { Formula } from '../domain/year-over-year-double.ts'
import { catalog } from './catalog.ts'

/**
 * Year over year on the double-materiality matrix (surveys/METHOD-MODE-B.md §8), beside the
 * stakeholder matrix's words (comparisonText in matrix.ts), which it reuses for the rest.
 */
export const dmComparisonText = catalog(
  {
    tableTitle: (name: string) => `Topics against ${name}`,
    topic: 'Topic',
    impact: 'Impact I_t',
    financial: 'Financial F_t',
    deltaImpact: 'Δ I_t',
    deltaFinancial: 'Δ F_t',
    material: 'Material set',
    was: (value: string) => `was ${value}`,
    isNew: 'New topic',
    noCommonTopics:
      'The two assessments share no topic codes (different topic lists), so every topic reads as new or dropped.',
    allArrows: 'Show every topic’s arrow',
    arrowsFiltered: (min: string) =>
      `Arrows are drawn for material topics and for topics that moved at least ${min} points.`,
    notScored: 'not scored in one of the years',
    leftOut: 'Topics scored in neither year and material in neither are left out.',
    dropped: 'Dropped',
    stayed: 'Stayed material',
    out: 'Not material',
    arrowsNote: (name: string) =>
      `Grey arrows run from each topic's point in ${name} to its point now.`,
    formulaChanged: (before: string, after: string) =>
      `The formula changed from ${before} to ${after}: scores are compared as they stand, but they are not strictly comparable.`,
    decisionsOnly: (name: string) =>
      `${name} used the stakeholder matrix, so only the material decisions are compared: no score changes and no arrows.`,
    matrixDecisionsOnly: (name: string) =>
      `${name} used double materiality, so only the material decisions are compared: no score changes and no arrows.`,
    onIrosTab:
      'Year over year for a double-materiality assessment compares its topics’ impact and financial scores: see the matrix on the Impacts, risks and opportunities tab.',
    formula: (formula: Formula): string =>
      formula === 'mode-b' ? 'the default formula (Mode B)' : 'the severity × likelihood preset',
  },
  {
    tableTitle: (name: string) => `與「${name}」比較的議題`,
    topic: '議題',
    impact: '影響 I_t',
    financial: '財務 F_t',
    deltaImpact: 'Δ I_t',
    deltaFinancial: 'Δ F_t',
    material: '重要議題',
    was: (value: string) => `原為 ${value}`,
    isNew: '新議題',
    noCommonTopics:
      '兩項評估沒有相同的議題編號（議題清單不同），因此所有議題均顯示為新議題或已刪除。',
    allArrows: '顯示所有議題的箭頭',
    arrowsFiltered: (min: string) => `只為重要議題及移動了至少 ${min} 分的議題繪畫箭頭。`,
    notScored: '其中一個年度沒有評分',
    leftOut: '兩個年度均無評分亦均不屬重要的議題不列出。',
    dropped: '已刪除',
    stayed: '仍屬重要',
    out: '不屬重要',
    arrowsNote: (name: string) => `灰色箭頭由各議題於「${name}」的位置指向現時的位置。`,
    formulaChanged: (before: string, after: string) =>
      `評分公式由${before}改為${after}：得分照原樣比較，但不能直接比較。`,
    decisionsOnly: (name: string) =>
      `「${name}」採用持份者矩陣，因此只比較重要性決定：不顯示得分變化及箭頭。`,
    matrixDecisionsOnly: (name: string) =>
      `「${name}」採用雙重重要性評估，因此只比較重要性決定：不顯示得分變化及箭頭。`,
    onIrosTab:
      '雙重重要性評估的按年比較針對各議題的影響及財務得分：請參閱「影響、風險及機遇」分頁的矩陣。',
    formula: (formula: Formula): string =>
      formula === 'mode-b' ? '預設公式（模式 B）' : '「嚴重程度 × 可能性」預設公式',
  },
  {
    tableTitle: (name: string) => `与“${name}”比较的议题`,
    topic: '议题',
    impact: '影响 I_t',
    financial: '财务 F_t',
    deltaImpact: 'Δ I_t',
    deltaFinancial: 'Δ F_t',
    material: '实质性议题',
    was: (value: string) => `原为 ${value}`,
    isNew: '新议题',
    noCommonTopics:
      '两项评估没有相同的议题编号（议题清单不同），因此所有议题均显示为新议题或已删除。',
    allArrows: '显示所有议题的箭头',
    arrowsFiltered: (min: string) => `只为实质性议题及移动了至少 ${min} 分的议题绘制箭头。`,
    notScored: '其中一个年度没有评分',
    leftOut: '两个年度均无评分且均不具实质性的议题不列出。',
    dropped: '已删除',
    stayed: '仍具实质性',
    out: '不具实质性',
    arrowsNote: (name: string) => `灰色箭头由各议题在“${name}”中的位置指向当前位置。`,
    formulaChanged: (before: string, after: string) =>
      `评分公式由${before}改为${after}：得分按原样比较，但不能直接比较。`,
    decisionsOnly: (name: string) =>
      `“${name}”采用利益相关方矩阵，因此仅比较实质性决定：不显示得分变化及箭头。`,
    matrixDecisionsOnly: (name: string) =>
      `“${name}”采用双重实质性评估，因此仅比较实质性决定：不显示得分变化及箭头。`,
    onIrosTab:
      '双重实质性评估的按年比较针对各议题的影响及财务得分：请参阅“影响、风险和机遇”分页的矩阵。',
    formula: (formula: Formula): string =>
      formula === 'mode-b' ? '默认公式（模式 B）' : '“严重程度 × 可能性”预设公式',
  },
)
export type DmComparisonText = (typeof dmComparisonText)['en']
