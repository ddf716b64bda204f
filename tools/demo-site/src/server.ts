import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadDefaultContent, parseDemoContent } from './content.js';
import { buildManifest } from './manifest.js';
import { renderError } from './pages.js';
import { PageCache, plainResource, send } from './resource.js';
import { route } from './router.js';
import {
  buildSiteModel,
  RATE_LIMITED_REQUESTS,
  RETRY_AFTER_SECONDS,
  SERVER_ERROR_FAILURES,
  type SiteModel,
} from './site-model.js';
import type { DemoSite, DemoSiteOptions, RequestStats } from './types.js';

const PAGE_CACHE_ENTRIES = 5000;
const CLOSE_GRACE_MS = 2000;

/** Starts the demo news site. Port 0 (the default) picks a free port. */
export async function startDemoSite(options: DemoSiteOptions = {}): Promise<DemoSite> {
  const content = options.content ? parseDemoContent(options.content) : loadDefaultContent();
  const scale = options.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1)
    throw new Error(`scale must be a positive integer, got ${scale}`);
  const host = options.host ?? '127.0.0.1';

  const server = createServer({ keepAliveTimeout: 5000 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = (options.publicUrl ?? `http://${urlHost(host)}:${port}`).replace(/\/+$/, '');

  let model: SiteModel;
  try {
    model = buildSiteModel(content, scale, url);
  } catch (error) {
    server.close();
    throw error;
  }
  const manifest = buildManifest(model);
  const counts = new Map<string, number>();
  const handle = requestHandler(model, url, counts);
  server.on('request', handle);

  const keyOf = (pathOrUrl: string) => {
    const parsed = new URL(pathOrUrl, url);
    return parsed.pathname + parsed.search;
  };
  return {
    url,
    port,
    manifest,
    requests: (pathOrUrl) => counts.get(keyOf(pathOrUrl)) ?? 0,
    stats: (): RequestStats => ({
      total: [...counts.values()].reduce((sum, n) => sum + n, 0),
      byPath: Object.fromEntries(counts),
    }),
    resetStats: () => counts.clear(),
    close: () => closeServer(server),
  };
}

function requestHandler(model: SiteModel, baseUrl: string, counts: Map<string, number>) {
  const cache = new PageCache(PAGE_CACHE_ENTRIES);
  // Per instance: how often the flaky pages have been asked for.
  const flakyHits = new Map<string, number>();
  const serverErrorPath = model.serverError.path;
  const rateLimitedPath = model.rateLimited.path;

  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', baseUrl);
    const key = url.pathname + url.search;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(
          req,
          res,
          plainResource(405, renderError(405, 'Phương thức không được hỗ trợ.'), { Allow: 'GET, HEAD' }),
        );
        return;
      }
      if (url.pathname === serverErrorPath || url.pathname === rateLimitedPath) {
        const hits = (flakyHits.get(url.pathname) ?? 0) + 1;
        flakyHits.set(url.pathname, hits);
        if (url.pathname === serverErrorPath && hits <= SERVER_ERROR_FAILURES) {
          send(req, res, plainResource(500, renderError(500, 'Lỗi máy chủ, vui lòng thử lại sau.')));
          return;
        }
        if (url.pathname === rateLimitedPath && hits <= RATE_LIMITED_REQUESTS) {
          send(
            req,
            res,
            plainResource(429, renderError(429, 'Quá nhiều yêu cầu, vui lòng thử lại sau.'), {
              'Retry-After': String(RETRY_AFTER_SECONDS),
            }),
          );
          return;
        }
      }
      send(req, res, route(model, url, cache));
    } catch (error) {
      console.error(`demo-site: ${req.method} ${key} failed`, error);
      if (!res.headersSent) send(req, res, plainResource(500, renderError(500, 'Lỗi máy chủ nội bộ.')));
      else res.destroy();
    }
  };
}

function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

// Lets requests in flight finish, drops idle keep-alive connections, and cuts the rest after a grace.
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
    server.close((error) => {
      clearTimeout(force);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
