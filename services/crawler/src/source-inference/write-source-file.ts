import type { Channel, SourceDraft } from './draft-source.js';
import type { ChannelYield } from './choose-channels.js';
import { describeShape } from './url-templates.js';

export interface WrittenSource {
  text: string;
  /** The 1-based line of a field ("discovery.listings[0].maxPages"), or of its nearest written parent. */
  lineOf(field: string): number;
}

/** Where a feed or sitemap was found, as its comment says it. */
const FOUND = {
  'home page': 'Linked from the home page',
  'feed index page': 'Linked from a feed index page',
  'common path': 'Found at a common path',
  'robots.txt': 'Named in robots.txt',
} as const;

/** A YAML string that stays exactly as written: single quotes, nothing escaped but the quote itself. */
const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * The source file for a draft, commented so a person can review it: where each channel was found and
 * what it finds, what each article pattern covers, and what could not be decided ("CHECK").
 */
export function writeSourceFile(draft: SourceDraft, writtenBy: string): WrittenSource {
  const lines: string[] = [];
  const fields = new Map<string, number>();
  const line = (text: string, field?: string) => {
    lines.push(text);
    if (field !== undefined) fields.set(field, lines.length);
  };
  const check = (field: string) => {
    for (const item of draft.undecided.filter((u) => u.field === field)) line(`# CHECK: ${item.message}`);
  };

  line(`# Written by ${writtenBy}.`);
  line(`# Review it, then: npm run sources -- test ${draft.id}`);
  line('# Lines marked CHECK are what could not be decided from the site.');
  line(`id: ${draft.id}`, 'id');
  line(`name: ${JSON.stringify(draft.name)}`, 'name');
  line('# Every URL the crawler requests, redirect targets included, must be on one of these hosts.');
  line('allowedHosts:', 'allowedHosts');
  draft.allowedHosts.forEach((host, i) => line(`  - ${quoted(host)}`, `allowedHosts[${i}]`));
  if (draft.allowPrivateAddresses) {
    line('# The site is on this machine or a private network: allowed on purpose.');
    line('allowPrivateAddresses: true', 'allowPrivateAddresses');
  }
  line('# Applied to every URL found (feeds, sitemaps, listings), in its canonical form.');
  line('articleUrls:', 'articleUrls');
  check('articleUrls.include');
  line('  include:', 'articleUrls.include');
  draft.patterns.forEach((pattern, i) => {
    const template = pattern.templates[0]!;
    const shapes = [...new Set(pattern.templates.map((t) => describeShape(t.members[0]!.shape)))];
    line(
      `    # ${shapes.slice(0, 3).join(', ')}${shapes.length > 3 ? `, … (${shapes.length} templates)` : ''}: ` +
        `${pattern.articles} article(s) seen, e.g. ${template.members[0]!.url}`,
    );
    line(
      `    - ${i === 0 && draft.patterns.length === 1 ? '&article ' : ''}${quoted(pattern.regex)}`,
      `articleUrls.include[${i}]`,
    );
  });
  const exclusions = draft.patterns.flatMap((p) => p.exclusions);
  if (exclusions.length > 0) {
    line('  # Pages with the shape of an article that are not one (read during exploration).');
    line('  exclude:', 'articleUrls.exclude');
    exclusions.forEach((regex, i) => line(`    - ${quoted(regex)}`, `articleUrls.exclude[${i}]`));
  }
  check('discovery');
  line('discovery:', 'discovery');
  const feeds = draft.chosen.filter((c) => c.channel.kind === 'feed');
  const sitemaps = draft.chosen.filter((c) => c.channel.kind === 'sitemap');
  const listings = draft.chosen.filter((c) => c.channel.kind === 'listing');
  if (feeds.length > 0) {
    line('  feeds:', 'discovery.feeds');
    feeds.forEach((chosen, i) => {
      const { feed } = chosen.channel as Extract<Channel, { kind: 'feed' }>;
      line(
        `    # Found on the ${feed.via}: ${feed.items.length} item(s), ${chosen.articles.size} of them articles.`,
      );
      check(`discovery.feeds[${i}]`);
      line(`    - ${quoted(feed.url)}`, `discovery.feeds[${i}]`);
    });
  }
  if (sitemaps.length > 0) {
    line('  sitemaps:', 'discovery.sitemaps');
    sitemaps.forEach((chosen, i) => {
      const { sitemap } = chosen.channel as Extract<Channel, { kind: 'sitemap' }>;
      const kind = sitemap.files.length > 1 ? `an index of ${sitemap.files.length - 1} file(s)` : 'one file';
      line(
        `    # ${FOUND[sitemap.via]}: ${kind}${sitemap.news ? ' (Google News)' : ''}, ` +
          `${sitemap.urls.length} URL(s), ${chosen.articles.size} of them articles.`,
      );
      check(`discovery.sitemaps[${i}]`);
      line(`    - ${quoted(sitemap.url)}`, `discovery.sitemaps[${i}]`);
    });
  }
  if (listings.length > 0) {
    line('  # Listing pages; their links matching linkPattern are articles.', 'discovery.listings');
    line('  listings:');
    listings.forEach((chosen, i) => writeListing(chosen, i));
  }

  const requests = draft.chosen.reduce((sum, c) => sum + c.requests, 0);
  line(`# A round reads about ${requests} page(s) of the site.`);
  line(`cadence: ${draft.cadence}`, 'cadence');
  line(
    `rateLimit: { requestsPerSecond: ${draft.rateLimit.requestsPerSecond}, concurrency: ${draft.rateLimit.concurrency} }`,
    'rateLimit',
  );
  check('robots');
  line('robots: true', 'robots');
  line('# If titles, bodies or dates come out wrong in `sources test`, name where they are:', 'selectors');
  line('# selectors:');
  line('#   title: h1');
  line('#   body: div.article-body');
  line('#   date: .post-date');

  const text = `${lines.join('\n')}\n`;
  return {
    text,
    lineOf: (field) => {
      for (let path = field; path !== ''; path = path.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '')) {
        const at = fields.get(path);
        if (at !== undefined) return at;
      }
      return 1;
    },
  };

  function writeListing(chosen: ChannelYield<Channel> & { adds: number }, i: number) {
    const { listing, definition } = chosen.channel as Extract<Channel, { kind: 'listing' }>;
    const path = `discovery.listings[${i}]`;
    const pager = listing.pagination
      ? `${listing.pages.length} page(s)${listing.ended ? '' : ' read (it goes on)'}, ${listing.pagination.evidence} pager`
      : 'one page';
    line(
      `    # ${pager}; ${chosen.articles.size} article(s), ${chosen.adds} found by no other channel here.`,
    );
    line(`    - url: ${quoted(definition.url)}`, path);
    line(
      `      linkPattern: ${i === 0 ? (draft.patterns.length === 1 ? '*article' : `&links ${quoted(draft.linkPattern)}`) : draft.patterns.length === 1 ? '*article' : '*links'}`,
      `${path}.linkPattern`,
    );
    if (definition.paginationPattern !== undefined) {
      line(`      paginationPattern: ${quoted(definition.paginationPattern)}`, `${path}.paginationPattern`);
    }
    check(`${path}.maxPages`);
    line(
      `      maxPages: ${definition.maxPages}${listing.ended && listing.pagination ? ` # ${listing.pages.length} when this file was written` : ''}`,
      `${path}.maxPages`,
    );
  }
}
