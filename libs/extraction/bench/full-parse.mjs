#!/usr/bin/env node
// Full-parse benchmark: HTML → article → conference facts (the parser's whole job) against Readability.js on
// jsdom doing article extraction alone, on the eval dev cases and on the article-extraction benchmark pages.
//
//   cd libs/extraction && npx tsc -p tsconfig.build.json && npx node bench/full-parse.mjs
//
// Each side runs in its own child process, sequentially on one core; three timed passes, median reported.
// The last line printed is one JSON object with the figures.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(here, '../../../../shared');
const dist = path.resolve(here, '../dist');
const PASSES = 3;

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The dev cases as the scorer wraps them: canonical link, publication date, title, paragraphs. */
function devPages() {
  const dir = path.join(shared, 'eval/dev');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const c = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
      const lines = c.input.text.split('\n').filter((l) => l.trim());
      const html =
        `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escape(lines[0] ?? '')}</title>` +
        (c.source_url ? `<link rel="canonical" href="${escape(c.source_url)}">` : '') +
        (c.published ? `<meta property="article:published_time" content="${c.published}">` : '') +
        `</head><body><article>${lines.map((l) => `<p>${escape(l)}</p>`).join('')}</article></body></html>`;
      return Buffer.from(html);
    });
}

function benchmarkPages() {
  const dir = path.join(shared, 'benchmarks/article-extraction/html');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => gunzipSync(readFileSync(path.join(dir, f))));
}

async function makeParser(name) {
  const { decodeHtml } = await import(pathToFileURL(path.join(dist, 'charset/index.js')).href);
  if (name === 'hoinghi') {
    const { extractArticle } = await import(pathToFileURL(path.join(dist, 'article/index.js')).href);
    const { extractConference } = await import(pathToFileURL(path.join(dist, 'conference/index.js')).href);
    return (bytes) => {
      const article = extractArticle(decodeHtml(bytes).html);
      return article.isArticle
        ? extractConference({
            text: article.text,
            title: article.title,
            publishedAt: article.publishedAt,
            url: article.canonicalUrl,
          })
        : null;
    };
  }
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  const virtualConsole = new VirtualConsole();
  return (bytes) => {
    const dom = new JSDOM(decodeHtml(bytes).html.replace(/<style[\s\S]*?<\/style>/gi, ''), {
      virtualConsole,
    });
    try {
      return new Readability(dom.window.document).parse();
    } finally {
      dom.window.close();
    }
  };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

async function worker(name, corpus) {
  const pages = corpus === 'dev' ? devPages() : benchmarkPages();
  const parse = await makeParser(name);
  for (const page of pages.slice(0, 10)) parse(page);
  const passMs = [];
  for (let pass = 0; pass < PASSES; pass++) {
    let ms = 0;
    for (const page of pages) {
      const start = performance.now();
      try {
        parse(page);
      } catch {
        // A page a parser cannot handle still costs its time.
      }
      ms += performance.now() - start;
      await turn();
    }
    passMs.push(ms);
  }
  const median = passMs.sort((a, b) => a - b)[Math.floor(PASSES / 2)];
  console.log(JSON.stringify({ pages: pages.length, pagesPerSecond: pages.length / (median / 1000) }));
}

function run(name, corpus) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--worker', name, corpus], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`${name} on ${corpus} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

async function main() {
  const summary = {};
  for (const corpus of ['dev', 'benchmark']) {
    const ours = run('hoinghi', corpus);
    const theirs = run('readability', corpus);
    const ratio = ours.pagesPerSecond / theirs.pagesPerSecond;
    console.log(
      `${corpus.padEnd(9)} (${ours.pages} pages): full parse ${ours.pagesPerSecond.toFixed(1)} pages/s, ` +
        `readability.js+jsdom alone ${theirs.pagesPerSecond.toFixed(1)} pages/s, ratio ${ratio.toFixed(1)}x`,
    );
    summary[`${corpus}FullParsePagesPerSecond`] = ours.pagesPerSecond;
    summary[`${corpus}ReadabilityPagesPerSecond`] = theirs.pagesPerSecond;
    summary[`${corpus}FullParseSpeedRatio`] = ratio;
  }
  console.log(JSON.stringify(summary));
}

const args = process.argv.slice(2);
if (args[0] === '--worker') await worker(args[1], args[2]);
else await main();
