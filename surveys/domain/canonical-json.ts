/**
 * Canonical JSON, so that the same snapshot always has the same bytes and so the same SHA-256.
 *
 * The rules are those of RFC 8785, the JSON Canonicalization Scheme (JCS), so an assurance
 * provider can reproduce a hash with any JCS implementation (Python `rfc8785`, Java
 * `erdtman/java-json-canonicalization`, Go `cyberphone/json-canonicalization`, …):
 *
 * 1. No whitespace between tokens; the text is encoded as UTF-8 (no byte-order mark).
 * 2. Object members are sorted by key, comparing the keys as sequences of UTF-16 code units
 *    (JavaScript's default sort; for ASCII keys, plain byte order). Keys are unique.
 * 3. Strings are written as ECMAScript's JSON.stringify writes them: `"` and `\` escaped, control
 *    characters as \b \f \n \r \t or \u00XX (lower-case hex), every other character as itself.
 * 4. Numbers are written as ECMAScript prints them (Number.prototype.toString: the shortest text
 *    that reads back as the same double, e.g. 3.6666666666666665, 4, 0.1, 1e-7); -0 is written 0.
 *    NaN and ±Infinity have no JSON form and are refused.
 * 5. `true`, `false`, `null` as themselves; arrays keep their order.
 *
 * Beyond JCS, for values that are not JSON: an object member whose value is `undefined` is
 * left out (as JSON.stringify does); `undefined` in an array, functions, symbols, bigints and
 * objects other than plain objects and arrays (Date, Map…) are refused, so nothing is converted
 * silently. The stored snapshot text is already canonical: `sha256sum snapshot.json` gives its hash.
 */

/**
 * Serialises a JSON value canonically (RFC 8785).
 * @example canonicalJson({ b: [1, 2.5], a: 'x' }) // '{"a":"x","b":[1,2.5]}'
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$')
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false'
    case 'string':
      return JSON.stringify(value)
    case 'number':
      if (!Number.isFinite(value)) throw refuse(path, String(value))
      return JSON.stringify(value)
    case 'object':
      return Array.isArray(value) ? writeArray(value, path) : writeObject(value, path)
    default:
      throw refuse(path, typeof value)
  }
}

function writeArray(items: readonly unknown[], path: string): string {
  const parts = items.map((item, i) => {
    if (item === undefined) throw refuse(`${path}[${i}]`, 'undefined')
    return write(item, `${path}[${i}]`)
  })
  return `[${parts.join(',')}]`
}

function writeObject(object: object, path: string): string {
  const prototype: unknown = Object.getPrototypeOf(object)
  if (prototype !== Object.prototype && prototype !== null) {
    throw refuse(path, object.constructor?.name ?? 'object')
  }
  const record = object as Record<string, unknown>
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${write(record[key], `${path}.${key}`)}`)
  return `{${members.join(',')}}`
}

function refuse(path: string, what: string): TypeError {
  return new TypeError(`canonicalJson: ${what} at ${path} has no canonical JSON form`)
}
