import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate'

/** One file of a streamed zip: its bytes at once, or pieces read as the zip is sent. */
export interface ZipEntry {
  name: string
  /** 0 stores the file as it is (for PNG, compressed already); 6 deflates. */
  level: 0 | 6
  data: string | Uint8Array | AsyncIterable<string>
}

const bytes = (data: string | Uint8Array) => (typeof data === 'string' ? strToU8(data) : data)

/**
 * A zip written while it is sent (fflate's streaming Zip): the next piece of an entry is read
 * only when the client has taken what came before, so memory holds one piece at a time however
 * large the files. An error thrown by an entry's pieces aborts the stream, so the client gets a
 * broken download rather than a wrong file.
 */
export function zipStream(
  entries: Iterable<ZipEntry> | AsyncIterable<ZipEntry>,
  mtime: Date,
): ReadableStream<Uint8Array> {
  const ready: Uint8Array[] = []
  let failure: Error | null = null
  const zip = new Zip((error, data) => {
    if (error) failure = error
    else ready.push(data)
  })
  async function* write(): AsyncGenerator<void> {
    for await (const entry of entries) {
      const file =
        entry.level === 0
          ? new ZipPassThrough(entry.name)
          : new ZipDeflate(entry.name, { level: entry.level })
      file.mtime = mtime
      zip.add(file)
      if (typeof entry.data === 'string' || entry.data instanceof Uint8Array) {
        file.push(bytes(entry.data), true)
      } else {
        for await (const piece of entry.data) {
          file.push(bytes(piece))
          yield
        }
        file.push(new Uint8Array(0), true)
      }
      yield
    }
    zip.end()
  }
  const steps = write()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let done = false
      while (ready.length === 0 && !done) {
        done = (await steps.next()).done === true
        if (failure) throw failure
      }
      for (const piece of ready.splice(0)) controller.enqueue(piece)
      if (done) controller.close()
    },
    async cancel() {
      await steps.return(undefined)
    },
  })
}
