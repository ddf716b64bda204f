import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

/** A response ready to send: built once, then served from the page cache. */
export interface Resource {
  status: number;
  contentType: string;
  body: Buffer;
  /** Weak validator from the body bytes, so it is the same for every server instance. */
  etag?: string;
  lastModifiedMs?: number;
  headers: Record<string, string>;
  gzipped?: Buffer;
}

const CACHEABLE = 'public, max-age=300';

export function okResource(body: string | Buffer, contentType: string, lastModifiedMs?: number): Resource {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const etag = `W/"${createHash('sha1').update(bytes).digest('base64url').slice(0, 22)}"`;
  return {
    status: 200,
    contentType,
    body: bytes,
    etag,
    lastModifiedMs,
    headers: { 'Cache-Control': CACHEABLE },
  };
}

export function plainResource(status: number, body: string, headers: Record<string, string> = {}): Resource {
  return {
    status,
    contentType: 'text/html; charset=utf-8',
    body: Buffer.from(body, 'utf8'),
    headers: { 'Cache-Control': 'no-store', ...headers },
  };
}

/** A bounded cache of built pages; the oldest entry goes first, enough for crawl-once traffic. */
export class PageCache {
  private readonly entries = new Map<string, Resource>();

  constructor(private readonly maxEntries: number) {}

  get(key: string, build: () => Resource): Resource {
    let resource = this.entries.get(key);
    if (!resource) {
      resource = build();
      this.entries.set(key, resource);
      if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    }
    return resource;
  }
}

function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
    return (coding === 'gzip' || coding === 'x-gzip' || coding === '*') && (!q || Number(q[1]) > 0);
  });
}

// RFC 9110 §13.1: If-None-Match wins over If-Modified-Since; weak comparison for GET and HEAD.
function notModified(req: IncomingMessage, resource: Resource): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    if (!resource.etag) return false;
    const opaque = resource.etag.replace(/^W\//, '');
    return ifNoneMatch
      .split(',')
      .some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === opaque);
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  if (Number.isNaN(since) || resource.lastModifiedMs === undefined) return false;
  return Math.floor(resource.lastModifiedMs / 1000) <= Math.floor(since / 1000);
}

export function send(req: IncomingMessage, res: ServerResponse, resource: Resource): void {
  const headers: Record<string, string | number> = {
    ...resource.headers,
    'Content-Type': resource.contentType,
  };
  if (resource.etag) headers.ETag = resource.etag;
  if (resource.lastModifiedMs !== undefined)
    headers['Last-Modified'] = new Date(resource.lastModifiedMs).toUTCString();
  if (resource.status === 200) headers.Vary = 'Accept-Encoding';
  if (resource.status === 200 && notModified(req, resource)) {
    delete headers['Content-Type'];
    res.writeHead(304, headers).end();
    return;
  }
  let body = resource.body;
  if (resource.status === 200 && acceptsGzip(req.headers['accept-encoding'])) {
    body = resource.gzipped ??= gzipSync(resource.body);
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = body.length;
  res.writeHead(resource.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
