import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { isBlockedAddress } from './address-guard.js';
import { createFetcher, type Fetcher, type FetchPageOptions } from './fetcher.js';
import type { FetchFailure, FetchedPage, FetchResult } from './fetch-result.js';
import { createTokenBucketRateLimiter } from './rate-limiter.js';
import { createRobotsCache } from './robots-cache.js';
import { robotsFetchVia } from './robots-fetch.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** A real HTTP server on 127.0.0.1 with per-path handlers; records every request. */
class LocalSite {
  readonly hits: Array<{ path: string; at: number; headers: IncomingMessage['headers'] }> = [];
  private readonly routes = new Map<string, Handler>();
  private server!: Server;
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const path = request.url ?? '/';
      this.hits.push({ path, at: performance.now(), headers: request.headers });
      const handler = this.routes.get(path.split('?')[0]!);
      if (handler) handler(request, response);
      else response.writeHead(404).end('Không tìm thấy');
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  route(path: string, handler: Handler): void {
    this.routes.set(path, handler);
  }

  url(path: string, host = '127.0.0.1'): string {
    return `http://${host}:${this.port}${path}`;
  }

  reset(): void {
    this.routes.clear();
    this.hits.length = 0;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

const site = new LocalSite();
const fetchers: Fetcher[] = [];
const UA = 'hoinghi-crawler/0.1 (+https://github.com/hoinghi/hoinghi)';
const HTML =
  '<!DOCTYPE html><html lang="vi"><body><h1>Hội nghị tổng kết công tác năm 2023</h1></body></html>';

/** A fetcher that never really sleeps between retries, and records what it would have waited. */
function fetcher(options: Parameters<typeof createFetcher>[0] = {}): { fetcher: Fetcher; waits: number[] } {
  const waits: number[] = [];
  const created = createFetcher({
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
    ...options,
  });
  fetchers.push(created);
  return { fetcher: created, waits };
}

function local(extra: Partial<FetchPageOptions> = {}): FetchPageOptions {
  return { userAgent: UA, allowedHosts: ['127.0.0.1'], allowPrivateAddresses: true, ...extra };
}

function expectPage(result: FetchResult): FetchedPage {
  if (!result.ok) throw new Error(`expected a page, got ${result.kind}: ${result.message}`);
  return result;
}

function expectFailure(result: FetchResult): FetchFailure {
  if (result.ok) throw new Error(`expected a failure, got HTTP ${result.status}`);
  return result;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

beforeAll(() => site.start());
afterEach(async () => {
  site.reset();
  await Promise.all(fetchers.splice(0).map((created) => created.close()));
});
afterAll(() => site.stop());

describe('fetchPage', () => {
  it('fetches a page with its headers, raw bytes and our user agent', async () => {
    site.route('/bai-viet', (_, response) =>
      response
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          etag: '"v1"',
          'last-modified': 'Tue, 16 Jan 2024 03:00:00 GMT',
          'content-language': 'vi',
          'cache-control': 'max-age=60',
          'content-length': Buffer.byteLength(HTML),
          'x-powered-by': 'CMS',
        })
        .end(HTML),
    );
    const page = expectPage(await fetcher().fetcher.fetchPage(site.url('/bai-viet'), local()));
    expect(page).toMatchObject({
      requestedUrl: site.url('/bai-viet'),
      finalUrl: site.url('/bai-viet'),
      status: 200,
      redirects: [],
      notModified: false,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        etag: '"v1"',
        'last-modified': 'Tue, 16 Jan 2024 03:00:00 GMT',
        'content-language': 'vi',
        'cache-control': 'max-age=60',
        'content-length': String(Buffer.byteLength(HTML)),
      },
    });
    expect(page.headers).not.toHaveProperty('x-powered-by');
    expect(page.body).toBeInstanceOf(Uint8Array);
    expect(text(page.body)).toBe(HTML);
    expect(Date.parse(page.fetchedAt)).not.toBeNaN();
    expect(site.hits[0]!.headers['user-agent']).toBe(UA);
    expect(site.hits[0]!.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('follows redirects one hop at a time and records the chain', async () => {
    site.route('/tin-cu', (_, response) => response.writeHead(301, { location: '/tin-moi' }).end());
    site.route('/tin-moi', (_, response) =>
      response.writeHead(302, { location: site.url('/bai-viet?id=7') }).end(),
    );
    site.route('/bai-viet', (_, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end(HTML),
    );
    const page = expectPage(await fetcher().fetcher.fetchPage(site.url('/tin-cu'), local()));
    expect(page.finalUrl).toBe(site.url('/bai-viet?id=7'));
    expect(page.redirects).toEqual([
      { url: site.url('/tin-cu'), status: 301, location: site.url('/tin-moi') },
      { url: site.url('/tin-moi'), status: 302, location: site.url('/bai-viet?id=7') },
    ]);
  });

  it('gives up after 10 redirects', async () => {
    site.route('/vong', (request, response) => {
      const n = Number(new URL(request.url!, 'http://x').searchParams.get('n') ?? 0);
      response.writeHead(307, { location: `/vong?n=${n + 1}` }).end();
    });
    const failure = expectFailure(await fetcher().fetcher.fetchPage(site.url('/vong'), local()));
    expect(failure).toMatchObject({
      kind: 'too_many_redirects',
      retryable: false,
      url: site.url('/vong?n=11'),
    });
    expect(failure.redirects).toHaveLength(11);
    expect(site.hits).toHaveLength(11);
  });

  it('sends validators and reports 304 as not modified', async () => {
    site.route('/rss', (request, response) => {
      const fresh =
        request.headers['if-none-match'] === '"abc"' &&
        request.headers['if-modified-since'] === 'Tue, 16 Jan 2024 03:00:00 GMT';
      if (fresh) response.writeHead(304, { etag: '"abc"' }).end();
      else response.writeHead(200, { etag: '"abc"' }).end('<rss/>');
    });
    const { fetcher: client } = fetcher();
    const page = expectPage(
      await client.fetchPage(
        site.url('/rss'),
        local({ etag: '"abc"', lastModified: 'Tue, 16 Jan 2024 03:00:00 GMT' }),
      ),
    );
    expect(page).toMatchObject({ status: 304, notModified: true, headers: { etag: '"abc"' } });
    expect(page.body).toHaveLength(0);
    expect(expectPage(await client.fetchPage(site.url('/rss'), local())).notModified).toBe(false);
  });

  it('refuses an oversized body announced by Content-Length without reading it', async () => {
    site.route('/lon', (_, response) =>
      response.writeHead(200, { 'content-length': 2_000_000 }).end(Buffer.alloc(2_000_000)),
    );
    const failure = expectFailure(
      await fetcher().fetcher.fetchPage(site.url('/lon'), local({ maxBodyBytes: 1_000_000 })),
    );
    expect(failure).toMatchObject({ kind: 'too_large', retryable: false });
    expect(failure.message).toMatch(/Content-Length 2000000 exceeds 1000000 bytes/);
  });

  it('stops reading a streamed body as soon as it passes the limit', async () => {
    let finished = true;
    site.route('/vo-tan', (_, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 50 && response.write(chunk)) sent++;
        if (sent < 50) response.once('drain', pump);
        else response.end();
      };
      response.on('close', () => (finished = response.writableFinished));
      pump();
    });
    const failure = expectFailure(
      await fetcher().fetcher.fetchPage(site.url('/vo-tan'), local({ maxBodyBytes: 256 * 1024 })),
    );
    expect(failure).toMatchObject({ kind: 'too_large', retryable: false });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(finished).toBe(false);
  });

  it('undoes gzip and br content encodings', async () => {
    site.route('/gzip', (_, response) =>
      response.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(HTML)),
    );
    site.route('/br', (_, response) =>
      response.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(HTML)),
    );
    const { fetcher: client } = fetcher();
    expect(text(expectPage(await client.fetchPage(site.url('/gzip'), local())).body)).toBe(HTML);
    expect(text(expectPage(await client.fetchPage(site.url('/br'), local())).body)).toBe(HTML);
  });

  it('counts the decoded size, so a gzip bomb is refused', async () => {
    const bomb = gzipSync(Buffer.alloc(20_000_000));
    site.route('/bom', (_, response) => response.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb));
    const failure = expectFailure(
      await fetcher().fetcher.fetchPage(site.url('/bom'), local({ maxBodyBytes: 1_000_000 })),
    );
    expect(bomb.length).toBeLessThan(1_000_000);
    expect(failure.kind).toBe('too_large');
  });

  it('times out when headers never come', async () => {
    site.route('/im-lang', () => undefined);
    const started = performance.now();
    const failure = expectFailure(
      await fetcher({ retry: { maxAttempts: 1 } }).fetcher.fetchPage(
        site.url('/im-lang'),
        local({ timeoutMs: 300 }),
      ),
    );
    expect(failure).toMatchObject({ kind: 'timeout', retryable: true });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('times out when the body stalls', async () => {
    site.route('/dung-giua-chung', (_, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<html><body>Hội nghị');
    });
    const failure = expectFailure(
      await fetcher({ retry: { maxAttempts: 1 } }).fetcher.fetchPage(
        site.url('/dung-giua-chung'),
        local({ timeoutMs: 300 }),
      ),
    );
    expect(failure).toMatchObject({ kind: 'timeout', retryable: true });
  });

  it('retries a 500 with backoff and returns the 200 that follows', async () => {
    let calls = 0;
    site.route('/chap-chon', (_, response) => {
      calls++;
      if (calls === 1) response.writeHead(500).end('Lỗi máy chủ');
      else response.writeHead(200).end(HTML);
    });
    const { fetcher: client, waits } = fetcher({
      retry: { maxAttempts: 3, baseDelayMs: 400, maxDelayMs: 10_000 },
    });
    const page = expectPage(await client.fetchPage(site.url('/chap-chon'), local()));
    expect(page.status).toBe(200);
    expect(calls).toBe(2);
    expect(waits).toEqual([200]);
  });

  it('honours Retry-After on a 429', async () => {
    let calls = 0;
    site.route('/qua-tai', (_, response) => {
      calls++;
      if (calls === 1) response.writeHead(429, { 'retry-after': '1' }).end();
      else response.writeHead(200).end(HTML);
    });
    const client = createFetcher({ retry: { maxAttempts: 2 } });
    fetchers.push(client);
    const page = expectPage(await client.fetchPage(site.url('/qua-tai'), local()));
    expect(page.status).toBe(200);
    expect(site.hits[1]!.at - site.hits[0]!.at).toBeGreaterThanOrEqual(990);
  });

  it('stops retrying when Retry-After is beyond the cap and reports it', async () => {
    site.route('/bao-tri', (_, response) => response.writeHead(503, { 'retry-after': '120' }).end());
    const { fetcher: client, waits } = fetcher({ retry: { maxAttempts: 3, maxDelayMs: 30_000 } });
    const failure = expectFailure(await client.fetchPage(site.url('/bao-tri'), local()));
    expect(failure).toMatchObject({
      kind: 'http_status',
      status: 503,
      retryable: true,
      retryAfterMs: 120_000,
    });
    expect(waits).toEqual([]);
    expect(site.hits).toHaveLength(1);
  });

  it('reports a 5xx that persists after every attempt, and does not retry a 404', async () => {
    site.route('/hong', (_, response) => response.writeHead(502).end());
    const { fetcher: client, waits } = fetcher({ retry: { maxAttempts: 3, baseDelayMs: 100 } });
    expect(expectFailure(await client.fetchPage(site.url('/hong'), local()))).toMatchObject({
      kind: 'http_status',
      status: 502,
      retryable: true,
    });
    expect(waits).toEqual([50, 100]);
    expect(site.hits).toHaveLength(3);

    expect(expectFailure(await client.fetchPage(site.url('/khong-co'), local()))).toMatchObject({
      kind: 'http_status',
      status: 404,
      retryable: false,
    });
    expect(site.hits).toHaveLength(4);
  });

  it('reports a refused connection as a retryable network failure', async () => {
    const closed = new LocalSite();
    await closed.start();
    const url = closed.url('/');
    await closed.stop();
    const failure = expectFailure(
      await fetcher({ retry: { maxAttempts: 1 } }).fetcher.fetchPage(url, local()),
    );
    expect(failure).toMatchObject({ kind: 'network', retryable: true });
    expect(failure.message).toMatch(/ECONNREFUSED/);
  });

  it('refuses hosts outside allowedHosts, also as a redirect target', async () => {
    site.route('/ra-ngoai', (_, response) =>
      response.writeHead(302, { location: 'https://tuoitre.vn/bai-viet.htm' }).end(),
    );
    const { fetcher: client } = fetcher();
    expect(
      expectFailure(
        await client.fetchPage('https://tuoitre.vn/', local({ allowedHosts: ['baochinhphu.vn'] })),
      ),
    ).toMatchObject({ kind: 'host_not_allowed', retryable: false });
    const failure = expectFailure(await client.fetchPage(site.url('/ra-ngoai'), local()));
    expect(failure).toMatchObject({ kind: 'host_not_allowed', url: 'https://tuoitre.vn/bai-viet.htm' });
    expect(failure.redirects).toEqual([
      { url: site.url('/ra-ngoai'), status: 302, location: 'https://tuoitre.vn/bai-viet.htm' },
    ]);
  });

  it('rethrows when the caller aborts', async () => {
    site.route('/cham', () => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('shutting down')), 50);
    await expect(
      fetcher().fetcher.fetchPage(site.url('/cham'), local({ signal: controller.signal })),
    ).rejects.toThrow('shutting down');
  });
});

describe('address guard', () => {
  it('refuses a loopback URL when the source does not allow private addresses', async () => {
    site.route('/', (_, response) => response.end(HTML));
    const failure = expectFailure(
      await fetcher().fetcher.fetchPage(site.url('/'), local({ allowPrivateAddresses: false })),
    );
    expect(failure).toMatchObject({ kind: 'address_refused', retryable: false });
    expect(site.hits).toHaveLength(0);
  });

  it('refuses a host name that resolves to a private address', async () => {
    site.route('/', (_, response) => response.end(HTML));
    const { fetcher: client } = fetcher({
      resolveHost: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    const failure = expectFailure(
      await client.fetchPage(site.url('/', 'noi-bo.hoinghi.test'), {
        userAgent: UA,
        allowedHosts: ['noi-bo.hoinghi.test'],
      }),
    );
    expect(failure).toMatchObject({ kind: 'address_refused', retryable: false });
    expect(failure.message).toBe(
      'noi-bo.hoinghi.test resolves to 127.0.0.1, a private or special-purpose address',
    );
    expect(site.hits).toHaveLength(0);
  });

  it('reaches a private address through a host name when the source allows it', async () => {
    site.route('/', (_, response) => response.end(HTML));
    const { fetcher: client } = fetcher({ resolveHost: async () => [{ address: '127.0.0.1', family: 4 }] });
    const page = expectPage(
      await client.fetchPage(site.url('/', 'demo.hoinghi.test'), {
        userAgent: UA,
        allowedHosts: ['demo.hoinghi.test'],
        allowPrivateAddresses: true,
      }),
    );
    expect(text(page.body)).toBe(HTML);
    expect(site.hits[0]!.headers.host).toBe(`demo.hoinghi.test:${site.port}`);
  });

  describe('on redirects from an allowed public host', () => {
    // The local server stands in for a public site: only 127.0.0.1 is treated as public here.
    const dns: Record<string, string> = {
      'cong-khai.hoinghi.test': '127.0.0.1',
      'metadata.hoinghi.test': '169.254.169.254',
      'mang-noi-bo.hoinghi.test': '10.0.0.5',
    };
    const client = () =>
      fetcher({
        resolveHost: async (hostname) => (dns[hostname] ? [{ address: dns[hostname]!, family: 4 }] : []),
        isBlockedAddress: (address) => address !== '127.0.0.1' && isBlockedAddress(address),
      }).fetcher;
    const options = { userAgent: UA, allowedHosts: ['.hoinghi.test', '10.0.0.5'] };

    it('refuses a redirect to a name that resolves to a private address', async () => {
      site.route('/chuyen', (_, response) =>
        response
          .writeHead(302, { location: `http://metadata.hoinghi.test:${site.port}/latest/meta-data` })
          .end(),
      );
      const failure = expectFailure(
        await client().fetchPage(site.url('/chuyen', 'cong-khai.hoinghi.test'), options),
      );
      expect(failure).toMatchObject({
        kind: 'address_refused',
        url: `http://metadata.hoinghi.test:${site.port}/latest/meta-data`,
        message: 'metadata.hoinghi.test resolves to 169.254.169.254, a private or special-purpose address',
      });
      expect(failure.redirects).toHaveLength(1);
      expect(site.hits.map((hit) => hit.path)).toEqual(['/chuyen']);
    });

    it('refuses a redirect to a private IP literal', async () => {
      site.route('/chuyen-ip', (_, response) =>
        response.writeHead(301, { location: 'http://10.0.0.5/admin' }).end(),
      );
      const failure = expectFailure(
        await client().fetchPage(site.url('/chuyen-ip', 'cong-khai.hoinghi.test'), options),
      );
      expect(failure).toMatchObject({ kind: 'address_refused', url: 'http://10.0.0.5/admin' });
    });

    it('checks the address at connect time, so a changed DNS answer cannot slip through', async () => {
      let answers = 0;
      site.route('/', (_, response) => response.writeHead(200, { connection: 'close' }).end(HTML));
      const { fetcher: rebinding } = fetcher({
        resolveHost: async () => [{ address: answers++ === 0 ? '127.0.0.1' : '10.0.0.5', family: 4 }],
        isBlockedAddress: (address) => address !== '127.0.0.1' && isBlockedAddress(address),
      });
      const url = site.url('/', 'cong-khai.hoinghi.test');
      expectPage(await rebinding.fetchPage(url, options));
      expect(expectFailure(await rebinding.fetchPage(url, options)).kind).toBe('address_refused');
      expect(site.hits).toHaveLength(1);
    });
  });
});

describe('robots.txt and pacing', () => {
  function robotsFor(client: Fetcher) {
    return createRobotsCache({ fetch: robotsFetchVia(client, local()) });
  }

  it('refuses a disallowed path, also when a redirect leads there', async () => {
    site.route('/robots.txt', (_, response) =>
      response.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /noi-bo/\n'),
    );
    site.route('/cong-khai', (_, response) => response.end(HTML));
    site.route('/vong-vao', (_, response) => response.writeHead(302, { location: '/noi-bo/tai-lieu' }).end());
    const { fetcher: client } = fetcher();
    const robots = robotsFor(client);

    expect(expectPage(await client.fetchPage(site.url('/cong-khai'), local({ robots }))).status).toBe(200);
    expect(
      expectFailure(await client.fetchPage(site.url('/noi-bo/tai-lieu'), local({ robots }))),
    ).toMatchObject({
      kind: 'robots_disallowed',
      retryable: false,
    });
    expect(expectFailure(await client.fetchPage(site.url('/vong-vao'), local({ robots })))).toMatchObject({
      kind: 'robots_disallowed',
      url: site.url('/noi-bo/tai-lieu'),
    });
    expect(site.hits.map((hit) => hit.path)).toEqual(['/robots.txt', '/cong-khai', '/vong-vao']);
  });

  it('treats a missing robots.txt as allow-all and a failing one as a temporary disallow', async () => {
    site.route('/', (_, response) => response.end(HTML));
    const { fetcher: client } = fetcher({ retry: { maxAttempts: 1 } });
    expect(
      expectPage(await client.fetchPage(site.url('/'), local({ robots: robotsFor(client) }))).status,
    ).toBe(200);

    site.route('/robots.txt', (_, response) => response.writeHead(503).end());
    expect(
      expectFailure(await client.fetchPage(site.url('/'), local({ robots: robotsFor(client) }))),
    ).toMatchObject({
      kind: 'robots_disallowed',
      retryable: true,
    });
  });

  it('paces requests to a host by its Crawl-delay', async () => {
    site.route('/robots.txt', (_, response) =>
      response.end('User-agent: hoinghi-crawler\nCrawl-delay: 0.5\n'),
    );
    site.route('/trang-1', (_, response) => response.end(HTML));
    site.route('/trang-2', (_, response) => response.end(HTML));
    const { fetcher: client } = fetcher({ rateLimiter: createTokenBucketRateLimiter() });
    const robots = robotsFor(client);
    const rateLimit = { requestsPerSecond: 10, concurrency: 2 };

    await Promise.all([
      client.fetchPage(site.url('/trang-1'), local({ robots, rateLimit })),
      client.fetchPage(site.url('/trang-2'), local({ robots, rateLimit })),
    ]);
    const pages = site.hits.filter((hit) => hit.path.startsWith('/trang-'));
    expect(pages).toHaveLength(2);
    expect(pages[1]!.at - pages[0]!.at).toBeGreaterThanOrEqual(480);
  });
});
