/** One feed, sitemap or listing and what a crawl round gets from it. */
export interface ChannelYield<T> {
  channel: T;
  kind: 'feed' | 'sitemap' | 'listing';
  /** Article URLs a round finds through it. */
  articles: Set<string>;
  /** Requests a round spends on it. */
  requests: number;
}

export interface ChannelChoice<T> {
  /** With the articles no other chosen channel finds. */
  chosen: Array<ChannelYield<T> & { adds: number }>;
  /** Channels left out, with what they would have added (0: everything they list is covered). */
  left: Array<ChannelYield<T> & { adds: number }>;
  /** Every article URL some channel finds. */
  reachable: Set<string>;
  covered: Set<string>;
}

/** Feeds are freshest and cheapest, then sitemaps, then listings: the order among equals. */
const KIND_ORDER = { feed: 0, sitemap: 1, listing: 2 } as const;

/**
 * The channels a source should read: greedily, the one that adds the most articles not yet covered
 * per request a round spends on it, until no channel adds any. Redundant channels stay out, so a
 * round asks the site for no more than it needs.
 */
export function chooseChannels<T>(yields: ReadonlyArray<ChannelYield<T>>): ChannelChoice<T> {
  const reachable = new Set(yields.flatMap((y) => [...y.articles]));
  const covered = new Set<string>();
  const open = [...yields];
  const chosen: ChannelChoice<T>['chosen'] = [];
  for (;;) {
    let best: { index: number; adds: number; value: number } | null = null;
    open.forEach((candidate, index) => {
      const adds = [...candidate.articles].filter((url) => !covered.has(url)).length;
      if (adds === 0) return;
      const value = adds / Math.max(1, candidate.requests);
      const better =
        best === null ||
        value > best.value ||
        (value === best.value && KIND_ORDER[candidate.kind] < KIND_ORDER[open[best.index]!.kind]);
      if (better) best = { index, adds, value };
    });
    if (best === null) break;
    const { index, adds } = best;
    const [taken] = open.splice(index, 1);
    for (const url of taken!.articles) covered.add(url);
    chosen.push({ ...taken!, adds });
  }
  // A channel taken early can be covered by later ones together (the home page's newest stories
  // by the sections): drop it when the others find everything it does.
  for (let i = chosen.length - 1; i >= 0; i--) {
    const others = new Set(chosen.filter((_, j) => j !== i).flatMap((c) => [...c.articles]));
    if ([...chosen[i]!.articles].every((url) => others.has(url))) open.push(...chosen.splice(i, 1));
  }
  for (const taken of chosen) {
    const others = new Set(chosen.filter((c) => c !== taken).flatMap((c) => [...c.articles]));
    taken.adds = [...taken.articles].filter((url) => !others.has(url)).length;
  }
  const left = open.map((candidate) => ({
    ...candidate,
    adds: [...candidate.articles].filter((url) => !covered.has(url)).length,
  }));
  return { chosen, left, reachable, covered };
}
