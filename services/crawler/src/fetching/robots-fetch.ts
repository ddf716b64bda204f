import type { Fetcher, FetchPageOptions } from './fetcher.js';
import type { RobotsFetch } from './robots-cache.js';
import { FetchFailedError } from './response-text.js';

/** RFC 9309 asks crawlers to read at least 500 KiB of robots.txt. */
const ROBOTS_MAX_BYTES = 512 * 1024;

/**
 * A robots.txt fetch for createRobotsCache that goes through the fetcher, so robots.txt gets the
 * same host, address and redirect checks as any page (pass the source's options, without `robots`).
 * HTTP error statuses are returned for the cache to interpret; other failures are thrown as
 * FetchFailedError, which the cache treats as "unreachable" and passes on as the verdict's cause.
 */
export function robotsFetchVia(
  fetcher: Pick<Fetcher, 'fetchPage'>,
  page: Omit<FetchPageOptions, 'robots' | 'etag' | 'lastModified'>,
): RobotsFetch {
  return async (robotsUrl) => {
    const result = await fetcher.fetchPage(robotsUrl, {
      ...page,
      accept: 'text/plain,*/*;q=0.5',
      maxBodyBytes: ROBOTS_MAX_BYTES,
    });
    if (result.ok) return { status: result.status, body: new TextDecoder().decode(result.body) };
    if (result.kind === 'http_status' && result.status !== undefined)
      return { status: result.status, body: '' };
    throw new FetchFailedError(result);
  };
}
