import { analyse } from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedHtml {
  html: string;
  /** Encoding actually used, lower case ("utf-8", "windows-1258"). */
  charset: string;
}

/** How far into the page <meta charset> is looked for; CMS heads with inline scripts run long. */
const META_SNIFF_BYTES = 16_384;
/** Enough text for statistical detection without scanning megabytes. */
const DETECT_SAMPLE_BYTES = 65_536;

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

/** Label → canonical name iconv-lite knows, or null. WHATWG maps latin1 labels to windows-1252. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  let name = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (name === 'utf8' || name === 'unicode-1-1-utf-8' || name === 'x-unicode20utf8') name = 'utf-8';
  if (
    name === 'iso-8859-1' ||
    name === 'latin1' ||
    name === 'us-ascii' ||
    name === 'ascii' ||
    name === 'l1'
  ) {
    name = 'windows-1252';
  }
  if (name === 'cp1258' || name === 'x-cp1258') name = 'windows-1258';
  // A page cannot be UTF-16 if its <meta> was readable as ASCII; browsers read it as UTF-8.
  if (name === 'utf-16' || name === 'utf-16le' || name === 'utf-16be') name = 'utf-8';
  return iconv.encodingExists(name) ? name : null;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /charset\s*=\s*["']?\s*([^\s;"',]+)/i.exec(contentType);
  return m ? m[1] : null;
}

/** <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x"> in the first bytes. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, META_SNIFF_BYTES));
  const re = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/gi;
  for (let m = re.exec(head); m; m = re.exec(head)) {
    if (normalizeCharset(m[1])) return m[1];
  }
  return null;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function bomCharset(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  return null;
}

/** Valid UTF-8 that uses multi-byte sequences: practically never an accident in a legacy encoding. */
function decodeUtf8IfValid(bytes: Uint8Array): { text: string; nonAscii: boolean } | null {
  try {
    const text = utf8Strict.decode(bytes);
    // eslint-disable-next-line no-control-regex
    return { text, nonAscii: /[^\u0000-\u007f]/.test(text) };
  } catch {
    return null;
  }
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  if (charset === 'utf-8') return utf8Lenient.decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
}

/** Statistical guess (chardet) for bytes that are not UTF-8. */
function detectLegacy(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, DETECT_SAMPLE_BYTES);
  for (const match of analyse(sample)) {
    const name = normalizeCharset(match.name);
    if (name && name !== 'utf-8') return name;
  }
  return 'windows-1252';
}

/**
 * Decodes an HTML response body. Order: byte-order mark, the charset of the HTTP Content-Type header,
 * <meta charset> in the first bytes, then detection; UTF-8 by default. A declaration that contradicts
 * the bytes (legacy label on valid UTF-8, or "utf-8" on bytes that are not) is overruled.
 * The result is NFC: windows-1258 writes tone marks as combining characters.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): DecodedHtml {
  const bom = bomCharset(bytes);
  if (bom) {
    const body = bytes.subarray(bom.skip);
    return { html: decodeWith(body, bom.charset).normalize('NFC'), charset: bom.charset };
  }
  const declared =
    normalizeCharset(charsetFromContentType(contentType)) ?? normalizeCharset(sniffMetaCharset(bytes));
  const utf8 = decodeUtf8IfValid(bytes);
  let charset: string;
  if (declared === 'utf-8' || declared === null) {
    charset = utf8 ? 'utf-8' : detectLegacy(bytes);
  } else if (utf8?.nonAscii) {
    charset = 'utf-8';
  } else if (declared === 'windows-1252' && utf8 === null && detectLegacy(bytes) === 'windows-1258') {
    // Vietnamese legacy pages are often labelled Latin-1; the tone-mark bytes give them away.
    charset = 'windows-1258';
  } else {
    charset = declared;
  }
  const html = charset === 'utf-8' && utf8 ? utf8.text : decodeWith(bytes, charset);
  return { html: html.normalize('NFC'), charset };
}
