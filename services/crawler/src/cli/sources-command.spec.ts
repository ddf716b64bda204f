import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDemoSite, type DemoSite } from '@hoinghi/demo-site';
import { runSourcesCommand } from './sources-command.js';

const REPO_SOURCES = path.resolve(import.meta.dirname, '../../../../sources');

let site: DemoSite;
let dir: string;

beforeAll(async () => {
  site = await startDemoSite({ port: 0 });
  dir = mkdtempSync(path.join(tmpdir(), 'hoinghi-sources-cli-'));
});

afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSourcesCommand(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: { DEMO_SITE_URL: site.url },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function folder(files: Record<string, string>): string {
  const folderDir = mkdtempSync(path.join(dir, 'case-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folderDir, name), text);
  return folderDir;
}

const feedSource = (id: string) => `id: ${id}
name: Demo feed
allowedHosts: ['127.0.0.1']
allowPrivateAddresses: true
discovery:
  feeds: ['${site.url}/rss.xml']
cadence: 10m
rateLimit: { requestsPerSecond: 50, concurrency: 2 }
`;

describe('sources validate', () => {
  it("accepts the repository's sources folder", async () => {
    const { code, out, err } = await run('validate', '--dir', REPO_SOURCES);
    expect(err).toBe('');
    expect(out).toContain(`${path.join(REPO_SOURCES, 'demo.yaml')}: ok (id demo`);
    expect(code).toBe(0);
  });

  it('prints every error with its file, line, field and problem, and exits 1', async () => {
    const bad = folder({
      'good.yaml': feedSource('good'),
      'bad.yaml': feedSource('bad')
        .replace('name: Demo feed\n', '')
        .replace('cadence: 10m', 'cadence: 10m\nratelimit: 5'),
    });
    const { code, out, err } = await run('validate', '--dir', bad);
    expect(code).toBe(1);
    expect(out).toContain(
      `${path.join(bad, 'good.yaml')}: ok (id good, 1 feed(s), 0 sitemap(s), 0 listing(s), every 600 s)`,
    );
    expect(err.split('\n')).toEqual([
      `${path.join(bad, 'bad.yaml')} (line 1): name is required`,
      `${path.join(bad, 'bad.yaml')} (line 7): ratelimit is not a known field (check the spelling; allowed here: ` +
        'id, name, enabled, allowedHosts, allowPrivateAddresses, discovery, articleUrls, selectors, cadence, ' +
        'rateLimit, userAgent, robots)',
    ]);
    expect(out).toContain(`2 file(s) checked in ${bad}: 1 valid, 1 rejected (2 errors)`);
  });

  it('reports a regular expression that does not compile', async () => {
    const bad = folder({
      'bad.yaml': feedSource('bad').replace(
        `  feeds: ['${site.url}/rss.xml']`,
        `  listings:\n    - url: '${site.url}/chuyen-muc/thoi-su'\n      linkPattern: '(unclosed'`,
      ),
    });
    const { code, err } = await run('validate', '--dir', bad);
    expect(code).toBe(1);
    expect(err).toBe(
      `${path.join(bad, 'bad.yaml')} (line 8): discovery.listings[0].linkPattern is not a valid regular expression: Unterminated group`,
    );
  });

  it('fails on a folder that does not exist or holds no source file', async () => {
    const missing = await run('validate', '--dir', path.join(dir, 'nope'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('the sources folder cannot be read');
    const empty = await run('validate', '--dir', folder({ 'notes.txt': 'x' }));
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('no source files');
  });

  it('explains its usage when the command is unknown', async () => {
    const { code, err } = await run('check');
    expect(code).toBe(1);
    expect(err).toContain('Usage: npm run sources');
  });
});

describe('sources add URL', () => {
  it('refuses bad options before asking the site anything', async () => {
    const before = site.stats().total;
    expect((await run('add')).err).toContain('Usage: npm run sources');
    expect((await run('add', site.url, '--rate', '0')).err).toBe(
      '--rate must be a number above 0 and at most 1000, not "0"',
    );
    expect((await run('add', site.url, '--sample', '1.5')).err).toBe(
      '--sample must be a whole number above 0, not "1.5"',
    );
    const badId = await run('add', site.url, '--id', 'Bao_Moi', '--out', dir);
    expect(badId.code).toBe(1);
    expect(badId.err).toContain('--id must be a slug');
    const existing = folder({ 'taken.yaml': feedSource('taken') });
    const taken = await run('add', site.url, '--id', 'taken', '--out', existing);
    expect(taken.code).toBe(1);
    expect(taken.err).toBe(
      `${path.join(existing, 'taken.yaml')} exists; choose another --id, or --force to replace it`,
    );
    expect(site.stats().total).toBe(before);
  });

  it('says so when the address is not a web site', async () => {
    const server = createServer((_req, res) => res.writeHead(404).end('not here'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const { code, err } = await run('add', url, '--id', 'nothing', '--out', dir);
      expect(code).toBe(1);
      expect(err).toContain(`cannot add ${url}: ${url} could not be read as an HTML page`);
    } finally {
      server.close();
    }
  });
});

describe('sources test <id>', () => {
  it('discovers, fetches and parses a few pages, printing what would be published', async () => {
    const { code, out, err } = await run('test', 'demo', '--dir', REPO_SOURCES, '--limit', '3');
    expect(err).toBe('');
    expect(code).toBe(0);
    const articles = site.manifest.articles;
    expect(out).toContain(`discovered ${articles.length} article URL(s)`);
    const printed = [...out.matchAll(/^\[\d\/3\] (\S+)$/gm)].map((match) => match[1]);
    expect(printed).toHaveLength(3);
    for (const url of printed) {
      const article = articles.find((a) => a.url === url)!;
      expect(out).toContain(`  title        ${article.title}`);
      expect(out).toContain(`  conference   ${article.isConference ? 'yes' : 'no'}`);
    }
    expect(out).toMatch(
      /would publish 3 page\.fetched\.v1, 3 article\.parsed\.v1, \d conference\.extracted\.v1/,
    );
  });

  it('reports pages that would become dead letters', async () => {
    const missing = site.manifest.special.notFound[0]!;
    const linkPattern = `${new URL(missing.url).pathname.replace(/[.]/g, '\\.')}$`;
    const sources = folder({
      'home.yaml': feedSource('home').replace(
        `  feeds: ['${site.url}/rss.xml']`,
        // A function, not a string: `$'` in a replacement string means "the text after the match".
        () => `  listings:\n    - url: '${missing.linkedFrom}'\n      linkPattern: '${linkPattern}'`,
      ),
    });
    const { code, out, err } = await run('test', 'home', '--dir', sources);
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(out).toContain(`[1/1] ${missing.url}`);
    expect(out).toContain('  status       404');
    expect(out).toContain('problem      dead letter (fetch_failed): http_status: HTTP 404');
  });

  it('names the rejected files when the id is not among the valid sources', async () => {
    const sources = folder({ 'bad.yaml': feedSource('bad').replace('cadence: 10m', 'cadence: 1s') });
    const { code, err } = await run('test', 'bad', '--dir', sources);
    expect(code).toBe(1);
    expect(err).toContain('no valid source with id "bad"');
    expect(err).toContain('bad.yaml (line 7): cadence must be at least 10 seconds');
  });
});
