/**
 * Page bodies a crawler can bring back, and what the parser must make of each: never a throw, always within
 * a time bound, an article only where there is one. Bodies are built on demand: some are megabytes.
 */
import iconv from 'iconv-lite';
import { encodeWindows1258Html } from '../../../../tools/demo-site/src/windows-1258.js';

export interface HtmlCase {
  name: string;
  body: () => Uint8Array;
  /** The HTTP Content-Type the page came with. */
  contentType?: string;
  /** CSS selectors from the source file. */
  selectors?: { title?: string; body?: string; date?: string };
  expect: {
    /** Wall-clock bound for parsePage on this machine, generous for a loaded CI host. */
    maxMs: number;
    isArticle?: boolean;
    /** What `notArticleReason` says when the page is no article. */
    reason?: RegExp;
    isConference?: boolean;
    /** Words the decoded text must hold: the charset was read right. */
    textIncludes?: string;
  };
}

const MB = 1024 * 1024;
const utf8 = (text: string) => Buffer.from(text, 'utf8');

export const LEAD =
  'Sáng 01/12, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt, triển khai thực hiện Nghị quyết số 18-NQ/TW. Đồng chí Tô Lâm, Tổng Bí thư chủ trì hội nghị.';
const SECOND =
  'Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới hơn 14.535 điểm cầu trên cả nước với hơn 1,2 triệu đại biểu tham dự.';

/** A well-formed Vietnamese conference report, the base most bad pages are made from. */
export function article(extraHead = '', paragraphs = [LEAD, SECOND]): string {
  return (
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">${extraHead}` +
    '<title>Hội nghị toàn quốc quán triệt Nghị quyết 18 - Báo Tin Tức</title></head><body>' +
    '<nav><a href="/">Trang chủ</a><a href="/chinh-tri">Chính trị</a></nav>' +
    '<article><h1>Hội nghị toàn quốc quán triệt Nghị quyết 18</h1>' +
    paragraphs.map((p) => `<p>${p}</p>`).join('') +
    '</article><footer>Bản quyền thuộc Báo Tin Tức</footer></body></html>'
  );
}

function pseudoRandomBytes(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
}

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export const HTML_CASES: HtmlCase[] = [
  // Empty and binary
  {
    name: 'empty body',
    body: () => new Uint8Array(),
    expect: { maxMs: 500, isArticle: false, reason: /empty/ },
  },
  {
    name: 'white space only',
    body: () => utf8(' \n\t\r\n   '),
    expect: { maxMs: 500, isArticle: false, reason: /empty/ },
  },
  {
    name: 'PNG image served as text/html',
    body: () => Buffer.concat([Buffer.from(PNG_HEADER), pseudoRandomBytes(200_000)]),
    contentType: 'text/html',
    expect: { maxMs: 3_000, isArticle: false },
  },
  {
    name: '1 MB of random bytes',
    body: () => pseudoRandomBytes(MB, 11),
    expect: { maxMs: 3_000, isArticle: false },
  },
  {
    name: 'NUL bytes between the words of an article',
    body: () => utf8(article().replaceAll(' ', '\0 ')),
    expect: { maxMs: 2_000, isArticle: true },
  },
  {
    name: 'a gzip stream that was never decompressed',
    body: () => Buffer.from([0x1f, 0x8b, 0x08, 0x00, ...pseudoRandomBytes(5_000, 3)]),
    contentType: 'text/html; charset=utf-8',
    expect: { maxMs: 2_000, isArticle: false },
  },

  // Truncated and malformed
  {
    name: 'truncated inside a tag',
    body: () => utf8(article().slice(0, article().indexOf('<p>', 400) + 2)),
    expect: { maxMs: 2_000 },
  },
  {
    name: 'truncated inside a UTF-8 sequence',
    body: () => {
      const bytes = utf8(article());
      const at = bytes.indexOf(Buffer.from('ộ')) + 1;
      return bytes.subarray(0, at);
    },
    expect: { maxMs: 2_000 },
  },
  {
    name: 'unclosed tags, stray end tags, broken attributes',
    body: () =>
      utf8(
        `<html><body <div class="a><p id=>` +
          '</div>'.repeat(5_000) +
          `<p>${LEAD}<p>${SECOND}<<<>>><a href="javascript:alert(1)">x</a>` +
          '<table><td><td><tr></table></table></body></html></html>',
      ),
    expect: { maxMs: 2_000 },
  },
  {
    name: 'unterminated comment over 5 MB',
    body: () => utf8(`<html><body><p>${LEAD}</p><!--${'x'.repeat(5 * MB)}`),
    expect: { maxMs: 3_000 },
  },
  {
    name: 'unterminated script over 5 MB',
    body: () => utf8(`<html><body><p>${LEAD}</p><script>${'var a = "<p>";'.repeat(400_000)}`),
    expect: { maxMs: 3_000 },
  },
  {
    name: 'a 5 MB attribute value',
    body: () => utf8(article(`<meta name="description" content="${'Hội nghị '.repeat(550_000)}">`)),
    expect: { maxMs: 5_000, isArticle: true },
  },
  {
    name: 'character references to NUL, lone surrogates and unknown names',
    body: () => utf8(article('', [`${LEAD} &#0; &#xD800; &#x110000; &bogus; &amp`, SECOND])),
    expect: { maxMs: 2_000, isArticle: true },
  },
  {
    name: 'RSS feed fetched as an article',
    body: () =>
      utf8(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Tin</title>' +
          '<item><title>Hội nghị</title><link>https://tin.example.vn/a.htm</link></item>'.repeat(200) +
          '</channel></rss>',
      ),
    contentType: 'application/rss+xml',
    expect: { maxMs: 2_000, isConference: false },
  },
  {
    name: 'JSON-LD nested 100,000 deep',
    body: () =>
      utf8(
        article(
          `<script type="application/ld+json">${'{"@graph":['.repeat(100_000)}${']}'.repeat(100_000)}</script>`,
        ),
      ),
    expect: { maxMs: 3_000, isArticle: true },
  },
  {
    name: 'invalid CSS selectors from the source file',
    body: () => utf8(article()),
    selectors: { title: ':::', body: 'div[', date: '>>' },
    expect: { maxMs: 2_000, isArticle: true, isConference: true },
  },
  {
    name: 'a canonical URL longer than events allow',
    body: () => utf8(article(`<link rel="canonical" href="https://tin.example.vn/${'a'.repeat(5_000)}">`)),
    expect: { maxMs: 2_000, isArticle: true },
  },
  {
    name: 'canonical and publication time that are not URLs or dates',
    body: () =>
      utf8(
        article(
          '<link rel="canonical" href="javascript:alert(1)">' +
            '<meta property="article:published_time" content="2024-13-45T99:99:99+07:00">',
        ),
      ),
    expect: { maxMs: 2_000, isArticle: true },
  },

  // Size
  {
    name: '20 MB of Vietnamese paragraphs',
    body: () => {
      const paragraph = `<p>${LEAD} ${SECOND}</p>`;
      return utf8(article('', [LEAD]).replace('</article>', paragraph.repeat(Math.ceil((20 * MB) / 400))));
    },
    expect: { maxMs: 15_000 },
  },
  {
    name: '20 MB in one line without markup',
    body: () => utf8(`${LEAD} `.repeat(Math.ceil((20 * MB) / 200))),
    expect: { maxMs: 15_000 },
  },

  // Deep and wide markup
  {
    name: '100,000 nested <div> around the article',
    body: () =>
      utf8(
        `<html lang="vi"><body>${'<div>'.repeat(100_000)}<p>${LEAD}</p><p>${SECOND}</p>${'</div>'.repeat(100_000)}</body></html>`,
      ),
    expect: { maxMs: 3_000, isArticle: true, isConference: true },
  },
  {
    name: '1,500,000 unclosed <div>',
    body: () => utf8(`<html><body>${'<div>'.repeat(1_500_000)}${LEAD}`),
    expect: { maxMs: 5_000 },
  },
  {
    name: '300,000 nested <table><tr><td>',
    body: () => utf8(`<html><body>${'<table><tr><td>'.repeat(300_000)}${LEAD}`),
    expect: { maxMs: 5_000 },
  },
  {
    name: '500,000 self-closed <div/>',
    body: () => utf8(`<html><body>${'<div/>'.repeat(500_000)}<p>${LEAD}</p>`),
    expect: { maxMs: 5_000 },
  },
  {
    name: '250,000 <script> siblings before the article',
    body: () => utf8(article().replace('<body>', `<body>${'<script>x()</script>'.repeat(250_000)}`)),
    expect: { maxMs: 5_000, isArticle: true },
  },
  {
    name: '100,000 <meta> tags',
    body: () => utf8(article('<meta property="og:title" content="Hội nghị">'.repeat(100_000))),
    expect: { maxMs: 5_000, isArticle: true },
  },
  {
    name: '150,000 links in a list',
    body: () =>
      utf8(
        `<html lang="vi"><body><ul>${'<li><a href="/a.htm">Hội nghị toàn quốc quán triệt Nghị quyết</a></li>'.repeat(150_000)}</ul></body></html>`,
      ),
    expect: { maxMs: 5_000, isArticle: false, reason: /listing/ },
  },
  {
    name: '200,000 times "Ủy viên Bộ Chính trị," in one paragraph',
    body: () => utf8(article('', [`${LEAD} ${'Ủy viên Bộ Chính trị, '.repeat(200_000)}Nguyễn Văn An`])),
    expect: { maxMs: 10_000 },
  },
  {
    name: '100,000 counts of connection points',
    body: () => utf8(article('', [LEAD, 'hơn 1.000 điểm cầu trên cả nước. '.repeat(100_000)])),
    expect: { maxMs: 10_000 },
  },

  // Charsets
  {
    name: 'windows-1258 declared as UTF-8 in the header',
    body: () => encodeWindows1258Html(article().replace('<meta charset="utf-8">', '')),
    contentType: 'text/html; charset=utf-8',
    expect: { maxMs: 2_000, isArticle: true, textIncludes: 'Hội nghị toàn quốc' },
  },
  {
    name: 'windows-1258 declared nowhere',
    body: () => encodeWindows1258Html(article().replace('<meta charset="utf-8">', '')),
    expect: { maxMs: 2_000, isArticle: true, textIncludes: 'Hội nghị toàn quốc' },
  },
  {
    name: 'windows-1258 labelled ISO-8859-1',
    body: () => encodeWindows1258Html(article().replace('<meta charset="utf-8">', '')),
    contentType: 'text/html; charset=ISO-8859-1',
    expect: { maxMs: 2_000, isArticle: true, textIncludes: 'Hội nghị toàn quốc' },
  },
  {
    name: 'UTF-8 labelled windows-1252 in the header and a bogus charset in <meta>',
    body: () => utf8(article().replace('<meta charset="utf-8">', '<meta charset="x-klingon">')),
    contentType: 'text/html; charset=windows-1252',
    expect: { maxMs: 2_000, isArticle: true, textIncludes: 'Hội nghị toàn quốc' },
  },
  {
    name: 'UTF-16LE with a byte-order mark',
    body: () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(article(), 'utf-16le')]),
    expect: { maxMs: 2_000, isArticle: true, textIncludes: 'Hội nghị toàn quốc' },
  },
  {
    name: 'UTF-16LE without a byte-order mark, declared nowhere',
    body: () => iconv.encode(article().replace('<meta charset="utf-8">', ''), 'utf-16le'),
    expect: { maxMs: 2_000 },
  },
  {
    name: 'UTF-8 decoded as Latin-1 and encoded again (mojibake)',
    body: () => utf8(Buffer.from(article(), 'utf8').toString('latin1')),
    expect: { maxMs: 2_000 },
  },
  {
    name: 'a charset label 10,000 characters long',
    body: () => utf8(article()),
    contentType: `text/html; charset=${'x'.repeat(10_000)}`,
    expect: { maxMs: 2_000, isArticle: true, textIncludes: 'Hội nghị toàn quốc' },
  },
  {
    name: 'decomposed (NFD) Vietnamese',
    body: () => utf8(article().normalize('NFD')),
    expect: { maxMs: 2_000, isArticle: true, isConference: true, textIncludes: 'Hội nghị toàn quốc' },
  },
];
