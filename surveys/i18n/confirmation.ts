import { catalog } from './catalog.ts'

/**
 * Messages of the confirmation and approval rules. The server answers with the English ones;
 * the confirmation page shows the user's language.
 */
export const confirmationText = catalog(
  {
    unknownIssue: 'This issue is not part of this assessment.',
    duplicateDecision: 'This issue is decided more than once.',
    missingDecisions: (codes: string) => `Decide on every issue. Still undecided: ${codes}.`,
    rationaleForOverride: 'Give the reason: this decision departs from the scores.',
    rationaleForReview: 'Give the reason: the scores leave this issue to management.',
    rationaleTooShort: (min: number) =>
      `Write the reason in at least a sentence (${min} characters or more).`,
    orderNotMaterial: 'Only issues decided material belong in the order.',
    orderDuplicate: 'This issue is in the order more than once.',
    orderMissing: (codes: string) => `Place every material issue in the order. Missing: ${codes}.`,
    notApprover: 'Only an approver can approve or return a confirmation.',
    ownConfirmation:
      'You confirmed this version yourself. Another approver in your organisation must decide on it.',
  },
  {
    unknownIssue: '此議題不屬於本評估。',
    duplicateDecision: '此議題重複作出了決定。',
    missingDecisions: (codes: string) => `請就每個議題作出決定。尚未決定：${codes}。`,
    rationaleForOverride: '請說明理由：此決定與評分結果不同。',
    rationaleForReview: '請說明理由：評分結果需由管理層就此議題作出判斷。',
    rationaleTooShort: (min: number) =>
      `請以至少一句說明理由（不少於 ${min} 個字元，中文字以兩個計）。`,
    orderNotMaterial: '排序只可包括已決定為重要的議題。',
    orderDuplicate: '此議題在排序中出現多於一次。',
    orderMissing: (codes: string) => `請為每個重要議題排序。尚欠：${codes}。`,
    notApprover: '只有批准人可批准或退回確認結果。',
    ownConfirmation: '此版本由您本人確認，須由貴機構另一位批准人作出決定。',
  },
  {
    unknownIssue: '此议题不属于本评估。',
    duplicateDecision: '此议题重复作出了决定。',
    missingDecisions: (codes: string) => `请就每个议题作出决定。尚未决定：${codes}。`,
    rationaleForOverride: '请说明理由：此决定与评分结果不同。',
    rationaleForReview: '请说明理由：评分结果需由管理层就此议题作出判断。',
    rationaleTooShort: (min: number) =>
      `请以至少一句说明理由（不少于 ${min} 个字符，汉字按两个计）。`,
    orderNotMaterial: '排序只能包括已决定为重要的议题。',
    orderDuplicate: '此议题在排序中出现多于一次。',
    orderMissing: (codes: string) => `请为每个重要议题排序。尚缺：${codes}。`,
    notApprover: '只有批准人可以批准或退回确认结果。',
    ownConfirmation: '此版本由您本人确认，须由贵机构另一位批准人作出决定。',
  },
)
