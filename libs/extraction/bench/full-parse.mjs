#!/usr/bin/env node
// Full-parse benchmark: HTML → article → conference facts (the parser's whole job) against Readability.js on
// jsdom doing article extraction alone, on the eval dev cases and on the article-extraction benchmark pages.
//
//   cd libs/extraction && npx tsc -p tsconfig.build.json && npx node bench/full-parse.mjs
//
// Each side runs in its own child process, one pass at a time by turns; seven timed passes, medians reported.
// The last line printed is one JSON object with the figures.
import { fork } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(here, '../../../../shared');
const dist = path.resolve(here, '../dist');
const PASSES = 7;

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
            captions: article.captions,
            byline: article.byline,
            language: article.language,
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

/** One side, in a child process of its own: warms up, then times one pass over the pages per request. */
async function worker(name, corpus) {
  const pages = corpus === 'dev' ? devPages() : benchmarkPages();
  const parse = await makeParser(name);
  for (const page of pages.slice(0, 10)) parse(page);
  process.on('message', async () => {
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
    process.send({ pages: pages.length, ms });
  });
  process.send({ ready: true });
}

function startWorker(name, corpus) {
  const child = fork(fileURLToPath(import.meta.url), ['--worker', name, corpus], { stdio: 'inherit' });
  const replies = [];
  const waiting = [];
  child.on('message', (m) => (waiting.length ? waiting.shift()(m) : replies.push(m)));
  child.on('exit', (code) => {
    if (code) for (const reject of waiting.splice(0)) reject(new Error(`${name} on ${corpus} exited ${code}`));
  });
  const next = () =>
    new Promise((resolve, reject) => {
      if (replies.length) resolve(replies.shift());
      else waiting.push((m) => resolve(m));
      child.once('exit', (code) => code && reject(new Error(`${name} on ${corpus} exited ${code}`)));
    });
  return {
    ready: next,
    pass: () => (child.send('pass'), next()),
    stop: () => child.kill(),
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Both sides' passes alternate (ours, theirs, ours, …), so a load that comes and goes on the machine
 * weighs on both alike; the ratio is the median of the ratios of passes run one after the other.
 */
async function compare(corpus) {
  const ours = startWorker('hoinghi', corpus);
  const theirs = startWorker('readability', corpus);
  try {
    await Promise.all([ours.ready(), theirs.ready()]);
    const oursMs = [];
    const theirsMs = [];
    let pages = 0;
    for (let pass = 0; pass < PASSES; pass++) {
      const a = await ours.pass();
      const b = await theirs.pass();
      pages = a.pages;
      oursMs.push(a.ms);
      theirsMs.push(b.ms);
    }
    return {
      pages,
      ours: pages / (median(oursMs) / 1000),
      theirs: pages / (median(theirsMs) / 1000),
      ratio: median(oursMs.map((ms, i) => theirsMs[i] / ms)),
    };
  } finally {
    ours.stop();
    theirs.stop();
  }
}

async function main() {
  const summary = {};
  for (const corpus of ['dev', 'benchmark']) {
    const { pages, ours, theirs, ratio } = await compare(corpus);
    console.log(
      `${corpus.padEnd(9)} (${pages} pages): full parse ${ours.toFixed(1)} pages/s, ` +
        `readability.js+jsdom alone ${theirs.toFixed(1)} pages/s, ratio ${ratio.toFixed(1)}x`,
    );
    summary[`${corpus}FullParsePagesPerSecond`] = ours;
    summary[`${corpus}ReadabilityPagesPerSecond`] = theirs;
    summary[`${corpus}FullParseSpeedRatio`] = ratio;
  }
  console.log(JSON.stringify(summary));
}

const args = process.argv.slice(2);
if (args[0] === '--worker') await worker(args[1], args[2]);
else await main();
