import { stringify } from 'yaml';
import type { CloudEvent } from '@hoinghi/contracts';
import type { MessagingService } from '@hoinghi/messaging';
import type { DemoSite } from '@hoinghi/demo-site';
import { escapeRegex } from '../src/source-inference/escape-regex.js';
import { parseSourceText, type SourceDefinition } from '../src/sources/index.js';

/** Canonical article URLs of the demo site: /<section>/<slug>-<id>.html. */
export const DEMO_ARTICLE_PATTERN = '^https?://[^/]+/[a-z-]+/[a-z0-9-]+-\\d+\\.html$';

/** The fields of a demo-site source file, before validation; tests override what they need. */
export function demoSourceFile(site: DemoSite, id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    name: `Demo site (${id})`,
    allowedHosts: [new URL(site.url).hostname],
    allowPrivateAddresses: true,
    discovery: { sitemaps: [site.manifest.sitemaps.index] },
    articleUrls: { include: [DEMO_ARTICLE_PATTERN] },
    cadence: '1d',
    rateLimit: { requestsPerSecond: 200, concurrency: 4 },
    ...overrides,
  };
}

/** Every section listing with its pagination: reaches every article of the site. */
export function demoListings(site: DemoSite) {
  return site.manifest.sections.map((section) => ({
    url: section.listingUrl,
    linkPattern: DEMO_ARTICLE_PATTERN,
    paginationPattern: `^${escapeRegex(section.listingUrl)}/trang-\\d+$`,
    maxPages: Math.max(1, section.listingPages),
  }));
}

/** Goes through the same parsing and validation as a file in the sources folder. */
export function demoSource(
  site: DemoSite,
  id: string,
  overrides: Record<string, unknown> = {},
): SourceDefinition {
  const result = parseSourceText(stringify(demoSourceFile(site, id, overrides)), `${id}.yaml`);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.source;
}

/** Every event stored in a stream, oldest first. */
export async function streamEvents<T>(messaging: MessagingService, stream: string): Promise<CloudEvent<T>[]> {
  const { state } = await messaging.jsm.streams.info(stream);
  const events: CloudEvent<T>[] = [];
  for (let seq = state.first_seq; state.messages > 0 && seq <= state.last_seq; seq++) {
    const message = await messaging.jsm.streams.getMessage(stream, { seq });
    if (message) events.push(message.json<CloudEvent<T>>());
  }
  return events;
}
