import { createHash } from 'node:crypto';
import { Kvm, type KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';

/** What the crawler remembers of a URL between runs and across replicas. */
export interface PageRecord {
  url: string;
  etag?: string;
  lastModified?: string;
  contentHash?: string;
  status: number;
  fetchedAt: string;
}

export const CRAWL_STATE_BUCKET = 'hoinghi-crawl-state';
export const CRAWL_CLAIMS_BUCKET = 'hoinghi-crawl-claims';
/** A claim outlives any crawl round; a round's claims then expire on their own. */
const CLAIM_TTL_MS = 24 * 60 * 60 * 1000;

/** Whether this replica fetches a URL in a round; `since` when it had claimed it before a restart. */
export type Claim = { claimed: false } | { claimed: true; since?: Date };

const urlKey = (url: string) => createHash('sha256').update(url).digest('hex');

/** JetStream's answer when a write expected another last revision of the key: somebody else wrote first. */
export function isRevisionConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 10071 || code === 10164;
}

/**
 * Crawl state in JetStream key-value buckets: validators and content hashes per URL (so a restart does
 * not refetch), and claims per crawl round (so replicas split the work instead of fetching a URL twice).
 */
export class CrawlState {
  private constructor(
    private readonly pages: KV,
    private readonly claims: KV,
  ) {}

  static async open(nc: NatsConnection, replicas: number): Promise<CrawlState> {
    const kvm = new Kvm(nc);
    const [pages, claims] = await Promise.all([
      kvm.create(CRAWL_STATE_BUCKET, {
        history: 1,
        replicas,
        description: 'Validators and hashes of fetched URLs',
      }),
      kvm.create(CRAWL_CLAIMS_BUCKET, {
        history: 1,
        replicas,
        ttl: CLAIM_TTL_MS,
        description: 'Which replica fetches a URL in a crawl round',
      }),
    ]);
    return new CrawlState(pages, claims);
  }

  async get(url: string): Promise<PageRecord | null> {
    const entry = await this.pages.get(`page.${urlKey(url)}`);
    return entry && entry.operation === 'PUT' ? entry.json<PageRecord>() : null;
  }

  async put(record: PageRecord): Promise<void> {
    await this.pages.put(`page.${urlKey(record.url)}`, JSON.stringify(record));
  }

  /**
   * Claimed for exactly one owner per source, round and URL, whichever replica asks first. A claim the same
   * owner made before it restarted is its own again (`since`: when it was made), so the URLs a killed
   * replica had claimed but not finished are not skipped until the next round. Any other failure (NATS
   * unreachable) is thrown: counting it as "claimed elsewhere" would skip the URL silently.
   */
  async claim(sourceId: string, round: number, url: string, owner: string): Promise<Claim> {
    const key = `${sourceId}.${round}.${urlKey(url)}`;
    try {
      await this.claims.create(key, owner);
      return { claimed: true };
    } catch (error) {
      if (!isRevisionConflict(error)) throw error;
    }
    const held = await this.claims.get(key);
    return held?.operation === 'PUT' && held.string() === owner
      ? { claimed: true, since: held.created }
      : { claimed: false };
  }
}
