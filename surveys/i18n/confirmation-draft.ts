import { catalog } from './catalog.ts'

/** The confirmation draft's saving, shared between reviewers (issue 13 §1). */
export const draftText = catalog(
  {
    saving: 'Saving…',
    pending: 'Changes not saved yet…',
    saved: 'All changes saved.',
    notSavedYet: 'Your decisions are saved as you work, for everyone who confirms.',
    lastChange: (name: string, when: string) => `Last changed by ${name}, ${when}.`,
    failed: 'Your latest changes could not be saved.',
    retry: 'Try again',
    conflictTitle: 'Someone else changed this draft',
    conflictBody: (name: string, when: string) =>
      `${name} saved the draft at ${when}, after you opened it. Your latest changes are not saved. Choose which version to keep.`,
    conflictUnknown:
      'Someone saved the draft after you opened it. Your latest changes are not saved. Choose which version to keep.',
    takeTheirs: 'Show their version',
    keepMine: 'Keep my version',
    locked:
      'The assessment changed meanwhile (confirmed or reopened): your latest changes are not saved. Reload the page.',
    reload: 'Reload',
    leave: 'Your latest changes to the confirmation are not saved. Leave anyway?',
  },
  {
    saving: '正在儲存…',
    pending: '變更尚未儲存…',
    saved: '所有變更已儲存。',
    notSavedYet: '您的決定會隨時儲存，所有負責確認的人都能看到。',
    lastChange: (name: string, when: string) => `最後由 ${name} 於 ${when} 修改。`,
    failed: '您最新的變更未能儲存。',
    retry: '重試',
    conflictTitle: '其他人修改了這份草稿',
    conflictBody: (name: string, when: string) =>
      `${name} 在您開啟後於 ${when} 儲存了草稿。您最新的變更尚未儲存，請選擇保留哪個版本。`,
    conflictUnknown: '有人在您開啟後儲存了草稿。您最新的變更尚未儲存，請選擇保留哪個版本。',
    takeTheirs: '顯示對方的版本',
    keepMine: '保留我的版本',
    locked: '評估在此期間已變更（已確認或重新開放）：您最新的變更未儲存。請重新載入頁面。',
    reload: '重新載入',
    leave: '您對確認的最新變更尚未儲存。仍要離開嗎？',
  },
  {
    saving: '正在保存…',
    pending: '更改尚未保存…',
    saved: '所有更改已保存。',
    notSavedYet: '您的决定会随时保存，所有负责确认的人都能看到。',
    lastChange: (name: string, when: string) => `最后由 ${name} 于 ${when} 修改。`,
    failed: '您最新的更改未能保存。',
    retry: '重试',
    conflictTitle: '其他人修改了这份草稿',
    conflictBody: (name: string, when: string) =>
      `${name} 在您打开后于 ${when} 保存了草稿。您最新的更改尚未保存，请选择保留哪个版本。`,
    conflictUnknown: '有人在您打开后保存了草稿。您最新的更改尚未保存，请选择保留哪个版本。',
    takeTheirs: '显示对方的版本',
    keepMine: '保留我的版本',
    locked: '评估在此期间已更改（已确认或重新开放）：您最新的更改未保存。请重新加载页面。',
    reload: '重新加载',
    leave: '您对确认的最新更改尚未保存。仍要离开吗？',
  },
)
