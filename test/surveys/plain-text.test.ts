import * as v from 'valibot'
import { describe, expect, test } from 'vitest'
import { IssueDefinition } from '#surveys/domain/model'
import { LocalizedText } from '#surveys/i18n/locales'
import { MAX_LIST_ENTRIES, stripBidiControls } from '#surveys/reports/plain-text'
import { Reason } from '#surveys/schemas/assessments'
import { ApprovalBody, ConfirmationBody } from '#surveys/schemas/confirmation'
import { AddMemberBody } from '#surveys/schemas/members'
import { DraftAnswers, SubmitBody } from '#surveys/schemas/survey'

const CONTROLS = [
  '\u061C',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
]

const ISSUE = {
  code: 'G1',
  aspect: 'operating',
  names: { en: 'Governance', 'zh-Hant': '企業管治', 'zh-Hans': '企业管治' },
  descriptions: { en: 'Board', 'zh-Hant': '董事會', 'zh-Hans': '董事会' },
  hkex: { aspect: 'B7', kpis: ['B7.1'] },
  gri: ['GRI 2: General Disclosures 2021'],
}

describe('stripBidiControls', () => {
  test('removes every bidirectional control and keeps everything else', () => {
    for (const control of CONTROLS) expect(stripBidiControls(`e${control}vil`)).toBe('evil')
    expect(stripBidiControls('\u202Elive\u202C 水資源 — café ✓')).toBe('live 水資源 — café ✓')
    // Zero-width joiners and other format characters that are not bidi controls stay.
    expect(stripBidiControls('👩\u200D💻')).toBe('👩\u200D💻')
  })
})

describe('schemas strip bidi controls from names, labels and comments', () => {
  test('localised names, assessment reasons, member names', () => {
    const names = v.parse(LocalizedText, {
      en: '\u202Eevil',
      'zh-Hant': '\u2067水\u2069',
      'zh-Hans': '水',
    })
    expect(names).toEqual({ en: 'evil', 'zh-Hant': '水', 'zh-Hans': '水' })
    expect(v.parse(Reason, ' \u202Ebecause ')).toBe('because')
    const member = v.parse(AddMemberBody, {
      email: 'a@example.com',
      name: '\u202Elive',
      role: 'viewer',
    })
    expect(member.name).toBe('live')
    // Nothing but controls is nothing: a required name stays required.
    expect(v.safeParse(LocalizedText, { ...names, en: '\u202E\u202C' }).success).toBe(false)
  })

  test('respondent comments, suggested issues and draft comments', () => {
    const body = v.parse(SubmitBody, {
      submissionId: crypto.randomUUID(),
      locale: 'en',
      ratings: [{ issueId: '1', axis: 'impact', score: 3 }],
      comments: [{ issueId: '1', body: 'a\u202Eb' }],
      suggestedIssues: '\u2066noise\u2069',
    })
    expect(body.comments[0]!.body).toBe('ab')
    expect(body.suggestedIssues).toBe('noise')
    const draft = v.parse(DraftAnswers, {
      ratings: {},
      comments: { '1': '\u202Ex' },
      suggestedIssues: '\u202E',
    })
    expect(draft).toEqual({ ratings: {}, comments: { '1': 'x' }, suggestedIssues: '' })
  })

  test('rationales and approval comments', () => {
    const confirmation = v.parse(ConfirmationBody, {
      decisions: [{ issueId: '1', material: true, rationale: '\u202Ekey' }],
      order: ['1'],
    })
    expect(confirmation.decisions[0]!.rationale).toBe('key')
    const approval = v.parse(ApprovalBody, {
      decision: 'approve',
      version: 1,
      hash: 'a'.repeat(64),
      comment: '\u202Efine',
    })
    expect(approval.comment).toBe('fine')
  })

  test('issue names and GRI entries', () => {
    const issue = v.parse(IssueDefinition, {
      ...ISSUE,
      names: { ...ISSUE.names, en: '\u202Elive' },
      gri: ['\u202EGRI 305'],
    })
    expect(issue.names.en).toBe('live')
    expect(issue.gri).toEqual(['GRI 305'])
  })
})

describe('list caps', () => {
  test(`GRI standards and HKEX KPIs take at most ${MAX_LIST_ENTRIES} entries`, () => {
    const full = Array.from({ length: MAX_LIST_ENTRIES }, (_, i) => `GRI ${i}`)
    expect(v.safeParse(IssueDefinition, { ...ISSUE, gri: full }).success).toBe(true)
    const gri = v.safeParse(IssueDefinition, { ...ISSUE, gri: [...full, 'GRI x'] })
    expect(gri.success).toBe(false)
    expect(v.flatten(gri.issues!).nested).toHaveProperty('gri')
    const kpis = Array.from({ length: 5000 }, () => 'A1.1')
    const many = v.safeParse(IssueDefinition, { ...ISSUE, hkex: { aspect: 'A1', kpis } })
    expect(many.success).toBe(false)
    expect(v.flatten(many.issues!).nested).toHaveProperty(['hkex.kpis'])
  })
})
