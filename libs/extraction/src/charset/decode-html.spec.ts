import { describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { charsetFromContentType, decodeHtml, normalizeCharset, sniffMetaCharset } from './decode-html.js';

const SENTENCE = 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 đã bế mạc sáng nay.';
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;

/**
 * Bytes as Windows writes windows-1258: base letters with circumflex, breve or horn are single bytes
 * (ô, ă, ơ...), tone marks follow as combining characters. iconv-lite's encoder maps code points one to
 * one, so the text is first brought to that form.
 */
function encodeWindows1258(text: string): Buffer {
  const form = [...text.normalize('NFC')]
    .map((ch) => {
      const parts = [...ch.normalize('NFD')];
      const tones = parts.filter((p) => TONE_MARKS.test(p)).join('');
      return (
        parts
          .filter((p) => !TONE_MARKS.test(p))
          .join('')
          .normalize('NFC') + tones
      );
    })
    .join('');
  const bytes = iconv.encode(form, 'windows-1258');
  if (bytes.includes(0x3f)) throw new Error('text not representable in windows-1258');
  return bytes;
}

function page(charsetMeta: string, body: string): string {
  return `<!DOCTYPE html><html lang="vi"><head>${charsetMeta}<title>Tin tức</title></head><body><p>${body}</p></body></html>`;
}

describe('encodeWindows1258 (test helper)', () => {
  it('writes tone marks as separate combining bytes', () => {
    const bytes = encodeWindows1258('Hội');
    // H, ô (0xF4), combining dot below (0xF2), i
    expect([...bytes]).toEqual([0x48, 0xf4, 0xf2, 0x69]);
  });
});

describe('decodeHtml', () => {
  it('decodes windows-1258 declared in the HTTP header into NFC Vietnamese', () => {
    const bytes = encodeWindows1258(page('', SENTENCE));
    const out = decodeHtml(bytes, 'text/html; charset=windows-1258');
    expect(out.charset).toBe('windows-1258');
    expect(out.html).toContain(SENTENCE);
    expect(out.html).toBe(out.html.normalize('NFC'));
    expect(out.html).not.toMatch(TONE_MARKS);
  });

  it('finds windows-1258 in <meta http-equiv content-type>', () => {
    const meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">';
    const out = decodeHtml(encodeWindows1258(page(meta, SENTENCE)));
    expect(out.charset).toBe('windows-1258');
    expect(out.html).toContain(SENTENCE);
  });

  it('finds <meta charset>', () => {
    const out = decodeHtml(encodeWindows1258(page('<meta charset="windows-1258">', SENTENCE)), null);
    expect(out.charset).toBe('windows-1258');
    expect(out.html).toContain('Đảng bộ tỉnh');
  });

  it('prefers the HTTP header over <meta>', () => {
    const bytes = Buffer.from(page('<meta charset="windows-1258">', 'Ninh Bình'), 'utf8');
    const out = decodeHtml(bytes, 'text/html; charset=UTF-8');
    expect(out.charset).toBe('utf-8');
    expect(out.html).toContain('Ninh Bình');
  });

  it('detects undeclared windows-1258', () => {
    const text = Array(8).fill(SENTENCE).join(' ');
    const out = decodeHtml(encodeWindows1258(page('', text)));
    expect(out.charset).toBe('windows-1258');
    expect(out.html).toContain(SENTENCE);
  });

  it('overrules a legacy label on a page that is valid UTF-8 (mislabelled page)', () => {
    const bytes = Buffer.from(page('<meta charset="iso-8859-1">', SENTENCE), 'utf8');
    const out = decodeHtml(bytes, 'text/html; charset=ISO-8859-1');
    expect(out.charset).toBe('utf-8');
    expect(out.html).toContain(SENTENCE);
  });

  it('overrules "utf-8" on bytes that are windows-1258 (mislabelled page)', () => {
    const text = Array(8).fill(SENTENCE).join(' ');
    const bytes = encodeWindows1258(page('<meta charset="utf-8">', text));
    const out = decodeHtml(bytes, 'text/html; charset=utf-8');
    expect(out.charset).toBe('windows-1258');
    expect(out.html).toContain(SENTENCE);
  });

  it('reads Vietnamese labelled as Latin-1 but written in windows-1258', () => {
    const text = Array(8).fill(SENTENCE).join(' ');
    const out = decodeHtml(encodeWindows1258(page('<meta charset="iso-8859-1">', text)));
    expect(out.charset).toBe('windows-1258');
    expect(out.html).toContain(SENTENCE);
  });

  it('keeps a correct Latin-1 page (windows-1252)', () => {
    const bytes = iconv.encode(
      page('<meta charset="iso-8859-1">', 'Café à Paris, été 2024.'),
      'windows-1252',
    );
    const out = decodeHtml(bytes);
    expect(out.charset).toBe('windows-1252');
    expect(out.html).toContain('Café à Paris, été 2024.');
  });

  it('honours a UTF-8 byte-order mark over any declaration', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('', 'Hà Nội'), 'utf8')]);
    const out = decodeHtml(bytes, 'text/html; charset=windows-1258');
    expect(out.charset).toBe('utf-8');
    expect(out.html.startsWith('<!DOCTYPE')).toBe(true);
    expect(out.html).toContain('Hà Nội');
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(page('', 'Đà Nẵng'), 'utf-16le')]);
    expect(decodeHtml(bytes).html).toContain('Đà Nẵng');
  });

  it('NFC-normalises decomposed UTF-8 input', () => {
    const bytes = Buffer.from(page('', 'Hội nghị'.normalize('NFD')), 'utf8');
    expect(decodeHtml(bytes).html).toContain('Hội nghị'.normalize('NFC'));
  });

  it('defaults to UTF-8 for plain ASCII and for empty input', () => {
    expect(decodeHtml(Buffer.from('<p>hello</p>'))).toEqual({ html: '<p>hello</p>', charset: 'utf-8' });
    expect(decodeHtml(new Uint8Array(0))).toEqual({ html: '', charset: 'utf-8' });
  });

  it('ignores unknown charset labels', () => {
    const out = decodeHtml(Buffer.from(page('', 'Huế'), 'utf8'), 'text/html; charset=x-klingon');
    expect(out.charset).toBe('utf-8');
    expect(out.html).toContain('Huế');
  });
});

describe('charset helpers', () => {
  it('reads the charset parameter of Content-Type', () => {
    expect(charsetFromContentType('text/html; charset="Windows-1258"')).toBe('Windows-1258');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(charsetFromContentType(undefined)).toBeNull();
  });

  it('sniffs both meta forms', () => {
    expect(sniffMetaCharset(Buffer.from('<meta charset=utf-8>'))).toBe('utf-8');
    expect(
      sniffMetaCharset(
        Buffer.from('<META HTTP-EQUIV="content-type" CONTENT="text/html; charset=windows-1258" />'),
      ),
    ).toBe('windows-1258');
    expect(sniffMetaCharset(Buffer.from('<p>charset=utf-8</p>'))).toBeNull();
  });

  it('normalises labels', () => {
    expect(normalizeCharset('UTF8')).toBe('utf-8');
    expect(normalizeCharset('ISO-8859-1')).toBe('windows-1252');
    expect(normalizeCharset('cp1258')).toBe('windows-1258');
    expect(normalizeCharset('bogus')).toBeNull();
  });
});
