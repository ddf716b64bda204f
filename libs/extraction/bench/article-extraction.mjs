#!/usr/bin/env node
// Article-extraction benchmark: our extractor against Readability.js on jsdom, side by side.
//
//   cd libs/extraction && npx tsc -p tsconfig.build.json && npx node bench/article-extraction.mjs
//
// Each extractor runs in its own child process, one after the other (one core, sequential), so
// peak RSS is per extractor. Both decode the page bytes with our decodeHtml and extract the main
// text; the time per page covers decoding and extraction. After a short warm-up each extractor makes
// three timed passes over the 181 pages; pages per second come from the median pass. Predictions are scored with the
// benchmark's own score.mjs. The last line printed is one JSON object with the figures.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const benchDir = path.resolve(repoRoot, '../shared/benchmarks/article-extraction');
const dist = path.resolve(here, '../dist');
const WARMUP_PAGES = 10;
/** Timed passes over all pages; the median pass is reported, which damps noise from a shared machine. */
const PASSES = 3;

function loadPages() {
  const dir = path.join(benchDir, 'html');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => ({ id: f.replace(/\.html\.gz$/, ''), bytes: gunzipSync(readFileSync(path.join(dir, f))) }));
}

async function makeExtractor(name) {
  const { decodeHtml } = await import(pathToFileURL(path.join(dist, 'charset/index.js')).href);
  if (name === 'ours') {
    const { extractArticle } = await import(pathToFileURL(path.join(dist, 'article/index.js')).href);
    return (bytes) => extractArticle(decodeHtml(bytes).html).text;
  }
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  const virtualConsole = new VirtualConsole();
  return (bytes) => {
    // <style> blocks are cut first: jsdom spends a quarter of its time on CSS and throws on one page.
    const html = decodeHtml(bytes).html.replace(/<style[\s\S]*?<\/style>/gi, '');
    const dom = new JSDOM(html, { virtualConsole });
    try {
      return new Readability(dom.window.document).parse()?.textContent ?? '';
    } finally {
      dom.window.close();
    }
  };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** Child: extract every page, write predictions, print timing and peak memory as JSON. */
async function worker(name, outFile) {
  const pages = loadPages();
  const extract = await makeExtractor(name);
  for (const page of pages.slice(0, WARMUP_PAGES)) {
    extract(page.bytes);
    await turn();
  }
  const predictions = {};
  const passMs = [];
  let failures = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    let ms = 0;
    for (const page of pages) {
      const start = performance.now();
      let text = '';
      try {
        text = extract(page.bytes);
      } catch {
        if (pass === 0) failures++;
      }
      ms += performance.now() - start;
      if (pass === 0) predictions[page.id] = { articleBody: text };
      // Let jsdom's closed windows be collected between pages, as a service does between messages.
      await turn();
    }
    passMs.push(ms);
  }
  writeFileSync(outFile, JSON.stringify(predictions));
  const median = passMs.sort((a, b) => a - b)[Math.floor(PASSES / 2)];
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ pages: pages.length, seconds: median / 1000, failures, maxRssMb }));
}

function runWorker(name, outFile) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--worker', name, outFile], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`${name} worker failed:\n${child.stderr}`);
  const lines = child.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]);
}

function score(predFile) {
  const out = execFileSync(
    process.execPath,
    [path.join(benchDir, 'score.mjs'), '--json', '--n-bootstrap', '0', predFile],
    { encoding: 'utf8' },
  );
  return Object.values(JSON.parse(out))[0];
}

async function main() {
  const tmp = mkdtempSync(path.join(tmpdir(), 'article-bench-'));
  try {
    const results = {};
    for (const name of ['ours', 'readability']) {
      const predFile = path.join(tmp, `${name}.json`);
      const run = runWorker(name, predFile);
      const m = score(predFile);
      results[name] = {
        f1: m.f1,
        precision: m.precision,
        recall: m.recall,
        accuracy: m.accuracy,
        pagesPerSecond: run.pages / run.seconds,
        peakRssMb: run.maxRssMb,
        failures: run.failures,
      };
    }
    const ours = results.ours;
    const theirs = results.readability;
    const row = (label, r) =>
      `${label.padEnd(22)} F1 ${r.f1.toFixed(4)}  P ${r.precision.toFixed(4)}  R ${r.recall.toFixed(4)}  ` +
      `${r.pagesPerSecond.toFixed(1).padStart(7)} pages/s  peak RSS ${r.peakRssMb.toFixed(0).padStart(4)} MB` +
      (r.failures ? `  (${r.failures} pages threw)` : '');
    console.log(`article-extraction benchmark: ${benchDir} (181 pages, one core, sequential)`);
    console.log(row('ours', ours));
    console.log(row('readability.js+jsdom', theirs));
    const summary = {
      f1: ours.f1,
      precision: ours.precision,
      recall: ours.recall,
      readabilityF1: theirs.f1,
      readabilityPrecision: theirs.precision,
      readabilityRecall: theirs.recall,
      f1Ratio: ours.f1 / theirs.f1,
      pagesPerSecond: ours.pagesPerSecond,
      readabilityPagesPerSecond: theirs.pagesPerSecond,
      speedRatio: ours.pagesPerSecond / theirs.pagesPerSecond,
      peakRssMb: ours.peakRssMb,
      readabilityPeakRssMb: theirs.peakRssMb,
      memoryRatio: ours.peakRssMb / theirs.peakRssMb,
    };
    console.log(
      `ratios (ours/readability): F1 ${summary.f1Ratio.toFixed(3)}, speed ${summary.speedRatio.toFixed(1)}x, ` +
        `peak memory ${summary.memoryRatio.toFixed(2)}`,
    );
    console.log(JSON.stringify(summary));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
if (args[0] === '--worker') await worker(args[1], args[2]);
else await main();
