import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@hoinghi/stack';
import {
  createFetcher,
  isBlockedAddress,
  type Fetcher,
} from '../../../services/crawler/src/fetching/index.js';
import { loadSourceDirectory } from '../../../services/crawler/src/sources/index.js';
import { ALLOWED_HOSTS, DNS, REDIRECT_CASES } from './corpus/redirects.js';
import { GOOD_SOURCE, SOURCE_FILE_CASES } from './corpus/source-files.js';

describe('bad source files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hoinghi-bad-sources-'));
  let loaded: Awaited<ReturnType<typeof loadSourceDirectory>>;

  beforeAll(async () => {
    writeFileSync(join(dir, GOOD_SOURCE.file), GOOD_SOURCE.text);
    for (const c of SOURCE_FILE_CASES) writeFileSync(join(dir, c.file), c.text);
    loaded = await loadSourceDirectory(dir, { PATH: process.env.PATH });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(SOURCE_FILE_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const file = join(dir, c.file);
    const errors = loaded.errors.filter((e) => e.file === file);
    expect(errors.map((e) => e.field).sort()).toEqual(c.errors.map((e) => e.field).sort());
    for (const expected of c.errors) {
      expect(errors.find((e) => e.field === expected.field)!.problem).toMatch(expected.problem);
    }
    for (const error of errors) expect(error.message.startsWith(file)).toBe(true);
    expect(loaded.files.find((f) => f.file === file)?.source).toBeUndefined();
  });

  it('skips only the bad files: the good one loads', () => {
    expect(loaded.sources.map((s) => s.id)).toEqual(['bao-tot']);
  });

  it('`sources validate` prints each problem on one line and exits 1, without a stack trace', () => {
    const run = spawnSync(
      process.execPath,
      [join(REPO_ROOT, 'services/crawler/dist/cli/sources.js'), 'validate', '--dir', dir],
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 30_000 },
    );
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status).toBe(1);
    expect(output).toContain(`${join(dir, 'private.yaml')} (line 3): allowedHosts[0] is on 127.0.0.1`);
    expect(output).toContain(`${join(dir, 'laughs.yaml')}: is not valid YAML`);
    expect(output).not.toMatch(/^\s+at /m);
  });
});

describe('redirects from an allowed public site', () => {
  let server: Server;
  let port: number;
  let fetcher: Fetcher;
  const hits: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      hits.push(request.url ?? '');
      const c = REDIRECT_CASES[Number(new URL(request.url ?? '/', 'http://x').searchParams.get('case'))];
      if (!c) return void response.writeHead(404).end();
      response.writeHead(302, { location: c.location.replace('{port}', String(port)) }).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    fetcher = createFetcher({
      resolveHost: async (hostname) =>
        (DNS[hostname] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
      // The local test site stands in for the public one: only 127.0.0.1 counts as public here.
      isBlockedAddress: (address) => address !== '127.0.0.1' && isBlockedAddress(address),
      sleep: async () => {},
    });
  });
  afterAll(async () => {
    await fetcher.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it.each(REDIRECT_CASES.map((c, i) => [c.name, c, i] as const))('%s: refused', async (_name, c, i) => {
    hits.length = 0;
    const result = await fetcher.fetchPage(`http://cong-khai.hoinghi.test:${port}/chuyen?case=${i}`, {
      userAgent: 'hoinghi-bad-input/1.0',
      allowedHosts: ALLOWED_HOSTS,
      timeoutMs: 5_000,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result).toMatchObject({ kind: c.expect.kind, retryable: false });
    expect(result.message).toMatch(c.expect.message);
    expect(result.redirects).toHaveLength(1);
    // Only the redirecting page was requested: nothing reached the target.
    expect(hits).toEqual([`/chuyen?case=${i}`]);
  });
});
