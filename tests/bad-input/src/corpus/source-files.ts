/**
 * Source files with mistakes, and the errors `npm run sources -- validate` (and the crawler at start-up)
 * must report: each names the file, the field and the problem; the file is skipped, the others load.
 */
export interface SourceFileCase {
  name: string;
  file: string;
  text: string;
  /** Every error expected, by field (`''` for the whole file) and problem. */
  errors: Array<{ field: string; problem: RegExp }>;
}

const valid = (fields: Record<string, string> = {}) =>
  Object.entries({
    id: 'bao-tot',
    name: 'Báo Tốt',
    allowedHosts: '[baotot.vn]',
    discovery: '{ feeds: [https://baotot.vn/rss.xml] }',
    cadence: '15m',
    ...fields,
  })
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');

export const GOOD_SOURCE = { file: 'good.yaml', text: valid() };

const BILLION_LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((name, i) => {
    const previous = 'abcdefgh'[i];
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`;
  }),
].join('\n');

export const SOURCE_FILE_CASES: SourceFileCase[] = [
  // Wrong fields
  {
    name: 'a misspelt field',
    file: 'misspelt.yaml',
    text: valid({ discovery: '{ listing: [https://baotot.vn/thoi-su] }' }),
    errors: [{ field: 'discovery.listing', problem: /is not a known field/ }],
  },
  {
    name: 'an id that is not a slug',
    file: 'bad-id.yaml',
    text: valid({ id: '"Báo Tốt; DROP TABLE sources"' }),
    errors: [{ field: 'id', problem: /slug/ }],
  },
  {
    name: 'no cadence',
    file: 'no-cadence.yaml',
    text: valid({ cadence: '' }),
    errors: [{ field: 'cadence', problem: /required/ }],
  },
  {
    name: 'a cadence of one second',
    file: 'fast.yaml',
    text: valid({ cadence: '1s' }),
    errors: [{ field: 'cadence', problem: /at least 10 seconds/ }],
  },
  {
    name: 'a million requests per second',
    file: 'greedy.yaml',
    text: valid({ rateLimit: '{ requestsPerSecond: 1000000, concurrency: 64 }' }),
    errors: [
      { field: 'rateLimit.requestsPerSecond', problem: /1000/ },
      { field: 'rateLimit.concurrency', problem: /8/ },
    ],
  },
  {
    name: 'a host written as a URL',
    file: 'host-url.yaml',
    text: valid({ allowedHosts: '["https://baotot.vn/"]' }),
    errors: [{ field: 'allowedHosts[0]', problem: /host name without scheme or path/ }],
  },
  {
    name: 'a regular expression that does not compile',
    file: 'regex.yaml',
    text: valid({ discovery: "{ listings: [{ url: 'https://baotot.vn/a', linkPattern: '(\\.htm' }] }" }),
    errors: [{ field: 'discovery.listings[0].linkPattern', problem: /not a valid regular expression/ }],
  },
  {
    name: 'a CSS selector that does not compile',
    file: 'css.yaml',
    text: valid({ selectors: '{ body: "div[" }' }),
    errors: [{ field: 'selectors.body', problem: /not a valid CSS selector/ }],
  },
  {
    name: 'a user agent with a line break (header injection)',
    file: 'agent.yaml',
    text: valid({ userAgent: '"hoinghi\\r\\nX-Injected: 1"' }),
    errors: [{ field: 'userAgent', problem: /single line/ }],
  },
  {
    name: 'a variable nobody set',
    file: 'env.yaml',
    text: valid({ allowedHosts: '["${BAD_INPUT_UNSET_HOST}"]' }),
    errors: [{ field: '', problem: /BAD_INPUT_UNSET_HOST.*not set/ }],
  },

  // Not a source file at all
  { name: 'an empty file', file: 'empty.yaml', text: '', errors: [{ field: '', problem: /is empty/ }] },
  {
    name: 'a list instead of a mapping',
    file: 'list.yaml',
    text: '- id: a\n- id: b\n',
    errors: [{ field: '', problem: /must be a mapping/ }],
  },
  {
    name: 'broken YAML',
    file: 'broken.yaml',
    text: 'id: "bao-tot\nname: [unclosed\n',
    errors: [{ field: '', problem: /is not valid YAML/ }],
  },
  {
    name: 'two documents in one file',
    file: 'two.yaml',
    text: `${valid()}\n---\n${valid({ id: 'bao-hai' })}`,
    errors: [{ field: '', problem: /one document/ }],
  },
  {
    name: 'a billion laughs (aliases that expand without bound)',
    file: 'laughs.yaml',
    text: BILLION_LAUGHS,
    errors: [{ field: '', problem: /is not valid YAML: .*alias/i }],
  },
  {
    name: 'binary bytes',
    file: 'binary.yaml',
    text: '\u0000\u0001\u0002\u00ff\u001b[31m',
    errors: [{ field: '', problem: /./ }],
  },

  // Hosts it must not reach
  {
    name: 'a feed on a host the file does not declare',
    file: 'undeclared.yaml',
    text: valid({
      discovery: '{ feeds: [https://tuoitre.vn/rss.xml], sitemaps: ["http://evil.example/s.xml"] }',
    }),
    errors: [
      { field: 'discovery.feeds[0]', problem: /on host "tuoitre.vn", which allowedHosts does not cover/ },
      { field: 'discovery.sitemaps[0]', problem: /on host "evil.example"/ },
    ],
  },
  {
    name: 'a file: URL',
    file: 'file-url.yaml',
    text: valid({ discovery: '{ feeds: ["file:///etc/passwd"] }' }),
    errors: [{ field: 'discovery.feeds[0]', problem: /http:\/\/ or https:\/\// }],
  },
  {
    name: 'loopback and private hosts without allowPrivateAddresses',
    file: 'private.yaml',
    text: valid({
      allowedHosts: '["127.0.0.1", "10.0.0.5", "169.254.169.254", "localhost"]',
      discovery:
        '{ feeds: ["http://127.0.0.1:8080/rss.xml", "http://169.254.169.254/latest/meta-data"], sitemaps: ["http://localhost/s.xml"] }',
    }),
    errors: [
      { field: 'allowedHosts[0]', problem: /private or special-purpose address/ },
      { field: 'allowedHosts[1]', problem: /private or special-purpose address/ },
      { field: 'allowedHosts[2]', problem: /private or special-purpose address/ },
      { field: 'allowedHosts[3]', problem: /private or special-purpose address/ },
      { field: 'discovery.feeds[0]', problem: /127\.0\.0\.1, a private or special-purpose address/ },
      { field: 'discovery.feeds[1]', problem: /169\.254\.169\.254, a private or special-purpose address/ },
      { field: 'discovery.sitemaps[0]', problem: /localhost, a private or special-purpose address/ },
    ],
  },
  {
    name: 'a private address written in hex, decimal and IPv4-mapped IPv6',
    file: 'private-disguised.yaml',
    text: valid({
      allowedHosts: '["10.0.0.5", "[::ffff:a00:5]"]',
      allowPrivateAddresses: 'false',
      discovery:
        '{ feeds: ["http://0x0a000005/rss.xml", "http://167772165/rss.xml", "http://[::ffff:10.0.0.5]/rss.xml"] }',
    }),
    errors: [
      { field: 'allowedHosts[0]', problem: /private/ },
      { field: 'allowedHosts[1]', problem: /private/ },
      { field: 'discovery.feeds[0]', problem: /10\.0\.0\.5, a private/ },
      { field: 'discovery.feeds[1]', problem: /10\.0\.0\.5, a private/ },
      { field: 'discovery.feeds[2]', problem: /::ffff:a00:5\]?, a private/ },
    ],
  },
  {
    name: 'the same id in two files (the first of them)',
    file: 'twin-a.yaml',
    text: valid({ id: 'twin' }),
    errors: [{ field: 'id', problem: /also used by .*twin-b\.yaml/ }],
  },
  {
    name: 'the same id in two files (the second of them)',
    file: 'twin-b.yaml',
    text: valid({ id: 'twin' }),
    errors: [{ field: 'id', problem: /also used by .*twin-a\.yaml/ }],
  },
];
