import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A page of the bad site and what the pipeline must make of it. */
export interface BadPage {
  url: string;
  /** The stage that must give up on it and why, or: stored as an article row all the same. */
  expect:
    { deadLetter: 'crawler' | 'parser'; reason: 'fetch_failed' | 'payload_too_large' } | { nonArticle: true };
  why: string;
}

export interface BadSite {
  url: string;
  sitemap: string;
  pages: BadPage[];
  close(): Promise<void>;
}

/** The crawler refuses bodies above this (CRAWLER_MAX_BODY_BYTES in the test). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

const paragraph =
  'Hội nghị tổng kết công tác năm của tỉnh được tổ chức theo hình thức trực tiếp kết hợp trực tuyến, ' +
  'kết nối tới các điểm cầu cấp huyện và cấp xã trên địa bàn với sự tham dự của cán bộ, đảng viên. ';

/** An article whose text alone is larger than any message may be (1 MiB), though its HTML is fetchable. */
function hugeArticle(bytes: number): string {
  const paragraphs: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const p = `<p>Đoạn ${i}. ${paragraph.repeat(4)}</p>`;
    paragraphs.push(p);
    size += Buffer.byteLength(p);
  }
  return (
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài viết quá dài</title></head>' +
    `<body><article><h1>Bài viết quá dài</h1>${paragraphs.join('\n')}</article></body></html>`
  );
}

/** Bytes that are no HTML at all, served as HTML (a broken CMS, a mislabelled download). */
function garbage(random: () => number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(random() * 256);
  return bytes;
}

/**
 * A second, tiny site with pages that are bad on purpose, listed in its sitemap: a page that is gone (404),
 * one whose server always fails (500), one too large to fetch, one whose article is too large to pass on,
 * and one of binary garbage. The demo site is left as it is.
 */
export async function startBadSite(random: () => number): Promise<BadSite> {
  const bodies = new Map<string, { status: number; type: string; body: Buffer }>([
    ['/robots.txt', { status: 404, type: 'text/plain', body: Buffer.from('not found') }],
    [
      '/bai/da-go-bo.html',
      { status: 404, type: 'text/html; charset=utf-8', body: Buffer.from('<p>Đã gỡ</p>') },
    ],
    [
      '/bai/loi-may-chu.html',
      { status: 500, type: 'text/html; charset=utf-8', body: Buffer.from('<p>Lỗi</p>') },
    ],
    [
      '/bai/tep-qua-lon.html',
      { status: 200, type: 'text/html; charset=utf-8', body: Buffer.from(hugeArticle(MAX_BODY_BYTES * 1.5)) },
    ],
    [
      '/bai/bai-qua-dai.html',
      {
        status: 200,
        type: 'text/html; charset=utf-8',
        body: Buffer.from(hugeArticle(MAX_BODY_BYTES * 0.75)),
      },
    ],
    [
      '/bai/rac-nhi-phan.html',
      { status: 200, type: 'text/html; charset=utf-8', body: garbage(random, 40_000) },
    ],
  ]);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const page = bodies.get(path);
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(page.status, { 'content-type': page.type, 'content-length': page.body.byteLength });
    response.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const pages: BadPage[] = [
    {
      url: `${url}/bai/da-go-bo.html`,
      expect: { deadLetter: 'crawler', reason: 'fetch_failed' },
      why: 'gone (404)',
    },
    {
      url: `${url}/bai/loi-may-chu.html`,
      expect: { deadLetter: 'crawler', reason: 'fetch_failed' },
      why: 'server error (500) on every try',
    },
    {
      url: `${url}/bai/tep-qua-lon.html`,
      expect: { deadLetter: 'crawler', reason: 'fetch_failed' },
      why: 'body over CRAWLER_MAX_BODY_BYTES',
    },
    {
      url: `${url}/bai/bai-qua-dai.html`,
      expect: { deadLetter: 'parser', reason: 'payload_too_large' },
      why: 'article text over the message size',
    },
    {
      url: `${url}/bai/rac-nhi-phan.html`,
      expect: { nonArticle: true },
      why: 'binary garbage served as HTML',
    },
  ];
  const sitemap =
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    pages.map((page) => `<url><loc>${page.url}</loc></url>`).join('\n') +
    '\n</urlset>\n';
  bodies.set('/sitemap.xml', {
    status: 200,
    type: 'application/xml; charset=utf-8',
    body: Buffer.from(sitemap),
  });
  return {
    url,
    sitemap: `${url}/sitemap.xml`,
    pages,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
