import { catalog } from './catalog.ts'

/** What an erasure removed (POST …/personal-data/erase). */
interface Erased {
  comments: number
  responses: number
  drafts: number
  invitations: number
  messages: number
}

/** "Are you sure?" for the one-way actions (issue 13 §6), and the erase card. */
export const dialogText = catalog(
  {
    openTitle: 'Open the survey?',
    openBody:
      'The survey links start accepting answers. From now on, changing the scoring settings, the issues or the group weights needs a reason, recorded in the audit trail.',
    openConfirm: 'Open the survey',
    reopenTitle: 'Reopen the survey?',
    reopenBody:
      'The links accept answers again, so the scores can move. Your reason is kept in the audit trail.',
    reopenConfirm: 'Reopen the survey',
    closeTitle: 'Close the survey?',
    closeCounting: 'Counting the people part-way through the survey…',
    closeBody: (started: number) =>
      started === 0
        ? 'No one is part-way through the survey. The links stop accepting answers and the scores are fixed for management to confirm.'
        : `${started === 1 ? '1 person has' : `${started} people have`} started the survey and not submitted: once it closes, they can no longer submit. The links stop accepting answers and the scores are fixed for management to confirm.`,
    closeConfirm: 'Close the survey',
    approveTitle: (version: number) => `Approve version ${version}?`,
    approveBody:
      'The result becomes final: it can no longer be returned or changed, and the disclosure can cite the approval.',
    approveConfirm: 'Approve',
    returnTitle: (version: number) => `Return version ${version} to management?`,
    returnBody:
      'Management confirms again, starting from these decisions; this version stays in the history as returned.',
    returnConfirm: 'Return',
    eraseCardTitle: 'Personal data',
    eraseLead:
      'Erase what could identify respondents once it is no longer needed: comments and suggested issues, exact times, address hashes, unsent drafts, and who was invited by email with every email to them (the contacts stay in the register). The anonymised answers and the scores stay.',
    eraseReason: 'Why the personal data is erased (kept in the audit trail)',
    eraseReasonShort: 'Say why, in a sentence (for the audit trail).',
    eraseButton: 'Erase personal data…',
    eraseTitle: 'Erase the personal data for good?',
    eraseBody:
      'Comments, suggested issues, exact times, address hashes, unsent drafts, invitations and their emails of this assessment are deleted. This cannot be undone.',
    eraseConfirm: 'Erase for good',
    erasing: 'Erasing…',
    erased: ({ comments, responses, drafts, invitations, messages }: Erased) =>
      `Erased: ${comments} comments, the personal details of ${responses} responses, ${drafts} unsent drafts, ${invitations} invitations and ${messages} emails.`,
    eraseFailed: 'The personal data could not be erased.',
  },
  {
    openTitle: '開放問卷？',
    openBody:
      '問卷連結開始接受回應。此後更改評分設定、議題或組別權重均須說明理由，並記錄於審計記錄。',
    openConfirm: '開放問卷',
    reopenTitle: '重新開放問卷？',
    reopenBody: '連結將再次接受回應，評分可能改變。您的理由會記錄在審計記錄中。',
    reopenConfirm: '重新開放問卷',
    closeTitle: '截止問卷？',
    closeCounting: '正在統計填寫中的人數…',
    closeBody: (started: number) =>
      started === 0
        ? '目前沒有人正在填寫問卷。連結將停止接受回應，評分會固定下來供管理層確認。'
        : `有 ${started} 人已開始填寫但尚未提交：問卷截止後他們將無法提交。連結將停止接受回應，評分會固定下來供管理層確認。`,
    closeConfirm: '截止問卷',
    approveTitle: (version: number) => `批准第 ${version} 版？`,
    approveBody: '結果將成為最終版本：之後不能再退回或更改，披露文件可引用此批准。',
    approveConfirm: '批准',
    returnTitle: (version: number) => `將第 ${version} 版退回管理層？`,
    returnBody: '管理層將以這些決定為起點重新確認；此版本會以「已退回」保留在版本記錄中。',
    returnConfirm: '退回',
    eraseCardTitle: '個人資料',
    eraseLead:
      '不再需要時，刪除可識別回應者的資料：意見及建議議題、確切時間、地址雜湊值、未提交的草稿，以及電郵邀請對象和發給他們的所有電郵（聯絡人仍保留在名冊中）。匿名回應及評分會保留。',
    eraseReason: '刪除個人資料的原因（記錄於審計記錄）',
    eraseReasonShort: '請用一句說明原因（記錄於審計記錄）。',
    eraseButton: '刪除個人資料…',
    eraseTitle: '永久刪除個人資料？',
    eraseBody:
      '此評估的意見、建議議題、確切時間、地址雜湊值、未提交草稿、邀請及其電郵將被刪除。此操作無法復原。',
    eraseConfirm: '永久刪除',
    erasing: '正在刪除…',
    erased: ({ comments, responses, drafts, invitations, messages }: Erased) =>
      `已刪除：${comments} 則意見、${responses} 份回應的個人資料、${drafts} 份未提交草稿、${invitations} 項邀請及 ${messages} 封電郵。`,
    eraseFailed: '未能刪除個人資料。',
  },
  {
    openTitle: '开放问卷？',
    openBody:
      '问卷链接开始接受回应。此后更改评分设置、议题或组别权重均须说明理由，并记录于审计记录。',
    openConfirm: '开放问卷',
    reopenTitle: '重新开放问卷？',
    reopenBody: '链接将再次接受回应，评分可能改变。您的理由会记录在审计记录中。',
    reopenConfirm: '重新开放问卷',
    closeTitle: '截止问卷？',
    closeCounting: '正在统计填写中的人数…',
    closeBody: (started: number) =>
      started === 0
        ? '目前没有人正在填写问卷。链接将停止接受回应，评分会固定下来供管理层确认。'
        : `有 ${started} 人已开始填写但尚未提交：问卷截止后他们将无法提交。链接将停止接受回应，评分会固定下来供管理层确认。`,
    closeConfirm: '截止问卷',
    approveTitle: (version: number) => `批准第 ${version} 版？`,
    approveBody: '结果将成为最终版本：之后不能再退回或更改，披露文件可引用此批准。',
    approveConfirm: '批准',
    returnTitle: (version: number) => `将第 ${version} 版退回管理层？`,
    returnBody: '管理层将以这些决定为起点重新确认；此版本会以“已退回”保留在版本记录中。',
    returnConfirm: '退回',
    eraseCardTitle: '个人信息',
    eraseLead:
      '不再需要时，删除可识别回应者的数据：意见及建议议题、确切时间、地址哈希值、未提交的草稿，以及电邮邀请对象和发给他们的所有电邮（联系人仍保留在名册中）。匿名回应及评分会保留。',
    eraseReason: '删除个人信息的原因（记录于审计记录）',
    eraseReasonShort: '请用一句说明原因（记录于审计记录）。',
    eraseButton: '删除个人信息…',
    eraseTitle: '永久删除个人信息？',
    eraseBody:
      '此评估的意见、建议议题、确切时间、地址哈希值、未提交草稿、邀请及其电邮将被删除。此操作无法撤销。',
    eraseConfirm: '永久删除',
    erasing: '正在删除…',
    erased: ({ comments, responses, drafts, invitations, messages }: Erased) =>
      `已删除：${comments} 条意见、${responses} 份回应的个人信息、${drafts} 份未提交草稿、${invitations} 项邀请及 ${messages} 封电邮。`,
    eraseFailed: '未能删除个人信息。',
  },
)
