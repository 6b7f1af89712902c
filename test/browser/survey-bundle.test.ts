import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { projectRoot } from '#db/paths'
import { measureSurveyBundle, SURVEY_BUDGET_BYTES } from '../support/survey-bundle.ts'

// The survey's budget (issue 17) held by `npm test`, not only by the benchmarks: the client the
// browser project has just built, asked of the server's own static route as Chromium asks it.
// Builds nothing and starts no browser.

describe('survey bundle', () => {
  test('the survey’s scripts and stylesheets come to at most 20 KB on the wire', async () => {
    const { files, total } = await measureSurveyBundle(join(projectRoot(), 'dist', 'client'))
    expect(files.map((f) => f.file)).toEqual(
      expect.arrayContaining([expect.stringMatching(/\.js$/), expect.stringMatching(/\.css$/)]),
    )
    for (const file of files) expect(file.as, file.file).toBe('br')
    const sizes = files.map((f) => `${f.file} ${f.wire} B`).join(', ')
    expect(total.wire, `${sizes}: ${total.wire} B`).toBeLessThanOrEqual(SURVEY_BUDGET_BYTES)
  })
})
