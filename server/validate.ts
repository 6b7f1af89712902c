import type { MiddlewareHandler } from 'hono'
import { type InferInput, validator } from 'hono/validator'
import * as v from 'valibot'
import type { AppEnv } from './context.ts'
import { DomainError, notFound, parseInput } from './errors.ts'

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i

/**
 * Validates a JSON body with a valibot schema; the typed result is `c.req.valid('json')`.
 * Not JSON → 415, malformed JSON → 400 invalid_json, invalid fields → 400 with `fields`.
 */
export const jsonBody = <S extends v.GenericSchema>(schema: S) =>
  validator('json', async (_value, c): Promise<v.InferOutput<S>> => {
    const type = c.req.header('content-type')?.split(';')[0]?.trim() ?? ''
    if (!JSON_TYPE.test(type)) {
      throw new DomainError(415, 'unsupported_media_type', 'Send the body as application/json.')
    }
    // hono has parsed the JSON already (a malformed body never gets here, see errors.ts).
    return parseInput(schema, await c.req.json())
  })

/**
 * Validates the query string; `c.req.valid('query')` is the schema's output. Clients (hc) send
 * the schema's input as strings: a cursor as its text, not the object it parses to.
 */
export const query = <S extends v.GenericSchema>(schema: S) =>
  validator('query', (value): v.InferOutput<S> => parseInput(schema, value)) as MiddlewareHandler<
    AppEnv,
    string,
    {
      in: { query: InferInput<v.InferInput<S>, 'query'> }
      out: { query: v.InferOutput<S> }
    }
  >

/** Ids in paths are positive integers; anything else cannot exist, so it is a 404. */
export const Id = v.pipe(v.string(), v.regex(/^[1-9]\d{0,14}$/), v.transform(Number))

export const params = <S extends v.GenericSchema>(schema: S) =>
  validator('param', (value): v.InferOutput<S> => {
    const result = v.safeParse(schema, value)
    if (!result.success) throw notFound()
    return result.output
  })
