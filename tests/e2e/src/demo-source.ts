import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoSite } from '@hoinghi/demo-site';

/** A sources folder holding one source for the demo site, discovered the way a test asks; returns the folder. */
export function writeDemoSource(
  site: DemoSite,
  discovery: { feeds?: string[]; sitemaps?: string[] },
): string {
  const dir = mkdtempSync(join(tmpdir(), 'hoinghi-sources-'));
  const list = (urls: string[] = []) => JSON.stringify(urls);
  writeFileSync(
    join(dir, 'demo.yaml'),
    [
      'id: demo',
      'name: Demo news site',
      `allowedHosts: ["${new URL(site.url).hostname}"]`,
      'allowPrivateAddresses: true',
      `discovery: { feeds: ${list(discovery.feeds)}, sitemaps: ${list(discovery.sitemaps)} }`,
      "articleUrls: { include: ['\\.html$'] }",
      'cadence: 1h',
      'rateLimit: { requestsPerSecond: 50, concurrency: 8 }',
    ].join('\n'),
  );
  return dir;
}
