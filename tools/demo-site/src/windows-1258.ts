import iconv from 'iconv-lite';

// Windows-1258 has precomposed â ê ô ơ ư ă đ but writes most tone marks as combining characters
// (U+0300 ̀, U+0301 ́, U+0303 ̃, U+0309 ̉, U+0323 ̣). NFC text such as "ệ" has to be rewritten as
// "ê" + U+0323 before encoding, which is what legacy Vietnamese sites emitted.
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

const ENCODABLE: ReadonlySet<string> = new Set(
  [...iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, i) => i)), 'windows-1258')].filter(
    (c) => c !== '\ufffd',
  ),
);

function toWindows1258Form(char: string): string | null {
  if (ENCODABLE.has(char)) return char;
  const decomposed = [...char.normalize('NFD')];
  const tones = decomposed.filter((c) => TONE_MARKS.has(c));
  const base = decomposed
    .filter((c) => !TONE_MARKS.has(c))
    .join('')
    .normalize('NFC');
  if (!ENCODABLE.has(base) || !tones.every((t) => ENCODABLE.has(t))) return null;
  return base + tones.join('');
}

/** True when every character of the text can be written in windows-1258. */
export function isWindows1258Encodable(text: string): boolean {
  return [...text.normalize('NFC')].every((c) => toWindows1258Form(c) !== null);
}

/**
 * Encodes HTML as windows-1258. Decoding the bytes and normalising to NFC gives the text back;
 * a character outside the code page becomes a numeric character reference.
 */
export function encodeWindows1258Html(html: string): Buffer {
  let out = '';
  for (const char of html.normalize('NFC')) {
    out += toWindows1258Form(char) ?? `&#x${char.codePointAt(0)!.toString(16)};`;
  }
  return iconv.encode(out, 'windows-1258');
}
