import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSourceDirectory, loadSourceFile } from './load-sources.js';
import { parseSourceText } from './parse-source.js';
import { DEFAULT_USER_AGENT } from './source-definition.js';
import { SourceFileInvalidError } from './source-error.js';

const GOOD = `# Báo Điện tử Chính phủ
id: bao-chinh-phu
name: Báo Điện tử Chính phủ
allowedHosts:
  - baochinhphu.vn
  - "*.baochinhphu.vn"
discovery:
  feeds:
    - https://baochinhphu.vn/rss/chinh-tri.rss
  sitemaps:
    - https://baochinhphu.vn/sitemap.xml
  listings:
    - url: https://baochinhphu.vn/chinh-tri.htm
      linkPattern: '^https://baochinhphu\\.vn/[a-z0-9-]+-\\d+\\.htm$'
      paginationPattern: '^https://baochinhphu\\.vn/chinh-tri/trang-\\d+\\.htm$'
articleUrls:
  exclude: ['/video/', '/e-magazine/']
selectors:
  title: h1.detail-title
  body: div.detail-content
cadence: 15m
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hoinghi-sources-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}

async function errorsOf(text: string): Promise<Array<{ field: string; problem: string; line?: number }>> {
  const file = await write('source.yaml', text);
  try {
    await loadSourceFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(SourceFileInvalidError);
    return (error as SourceFileInvalidError).errors.map(({ field, problem, line }) => ({
      field,
      problem,
      line,
    }));
  }
  throw new Error('expected the file to be rejected');
}

describe('loadSourceFile', () => {
  it('loads a good file and applies defaults', async () => {
    const source = await loadSourceFile(await write('bao-chinh-phu.yaml', GOOD));
    expect(source).toEqual({
      id: 'bao-chinh-phu',
      name: 'Báo Điện tử Chính phủ',
      enabled: true,
      allowedHosts: ['baochinhphu.vn', '*.baochinhphu.vn'],
      allowPrivateAddresses: false,
      discovery: {
        feeds: ['https://baochinhphu.vn/rss/chinh-tri.rss'],
        sitemaps: ['https://baochinhphu.vn/sitemap.xml'],
        listings: [
          {
            url: 'https://baochinhphu.vn/chinh-tri.htm',
            linkPattern: '^https://baochinhphu\\.vn/[a-z0-9-]+-\\d+\\.htm$',
            paginationPattern: '^https://baochinhphu\\.vn/chinh-tri/trang-\\d+\\.htm$',
            maxPages: 5,
          },
        ],
      },
      articleUrls: { include: [], exclude: ['/video/', '/e-magazine/'] },
      selectors: { title: 'h1.detail-title', body: 'div.detail-content' },
      cadenceSeconds: 900,
      rateLimit: { requestsPerSecond: 1, concurrency: 2 },
      userAgent: DEFAULT_USER_AGENT,
      robots: true,
    });
  });

  it('accepts cadence in seconds and explicit settings', async () => {
    const source = await loadSourceFile(
      await write(
        'demo.yml',
        `id: demo
name: Demo
enabled: false
allowedHosts: [127.0.0.1]
allowPrivateAddresses: true
discovery: { feeds: ['http://127.0.0.1:8080/rss.xml'] }
cadence: 30
rateLimit: { requestsPerSecond: 5, concurrency: 4 }
userAgent: test-agent/1.0
robots: false
`,
      ),
    );
    expect(source).toMatchObject({
      enabled: false,
      allowPrivateAddresses: true,
      cadenceSeconds: 30,
      rateLimit: { requestsPerSecond: 5, concurrency: 4 },
      userAgent: 'test-agent/1.0',
      robots: false,
    });
  });

  it('reports a regex that does not compile, with its path and line', async () => {
    const errors = await errorsOf(GOOD.replace("linkPattern: '^https", "linkPattern: '(^https"));
    expect(errors).toEqual([
      {
        field: 'discovery.listings[0].linkPattern',
        problem: 'is not a valid regular expression: Unterminated group',
        line: 14,
      },
    ]);
  });

  it('reports URLs that are relative, not http(s) or on a host outside allowedHosts', async () => {
    const errors = await errorsOf(
      GOOD.replace(
        '    - https://baochinhphu.vn/rss/chinh-tri.rss',
        '    - /rss/chinh-tri.rss\n    - ftp://baochinhphu.vn/rss\n    - https://tuoitre.vn/rss/thoi-su.rss',
      ),
    );
    expect(errors).toEqual([
      { field: 'discovery.feeds[0]', problem: expect.stringContaining('is not an absolute URL'), line: 9 },
      { field: 'discovery.feeds[1]', problem: 'must use http:// or https://', line: 10 },
      {
        field: 'discovery.feeds[2]',
        problem: 'is on host "tuoitre.vn", which allowedHosts does not cover',
        line: 11,
      },
    ]);
  });

  it('explains missing fields, unknown fields and wrong types in plain words', async () => {
    const errors = await errorsOf(`id: Bao Chinh Phu
allowedHosts: baochinhphu.vn
discovery:
  feeds: [https://baochinhphu.vn/rss]
  listing: []
cadence: soon
rateLimit: { requestsPerSecond: 0 }
`);
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'name', problem: 'is required', line: 1 },
        {
          field: 'id',
          problem: 'must be a slug of lower-case letters, digits and hyphens, e.g. "bao-chinh-phu"',
          line: 1,
        },
        { field: 'allowedHosts', problem: 'must be a list', line: 2 },
        {
          field: 'discovery.listing',
          problem: 'is not a known field (check the spelling; allowed here: feeds, sitemaps, listings)',
          line: 5,
        },
        {
          field: 'cadence',
          problem: 'must be a duration such as "15m", "1h", "1h30m", "90s" or a number of seconds',
          line: 6,
        },
        { field: 'rateLimit.requestsPerSecond', problem: 'must be greater than 0', line: 7 },
      ]),
    );
    expect(errors).toHaveLength(6);
  });

  it('requires something to discover, a sensible cadence and valid CSS selectors', async () => {
    const errors = await errorsOf(`id: empty
name: Empty
allowedHosts: [a.vn]
discovery: {}
selectors: { body: 'div[' }
cadence: 5s
`);
    expect(errors.map((error) => [error.field, error.problem])).toEqual([
      ['discovery', 'must list at least one feed, sitemap or listing'],
      ['selectors.body', expect.stringContaining('is not a valid CSS selector')],
      ['cadence', 'must be at least 10 seconds'],
    ]);
  });

  it('reports YAML syntax errors with their line', async () => {
    const errors = await errorsOf('id: a\nname: "Báo\nallowedHosts: [a.vn]\n');
    expect(errors[0]).toMatchObject({ field: '', line: expect.any(Number) });
    expect(errors[0]!.problem).toMatch(/^is not valid YAML: Missing closing "quote/);

    const tabs = await errorsOf('id: a\ndiscovery:\n\tfeeds: []\n');
    expect(tabs[0]).toEqual({
      field: '',
      problem: 'is not valid YAML: Tabs are not allowed as indentation',
      line: 3,
    });
  });

  it('rejects empty files and files that are not a mapping', async () => {
    expect((await errorsOf(''))[0]!.problem).toMatch(/^the file is empty/);
    expect((await errorsOf('- a\n- b\n'))[0]!.problem).toMatch(/^the file must be a mapping/);
  });

  it('formats a full message naming file, line and field', async () => {
    const file = await write('bad.yaml', GOOD.replace('cadence: 15m', 'cadence: 15 minutes'));
    await expect(loadSourceFile(file)).rejects.toThrow(
      `${file} (line 21): cadence must be a duration such as "15m", "1h", "1h30m", "90s" or a number of seconds`,
    );
  });
});

describe('loadSourceDirectory', () => {
  it('loads good files, reports bad ones and ignores other files', async () => {
    await write('a.yaml', GOOD);
    await write(
      'b.yml',
      GOOD.replace('id: bao-chinh-phu', 'id: bao-chinh-phu-2').replace('cadence: 15m', 'cadence: 1h30m'),
    );
    await write('c.yaml', 'id: [');
    await write('example.yaml.sample', 'id: sample');
    await write('.hidden.yaml', 'id: hidden');
    await write('README.md', '# sources');

    const { sources, errors } = await loadSourceDirectory(dir);
    expect(sources.map((source) => [source.id, source.cadenceSeconds])).toEqual([
      ['bao-chinh-phu', 900],
      ['bao-chinh-phu-2', 5400],
    ]);
    expect(errors.map((error) => path.basename(error.file))).toEqual(['c.yaml']);
  });

  it('rejects every file that shares an id and names the other file', async () => {
    await write('a.yaml', GOOD);
    await write('b.yaml', GOOD);
    await write('c.yaml', GOOD.replace('id: bao-chinh-phu', 'id: other'));

    const { sources, errors } = await loadSourceDirectory(dir);
    expect(sources.map((source) => source.id)).toEqual(['other']);
    expect(errors).toEqual([
      expect.objectContaining({
        file: path.join(dir, 'a.yaml'),
        field: 'id',
        problem: expect.stringContaining(`is also used by ${path.join(dir, 'b.yaml')}`),
      }),
      expect.objectContaining({
        file: path.join(dir, 'b.yaml'),
        field: 'id',
        problem: expect.stringContaining(`is also used by ${path.join(dir, 'a.yaml')}`),
      }),
    ]);
  });
});

describe('sources/example.yaml.sample', () => {
  it('is a valid source file, so the documented example cannot drift from the loader', () => {
    const sample = new URL('../../../../sources/example.yaml.sample', import.meta.url);
    const result = parseSourceText(readFileSync(sample, 'utf8'), 'example.yaml.sample');
    expect(result).toMatchObject({ ok: true, source: { id: 'bao-chinh-phu', cadenceSeconds: 900 } });
  });
});
