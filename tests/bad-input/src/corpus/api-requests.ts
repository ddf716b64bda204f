/**
 * Hostile requests to the store's query API and the answer each must get: a 4xx whose message names the
 * problem, never a 500, and never a change to the database.
 */
export interface ApiRequestCase {
  name: string;
  /** Path and query as sent on the wire (already percent-encoded where it must be). */
  path: string;
  status: number;
  /** What the body's `message` says. */
  message?: RegExp;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const UUID = '0b5e7a52-3f3c-4c55-9a51-6f1b2f0c9d11';

export const API_REQUEST_CASES: ApiRequestCase[] = [
  // Injection attempts
  {
    name: 'SQL in an enumeration',
    path: `/conferences?scope=${encodeURIComponent("national' OR '1'='1")}`,
    status: 400,
    message: /scope must be one of/,
  },
  {
    name: 'SQL in a document key',
    path: `/documents/${encodeURIComponent("NQ:18'; DROP TABLE documents; --")}/conferences`,
    status: 400,
    message: /key must match pattern/,
  },
  {
    name: 'SQL in a path id',
    path: `/conferences/${encodeURIComponent("1' OR '1'='1")}`,
    status: 400,
    message: /id must match format "uuid"/,
  },
  {
    name: 'SQL in a person id',
    path: `/people/${encodeURIComponent('1;DROP TABLE people')}/conferences`,
    status: 400,
    message: /id must match format "uuid"/,
  },
  {
    name: 'only LIKE wildcards as text',
    path: '/conferences?organizer=%25_%25',
    status: 400,
    message: /organizer must contain a letter or digit/,
  },
  {
    name: 'tsquery operators only',
    path: `/conferences?q=${encodeURIComponent("!&|():*'")}`,
    status: 400,
    message: /q must contain a letter or digit/,
  },
  {
    name: 'a parameter given as an object',
    path: '/conferences?q[$gt]=a',
    status: 400,
    message: /q/,
  },
  {
    name: 'a parameter given twice',
    path: '/people?q=le&q=tran',
    status: 400,
    message: /q must be string/,
  },
  {
    name: '__proto__ as a parameter',
    path: '/conferences?__proto__[admin]=1',
    status: 400,
    message: /__proto__\[admin\] is not a parameter of this request/,
  },
  {
    name: 'path traversal in a document key',
    path: '/documents/..%2F..%2Fetc%2Fpasswd/conferences',
    status: 400,
    message: /key must match pattern/,
  },

  // Huge limits and numbers
  {
    name: 'limit 10^12',
    path: '/conferences?limit=1000000000000',
    status: 400,
    message: /limit must be integer/,
  },
  { name: 'limit -1', path: '/conferences?limit=-1', status: 400, message: /limit must be integer/ },
  { name: 'limit 1e2', path: '/people?limit=1e2', status: 400, message: /limit must be integer/ },
  { name: 'limit Infinity', path: '/stats?limit=Infinity', status: 400, message: /limit is not a parameter/ },
  {
    name: 'limit 101',
    path: '/documents/NQ%3A18/conferences?limit=101',
    status: 400,
    message: /limit must be <= 100/,
  },

  // Impossible dates
  {
    name: 'the 30th of February',
    path: '/conferences?from=2024-02-30',
    status: 400,
    message: /from must match format "date"/,
  },
  {
    name: 'the year 0',
    path: '/conferences?from=0000-01-01',
    status: 400,
    message: /from must be a day of year 1 or later/,
  },
  {
    name: 'the year 0 in /stats',
    path: '/stats?to=0000-12-31',
    status: 400,
    message: /to must be a day of year 1 or later/,
  },
  {
    name: 'a five-digit year',
    path: '/conferences?to=10000-01-01',
    status: 400,
    message: /to must match format "date"/,
  },
  {
    name: 'full-width digits',
    path: `/conferences?from=${encodeURIComponent('２０２４-01-01')}`,
    status: 400,
    message: /from must match format "date"/,
  },
  {
    name: 'a date with a time',
    path: '/stats?from=2024-01-01T00:00:00Z',
    status: 400,
    message: /from must match format "date"/,
  },
  {
    name: 'a range backwards',
    path: '/stats?from=2024-12-31&to=2024-01-01',
    status: 400,
    message: /from must not be after to/,
  },

  // Broken cursors
  {
    name: 'a cursor that is not base64url',
    path: '/conferences?cursor=%2F%2F%2F',
    status: 400,
    message: /cursor must match pattern/,
  },
  {
    name: 'a cursor of random letters',
    path: '/conferences?cursor=QUJDREVGRw',
    status: 400,
    message: /cursor is not a cursor this API gave/,
  },
  {
    name: 'a cursor 600 characters long',
    path: `/conferences?cursor=${'A'.repeat(600)}`,
    status: 400,
    message: /cursor must not have more than 512 characters/,
  },
  {
    name: 'a cursor with the year 0',
    path: `/conferences?cursor=${b64(['0000-01-01', UUID])}`,
    status: 400,
    message: /cursor is not a cursor this API gave/,
  },
  {
    name: 'a cursor with SQL',
    path: `/conferences?cursor=${b64(["2024-01-01' OR 1=1 --", UUID])}`,
    status: 400,
    message: /cursor is not/,
  },
  {
    name: 'a cursor holding an object',
    path: `/conferences?cursor=${b64({ __proto__: { admin: true } })}`,
    status: 400,
    message: /cursor is not/,
  },
  {
    name: 'a people cursor on conferences',
    path: `/conferences?cursor=${b64(['le tien', UUID])}`,
    status: 400,
    message: /cursor is not/,
  },
  {
    name: 'a conference cursor on people',
    path: `/people?cursor=${b64(['2024-01-01', 'not-a-uuid'])}`,
    status: 400,
    message: /cursor is not/,
  },
  {
    name: 'a cursor nested 5,000 deep',
    path: `/people?cursor=${Buffer.from('['.repeat(300)).toString('base64url')}`,
    status: 400,
    message: /cursor is not/,
  },

  // Unicode garbage
  { name: 'a NUL byte in the search', path: '/conferences?q=h%00i', status: 200 },
  { name: 'a NUL byte in a person search', path: '/people?q=%00le', status: 200 },
  {
    name: 'a NUL byte in a document key',
    path: '/documents/NQ%3A18%00/conferences',
    status: 400,
    message: /key must match pattern/,
  },
  { name: 'a lone surrogate, percent-encoded', path: '/conferences?q=%ED%A0%80abc', status: 200 },
  { name: 'overlong UTF-8', path: '/conferences?person=%C0%AF%C0%AFabc', status: 200 },
  { name: 'invalid percent-encoding, searched as written', path: '/conferences?q=%E0%A4%A', status: 200 },
  {
    name: 'combining marks only',
    path: `/conferences?q=${encodeURIComponent('\u0301\u0323'.repeat(50))}`,
    status: 400,
    message: /q must contain a letter or digit/,
  },
  {
    name: 'emoji and right-to-left marks',
    path: `/people?q=${encodeURIComponent('\u202e😀 lê \u200f')}`,
    status: 200,
  },
  {
    name: 'a NUL byte in a path id',
    path: '/conferences/%00',
    status: 400,
    message: /id must match format "uuid"/,
  },

  // Very long strings
  {
    name: 'a 201-character search',
    path: `/conferences?q=${'a'.repeat(201)}`,
    status: 400,
    message: /q must not have more than 200 characters/,
  },
  {
    name: 'a 10,000-character organizer',
    path: `/stats?organizer=${'Ban%20'.repeat(2_000)}`,
    status: 400,
    message: /organizer must not have more than 200 characters/,
  },
  { name: 'a 100 kB query string', path: `/conferences?q=${'x'.repeat(100_000)}`, status: 431 },
  {
    name: 'a 65-character document key',
    path: `/documents/NQ%3A${'1'.repeat(62)}/conferences`,
    status: 400,
    message: /key must not have more than 64 characters/,
  },

  // Well-formed, but nothing there
  {
    name: 'the nil UUID',
    path: '/conferences/00000000-0000-0000-0000-000000000000',
    status: 404,
    message: /no conference/,
  },
  { name: 'a person nobody is', path: `/people/${UUID}/conferences`, status: 404, message: /no person/ },
  {
    name: 'a document nobody cites',
    path: '/documents/NQ%3A99999/conferences',
    status: 404,
    message: /no document/,
  },
  { name: 'a route that does not exist', path: '/conferences/../../etc/passwd', status: 404 },
];
