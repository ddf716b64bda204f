import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExtract } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
const html = join(dir, 'page.html');
writeFileSync(
  html,
  `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Hội nghị toàn quốc quán triệt Nghị quyết Đại hội XIV</title>
<link rel="canonical" href="https://example.vn/hoi-nghi-toan-quoc.html">
<meta property="article:published_time" content="2026-02-07"></head>
<body><article>
<p>Sáng 7-2, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội XIV của Đảng theo hình thức trực tiếp kết hợp trực tuyến.</p>
<p>Hội nghị được kết nối tới hơn 31.000 điểm cầu trong cả nước với hơn 1,93 triệu cán bộ, đảng viên tham dự. Tổng Bí thư Tô Lâm dự và phát biểu chỉ đạo tại hội nghị.</p>
</article></body></html>`,
);
const text = join(dir, 'note.txt');
writeFileSync(text, 'Ghi chú\n\nKhông có hội nghị nào ở đây.\n');
const legacy = join(dir, 'legacy.txt');
// "Sáng 01/12" in a single-byte legacy encoding: not valid UTF-8.
writeFileSync(legacy, Buffer.from([0x53, 0xe1, 0x6e, 0x67, 0x20, 0x30, 0x31, 0x2f, 0x31, 0x32]));

async function run(args: string[]) {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await runExtract(
    args,
    (l) => lines.push(l),
    (e) => errors.push(e),
  );
  return { code, lines: lines.map((l) => JSON.parse(l)), errors };
}

describe('runExtract', () => {
  it('prints one line per file, in order, with the article and the scoring view', async () => {
    const { code, lines } = await run([html, text]);
    expect(code).toBe(0);
    expect(lines.map((l) => l.file)).toEqual([html, text]);
    expect(lines[0].article.canonicalUrl).toBe('https://example.vn/hoi-nghi-toan-quoc.html');
    expect(lines[0].isConference).toBe(true);
    expect(lines[0].conference).toMatchObject({
      date: '2026-02-07',
      partOfDay: 'morning',
      scope: 'national',
      format: 'hybrid',
      organizers: ['Bộ Chính trị', 'Ban Bí thư'],
      connectionPoints: 31000,
      attendees: 1_930_000,
      documents: ['DH:XIV'],
      people: [{ name: 'Tô Lâm', roles: ['directing', 'attendee'] }],
    });
    expect(lines[1]).toMatchObject({ isConference: false, conference: null });
    expect(lines[1].article.title).toBe('Ghi chú');
  });

  it('reports an unreadable file and still exits 0 when another was read', async () => {
    const missing = join(dir, 'missing.html');
    const { code, lines } = await run([missing, text]);
    expect(code).toBe(0);
    expect(lines[0].file).toBe(missing);
    expect(typeof lines[0].error).toBe('string');
  });

  it('exits 1 when no file could be read and 2 without files', async () => {
    expect((await run([join(dir, 'nope.txt')])).code).toBe(1);
    const usage = await run([]);
    expect(usage.code).toBe(2);
    expect(usage.errors.join('')).toMatch(/usage/);
  });

  it('adds the full event with --full', async () => {
    const { lines } = await run(['--full', html]);
    expect(lines[0].extraction.name.span.text).toMatch(/^Hội nghị toàn quốc/);
  });

  it('decodes a text file that is not UTF-8', async () => {
    const { lines } = await run([legacy]);
    expect(lines[0].article.text.normalize('NFC')).toBe('Sáng 01/12');
  });
});
