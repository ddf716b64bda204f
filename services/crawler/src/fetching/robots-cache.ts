import robotsParserModule from 'robots-parser';

// The package's types describe `exports.default`, but it sets `module.exports` to the function itself.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

/** The robots.txt answer as the cache needs it; throw for a network failure. */
export interface RobotsResponse {
  status: number;
  body: string;
}

export type RobotsFetch = (robotsUrl: string) => Promise<RobotsResponse>;

export interface RobotsVerdict {
  allowed: boolean;
  /** True when disallowed only because robots.txt could not be fetched (5xx, 429, network): try later. */
  temporary: boolean;
  /** What the robots.txt fetch threw, when it threw (a network failure, a refused address). */
  cause?: unknown;
  crawlDelayMs?: number;
}

export interface RobotsCache {
  evaluate(url: string, userAgent: string): Promise<RobotsVerdict>;
  isAllowed(url: string, userAgent: string): Promise<boolean>;
  /** `hostOrUrl`: any URL on the site, or a bare host (taken as https). */
  crawlDelayMs(hostOrUrl: string, userAgent: string): Promise<number | undefined>;
  /** The `Sitemap:` lines of the robots.txt of `url`'s origin (none when it has no readable robots.txt). */
  sitemaps(url: string): Promise<string[]>;
}

export interface RobotsCacheOptions {
  fetch: RobotsFetch;
  /** How long fetched rules are used (default 24 h, the RFC 9309 ceiling). */
  ttlMs?: number;
  /** How long an unreachable robots.txt blocks the site before it is fetched again (default 10 min). */
  unreachableTtlMs?: number;
  now?: () => number;
}

type Rules =
  | { kind: 'parsed'; robot: ReturnType<typeof robotsParser> }
  | { kind: 'allow-all' }
  | { kind: 'unreachable'; cause?: unknown };

interface Entry {
  rules: Rules;
  expiresAt: number;
  /** The last rules that were actually fetched, used while a refresh finds the server down. */
  lastParsed?: Rules;
}

/**
 * robots.txt per origin (scheme, host and port, as RFC 9309 scopes it), cached.
 * - 2xx: the rules apply;
 * - 4xx other than 429: there are no rules, everything is allowed;
 * - 5xx, 429 or a network failure: the site is treated as fully disallowed for
 *   `unreachableTtlMs`, unless rules fetched earlier exist, which are then kept (RFC 9309 §2.4).
 * Redirects are the fetch function's job. Concurrent lookups for one origin share one fetch.
 */
export function createRobotsCache(options: RobotsCacheOptions): RobotsCache {
  const ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
  const unreachableTtlMs = options.unreachableTtlMs ?? 10 * 60 * 1000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<Entry>>();

  const load = async (origin: string): Promise<Entry> => {
    const previous = entries.get(origin);
    const rules = await fetchRules(origin);
    const fetchedAt = now();
    const entry: Entry =
      rules.kind === 'unreachable' && previous?.lastParsed
        ? {
            rules: previous.lastParsed,
            expiresAt: fetchedAt + unreachableTtlMs,
            lastParsed: previous.lastParsed,
          }
        : {
            rules,
            expiresAt: fetchedAt + (rules.kind === 'unreachable' ? unreachableTtlMs : ttlMs),
            ...(rules.kind === 'parsed' ? { lastParsed: rules } : {}),
          };
    entries.set(origin, entry);
    return entry;
  };

  const fetchRules = async (origin: string): Promise<Rules> => {
    const robotsUrl = `${origin}/robots.txt`;
    let response: RobotsResponse;
    try {
      response = await options.fetch(robotsUrl);
    } catch (cause) {
      return { kind: 'unreachable', cause };
    }
    if (response.status >= 200 && response.status < 300) {
      return { kind: 'parsed', robot: robotsParser(robotsUrl, response.body) };
    }
    if (response.status >= 400 && response.status < 500 && response.status !== 429)
      return { kind: 'allow-all' };
    return { kind: 'unreachable' };
  };

  const rulesFor = async (origin: string): Promise<Rules> => {
    const cached = entries.get(origin);
    if (cached !== undefined && cached.expiresAt > now()) return cached.rules;
    let pending = inFlight.get(origin);
    if (pending === undefined) {
      pending = load(origin).finally(() => inFlight.delete(origin));
      inFlight.set(origin, pending);
    }
    return (await pending).rules;
  };

  const evaluate = async (url: string, userAgent: string): Promise<RobotsVerdict> => {
    const rules = await rulesFor(new URL(url).origin);
    switch (rules.kind) {
      case 'allow-all':
        return { allowed: true, temporary: false };
      case 'unreachable':
        return {
          allowed: false,
          temporary: true,
          ...(rules.cause === undefined ? {} : { cause: rules.cause }),
        };
      case 'parsed': {
        const delaySeconds = rules.robot.getCrawlDelay(userAgent);
        return {
          // undefined means "not this robots.txt's origin", which cannot happen here.
          allowed: rules.robot.isAllowed(url, userAgent) !== false,
          temporary: false,
          ...(delaySeconds === undefined ? {} : { crawlDelayMs: delaySeconds * 1000 }),
        };
      }
    }
  };

  return {
    evaluate,
    isAllowed: async (url, userAgent) => (await evaluate(url, userAgent)).allowed,
    crawlDelayMs: async (hostOrUrl, userAgent) => {
      const url = /^https?:\/\//i.test(hostOrUrl) ? hostOrUrl : `https://${hostOrUrl}/`;
      return (await evaluate(url, userAgent)).crawlDelayMs;
    },
    sitemaps: async (url) => {
      const rules = await rulesFor(new URL(url).origin);
      return rules.kind === 'parsed' ? rules.robot.getSitemaps() : [];
    },
  };
}
