import { useState } from 'preact/hooks'
import { useChange } from '../../shared/use-change.ts'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** What an import sends: the chosen file (CSV or XLSX by its name) or else pasted CSV text. */
export interface Upload {
  body: Blob
  type: string
}

/** An import's answer: the rows' errors when it stored nothing (a 422), else what it stored. */
export type ImportAnswer<E> =
  | { rejected: true; errors: E[] }
  | { rejected: false; created: number; skipped: number }

function upload(file: File | undefined, text: string): Upload | undefined {
  if (file) {
    const xlsx = file.name.toLowerCase().endsWith('.xlsx')
    return { body: file, type: xlsx ? XLSX_TYPE : 'text/csv' }
  }
  return text.trim() ? { body: new Blob([text]), type: 'text/csv' } : undefined
}

/**
 * A file import's state, for contacts and the IRO register alike: a file (or pasted CSV, where
 * the form offers it) sent once; when rows have errors nothing is stored and they are kept to
 * show, with the choice to send again skipping them. `post` sends one upload to its route.
 */
export function useFileImport<E extends { row: number }>(options: {
  post(upload: Upload, skipInvalid: boolean): Promise<ImportAnswer<E>>
  nothingChosen: string
  imported(created: number, skipped: number): string
  onImported(sentence: string): void
}) {
  const [file, setFile] = useState<File>()
  const [text, setText] = useState('')
  const [rowErrors, setRowErrors] = useState<E[]>([])
  // Bumped after an import, so the file input is emptied (a file input cannot be set).
  const [version, setVersion] = useState(0)
  const change = useChange()
  const send = async (skipInvalid: boolean) => {
    const chosen = upload(file, text)
    if (!chosen) return change.setErrors({ _: options.nothingChosen })
    await change.run(async () => {
      const result = await options.post(chosen, skipInvalid)
      if (result.rejected) return setRowErrors(result.errors)
      setRowErrors([])
      setText('')
      setFile(undefined)
      setVersion((n) => n + 1)
      options.onImported(options.imported(result.created, result.skipped))
    })
  }
  return {
    version,
    setFile: (next: File | undefined) => {
      setFile(next)
      setRowErrors([])
    },
    text,
    setText: (next: string) => {
      setText(next)
      setRowErrors([])
    },
    rowErrors,
    badRows: new Set(rowErrors.map((error) => error.row)).size,
    busy: change.busy,
    errors: change.errors,
    send,
  }
}
