/** The author line at the end of a report ("Thương - Thanh", "THANH PHƯỚC", "Đoàn Lưu (CTV)"). */
import type { Doc } from './doc.js';

const BYLINE =
  /^(?:[\p{Lu}][\p{L}.’']*(?:\s+[\p{Lu}][\p{L}.’']*){0,4})(?:\s*[-–,&]\s*[\p{Lu}][\p{L}.’']*(?:\s+[\p{Lu}][\p{L}.’']*){0,4}){0,3}(?:\s*\((?:CTV|TTXVN|tổng hợp|[\p{L} ]{2,20})\))?$/u;

export function findByline(doc: Doc): string | null {
  if (doc.byline) return doc.byline;
  const paras = doc.paragraphs.filter((p) => p.end <= doc.bodyEnd);
  for (let i = paras.length - 1; i >= Math.max(0, paras.length - 3); i--) {
    const t = paras[i].text.trim();
    if (t.length <= 50 && BYLINE.test(t) && !/[.:;!?]$/.test(t) && t.split(/\s+/).length <= 10) return t;
  }
  return null;
}
