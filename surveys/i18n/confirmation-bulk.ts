import { catalog } from './catalog.ts'

/** Bulk decisions on the confirmation page (issue 13 §2). */
export const bulkText = catalog(
  {
    title: 'Decide several issues at once',
    lead: 'Select issues by tier, flag or aspect, or tick them in the list, then decide them together with one reason. Each issue keeps the reason, marked as shared.',
    tier: 'Tier',
    flag: 'Flag',
    aspect: 'Aspect',
    any: 'Any',
    selectMatching: (n: number) =>
      n === 1 ? 'Select the 1 matching issue' : `Select the ${n} matching issues`,
    clear: 'Clear the selection',
    selected: (n: number) => (n === 1 ? '1 issue selected.' : `${n} issues selected.`),
    select: (code: string) => `Select issue ${code}`,
    decision: 'Decision for the selected issues',
    choice_material: 'Material',
    'choice_not-material': 'Not material',
    choice_proposal: 'Accept the proposal',
    reason: 'Shared reason',
    reasonHint:
      'Stored on each selected decision. Needed when any of them is a review issue or departs from its computed tier.',
    reasonNeeded: 'Write the reason these issues share.',
    reasonTooShort: (min: number) =>
      `Write at least ${min} characters (a Chinese character counts 2).`,
    apply: (n: number) => (n === 1 ? 'Apply to 1 issue' : `Apply to ${n} issues`),
    applied: (n: number) => (n === 1 ? '1 issue decided.' : `${n} issues decided.`),
    skipped: (n: number) =>
      n === 1
        ? '1 review issue has no proposal and was left as it was.'
        : `${n} review issues have no proposal and were left as they were.`,
    sharedNote: (n: number) =>
      n === 1
        ? 'The reason marked “Shared reason” was written once for several issues decided together.'
        : `The ${n} reasons marked “Shared reason” were written once for several issues decided together.`,
    sharedReason: 'Shared reason',
  },
  {
    title: '一次決定多項議題',
    lead: '按級別、標記或範疇選取議題，或在清單中勾選，然後以同一理由一併決定。每項議題都會保存該理由，並標示為共用。',
    tier: '級別',
    flag: '標記',
    aspect: '範疇',
    any: '全部',
    selectMatching: (n: number) => `選取 ${n} 項符合的議題`,
    clear: '清除選取',
    selected: (n: number) => `已選取 ${n} 項議題。`,
    select: (code: string) => `選取議題 ${code}`,
    decision: '所選議題的決定',
    choice_material: '重要',
    'choice_not-material': '非重要',
    choice_proposal: '接受建議',
    reason: '共用理由',
    reasonHint: '會保存於每項所選決定。若其中有待檢視議題或偏離計算級別的決定，必須填寫。',
    reasonNeeded: '請填寫這些議題共用的理由。',
    reasonTooShort: (min: number) => `請至少填寫 ${min} 個單位（一個中文字算 2）。`,
    apply: (n: number) => `套用於 ${n} 項議題`,
    applied: (n: number) => `已決定 ${n} 項議題。`,
    skipped: (n: number) => `${n} 項待檢視議題沒有建議，維持不變。`,
    sharedNote: (n: number) =>
      `標示為「共用理由」的 ${n} 項理由，是一併決定多項議題時撰寫的同一理由。`,
    sharedReason: '共用理由',
  },
  {
    title: '一次决定多项议题',
    lead: '按级别、标记或范畴选取议题，或在列表中勾选，然后以同一理由一并决定。每项议题都会保存该理由，并标示为共用。',
    tier: '级别',
    flag: '标记',
    aspect: '范畴',
    any: '全部',
    selectMatching: (n: number) => `选取 ${n} 项符合的议题`,
    clear: '清除选取',
    selected: (n: number) => `已选取 ${n} 项议题。`,
    select: (code: string) => `选取议题 ${code}`,
    decision: '所选议题的决定',
    choice_material: '重要',
    'choice_not-material': '非重要',
    choice_proposal: '接受建议',
    reason: '共用理由',
    reasonHint: '会保存于每项所选决定。若其中有待检视议题或偏离计算级别的决定，必须填写。',
    reasonNeeded: '请填写这些议题共用的理由。',
    reasonTooShort: (min: number) => `请至少填写 ${min} 个单位（一个汉字算 2）。`,
    apply: (n: number) => `应用于 ${n} 项议题`,
    applied: (n: number) => `已决定 ${n} 项议题。`,
    skipped: (n: number) => `${n} 项待检视议题没有建议，维持不变。`,
    sharedNote: (n: number) =>
      `标示为“共用理由”的 ${n} 项理由，是一并决定多项议题时撰写的同一理由。`,
    sharedReason: '共用理由',
  },
)
