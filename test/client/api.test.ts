import { describe, expect, test } from 'vitest'
import { refusalOf } from '../../client/shared/api.ts'

// The client reads the server's refusal ({error:{code,message,fields?}}, server/errors.ts) part
// by part: what it shows a person must be text, whatever a proxy or a broken answer sent.

describe('refusalOf', () => {
  test('reads the code, message and field messages of a refusal', () => {
    const body = {
      error: {
        code: 'invalid',
        message: 'Check the form.',
        fields: { name: ['Enter a name.'], 'groups.0': ['Choose a group.', 'Too long.'] },
      },
    }
    expect(refusalOf(body)).toEqual(body.error)
    expect(refusalOf({ error: { code: 'not_found', message: 'No such link.' } })).toEqual({
      code: 'not_found',
      message: 'No such link.',
      fields: undefined,
    })
  })

  test('leaves out each part that is not of its type and keeps the others', () => {
    expect(refusalOf({ error: { code: 404, message: 'Gone.', fields: { a: ['x'] } } })).toEqual({
      code: undefined,
      message: 'Gone.',
      fields: { a: ['x'] },
    })
    expect(refusalOf({ error: { code: 'invalid', message: ['Gone.'] } }).message).toBeUndefined()
    for (const fields of [{ name: 'Enter a name.' }, { name: [1] }, [['Enter a name.']], 'x']) {
      expect(refusalOf({ error: { code: 'invalid', fields } }), JSON.stringify(fields)).toEqual({
        code: 'invalid',
        message: undefined,
        fields: undefined,
      })
    }
  })

  test('reads nothing from a body that is not a refusal', () => {
    const nothing = { code: undefined, message: undefined, fields: undefined }
    for (const body of [undefined, null, 'Bad gateway', [], { error: 'invalid' }, { code: 'x' }]) {
      expect(refusalOf(body), JSON.stringify(body)).toEqual(nothing)
    }
  })
})
