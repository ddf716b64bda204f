#!/usr/bin/env node
// How well `sources add` does on generated sites: for the six named sites of tools/demo-site and the
// generated sites of the seeds given, it runs `sources add`, loads the file it wrote, unedited,
// discovers with it as a crawl round would, and compares with the site's own list of articles.
//
//   npx nx build crawler && node services/crawler/bench/sources-add.coverage.mjs [--seeds 1-100]
//
// Prints one line per site (articles found / total, pages found that are no article), a summary, and
// last one JSON object with the figures.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { randomSiteSpec, SITE_PRESETS, startVariedSite } from '@hoinghi/demo-site';
import { runSourcesCommand } from '../dist/cli/sources-command.js';
import { dryRunSource } from '../dist/cli/dry-run-source.js';
import { parseSourceText } from '../dist/sources/index.js';

const MIN_COVERAGE = 0.9;
const { values } = parseArgs({ options: { seeds: { type: 'string', default: '1-30' } } });
const [from, to] = values.seeds.split('-').map(Number);
const sites = [
  ...Object.entries(SITE_PRESETS),
  ...Array.from({ length: (to ?? from) - from + 1 }, (_, i) => [
    `seed-${from + i}`,
    randomSiteSpec(from + i),
  ]),
];

const dir = mkdtempSync(path.join(tmpdir(), 'hoinghi-sources-add-'));
const results = [];
try {
  for (const [name, spec] of sites) results.push(await measure(name, spec));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const passed = results.filter((r) => r.coverage >= MIN_COVERAGE && r.notArticles === 0);
const found = results.reduce((sum, r) => sum + r.found, 0);
const total = results.reduce((sum, r) => sum + r.total, 0);
console.log(
  `${passed.length}/${results.length} sites at >= ${MIN_COVERAGE * 100}% of their articles with no other page; ` +
    `${found}/${total} articles found overall, ${results.reduce((sum, r) => sum + r.notArticles, 0)} non-article pages`,
);
console.log(
  JSON.stringify({
    sites: results.length,
    sitesPassing: passed.length,
    articleCoverage: Number((found / total).toFixed(4)),
    nonArticlePages: results.reduce((sum, r) => sum + r.notArticles, 0),
    worstCoverage: Math.min(...results.map((r) => r.coverage)),
  }),
);

async function measure(name, spec) {
  const site = await startVariedSite(spec);
  try {
    const id = name.replace(/[^a-z0-9]+/g, '-');
    const code = await runSourcesCommand(
      ['add', site.url, '--id', id, '--out', dir, '--sample', '1', '--rate', '200', '--force'],
      { out: () => {}, err: () => {}, env: {} },
    );
    const file = path.join(dir, `${id}.yaml`);
    let urls = [];
    try {
      const parsed = parseSourceText(readFileSync(file, 'utf8'), file);
      if (parsed.ok) urls = await discover(parsed.source);
    } catch {
      // No file written: nothing found.
    }
    const articles = new Set(site.manifest.articles);
    const result = {
      name,
      code,
      total: articles.size,
      found: urls.filter((url) => articles.has(url)).length,
      notArticles: urls.filter((url) => !articles.has(url)).length,
    };
    result.coverage = result.found / result.total;
    console.log(
      `${name}: ${result.found}/${result.total} articles (${Math.round(100 * result.coverage)}%), ` +
        `${result.notArticles} non-article page(s), exit ${code}`,
    );
    return result;
  } finally {
    await site.close();
  }
}

/** What a crawl round of the source discovers: the dry run's discovery, with no page fetched. */
async function discover(source) {
  const { discovery } = await dryRunSource(source, {
    limit: 0,
    maxBodyBytes: 5 * 1024 * 1024,
    timeoutMs: 30_000,
  });
  return discovery.articles.map((a) => a.url);
}
