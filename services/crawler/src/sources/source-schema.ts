import Type from 'typebox';
import { DURATION_PATTERN } from './duration.js';

/**
 * The shape of a source YAML file as written by a person. Optional fields get their defaults in
 * resolve-source.ts. `hint` is our own annotation (ignored by the validator): it says in plain
 * words what a field must be, and schema-errors.ts shows it instead of the raw JSON-Schema message.
 */

const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
// A host name, optionally prefixed by `*.` (subdomains only) or `.` (host and subdomains); no scheme, path or port.
const HOST_ENTRY_PATTERN = '^(?:\\*\\.|\\.)?[^\\s/*?#@:\\[\\]]+$|^\\[?[0-9a-fA-F:.]+\\]?$';
const SINGLE_LINE_PATTERN = '^[^\\r\\n]+$';

const HttpUrl = Type.String({
  minLength: 1,
  hint: 'an absolute http(s) URL, e.g. "https://baochinhphu.vn/rss"',
});
const Pattern = Type.String({ minLength: 1, hint: 'a regular expression' });
const CssSelector = Type.String({ minLength: 1, hint: 'a CSS selector, e.g. "div.detail-content"' });

export const ListingSchema = Type.Object(
  {
    url: HttpUrl,
    linkPattern: Pattern,
    paginationPattern: Type.Optional(Pattern),
    maxPages: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);

export const SourceFileSchema = Type.Object(
  {
    id: Type.String({
      pattern: SLUG_PATTERN,
      maxLength: 64,
      hint: 'a slug of lower-case letters, digits and hyphens, e.g. "bao-chinh-phu"',
    }),
    name: Type.String({ minLength: 1 }),
    enabled: Type.Optional(Type.Boolean()),
    allowedHosts: Type.Array(
      Type.String({
        pattern: HOST_ENTRY_PATTERN,
        hint: 'a host name without scheme or path: "baochinhphu.vn", "*.baochinhphu.vn" (subdomains) or ".baochinhphu.vn" (host and subdomains)',
      }),
      { minItems: 1 },
    ),
    allowPrivateAddresses: Type.Optional(Type.Boolean()),
    discovery: Type.Object(
      {
        feeds: Type.Optional(Type.Array(HttpUrl)),
        sitemaps: Type.Optional(Type.Array(HttpUrl)),
        listings: Type.Optional(Type.Array(ListingSchema)),
      },
      { additionalProperties: false },
    ),
    articleUrls: Type.Optional(
      Type.Object(
        { include: Type.Optional(Type.Array(Pattern)), exclude: Type.Optional(Type.Array(Pattern)) },
        { additionalProperties: false },
      ),
    ),
    selectors: Type.Optional(
      Type.Object(
        {
          title: Type.Optional(CssSelector),
          body: Type.Optional(CssSelector),
          date: Type.Optional(CssSelector),
        },
        { additionalProperties: false },
      ),
    ),
    cadence: Type.Union([Type.String({ pattern: DURATION_PATTERN }), Type.Integer({ minimum: 0 })], {
      hint: 'a duration such as "15m", "1h", "1h30m", "90s" or a number of seconds',
    }),
    rateLimit: Type.Optional(
      Type.Object(
        {
          requestsPerSecond: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1000 })),
          concurrency: Type.Optional(Type.Integer({ minimum: 1, maximum: 8 })),
        },
        { additionalProperties: false },
      ),
    ),
    userAgent: Type.Optional(Type.String({ pattern: SINGLE_LINE_PATTERN, hint: 'a single line of text' })),
    robots: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export type SourceFile = Type.Static<typeof SourceFileSchema>;
export type ListingFile = Type.Static<typeof ListingSchema>;
