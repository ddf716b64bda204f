/**
 * The extract command: one JSON line per file, in order. Exit 0 when at least one file was read,
 * 1 when none could be, 2 on a usage error.
 */
import { readFile } from 'node:fs/promises';
import {
  extractConference,
  toScoringView,
  type ConferenceExtraction,
  type ScoringView,
} from '../conference/index.js';
import { readArticle, type ArticleView } from './read-article.js';
import { worthReading } from '../parse-page/worth-reading.js';

const USAGE = 'usage: extract [--full] FILE...\n  prints one JSON object per line per file\n';

export async function runExtract(
  args: string[],
  write: (line: string) => void,
  warn: (s: string) => void,
): Promise<number> {
  const full = args.includes('--full');
  const files = args.filter((a) => a !== '--full');
  if (files.length === 0 || files.some((f) => f === '--help' || f === '-h')) {
    warn(USAGE);
    return 2;
  }
  let read = 0;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (err) {
      write(JSON.stringify({ file, error: (err as Error).message }));
      continue;
    }
    read++;
    const { article, result, view } = extractFile(file, bytes);
    const line: Record<string, unknown> = {
      file,
      article,
      isConference: view.isConference,
      conference: view.conference,
    };
    if (full) line.extraction = result.conference;
    write(JSON.stringify(line));
  }
  return read > 0 ? 0 : 1;
}

/** What the command reads from one file: the article, the extraction and its scoring view. */
export function extractFile(
  path: string,
  bytes: Uint8Array,
): { article: ArticleView; result: ConferenceExtraction; view: ScoringView } {
  const article = readArticle(path, bytes);
  const result: ConferenceExtraction = worthReading(article)
    ? extractConference({
        text: article.text,
        title: article.title,
        publishedAt: article.publishedAt,
        url: article.canonicalUrl,
        captions: article.captions,
        byline: article.byline,
        language: article.language,
      })
    : { isConference: false, conference: null };
  return { article, result, view: toScoringView(result) };
}
