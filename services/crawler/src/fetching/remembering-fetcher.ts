import type { FetchResult } from './fetch-result.js';
import type { Fetcher } from './fetcher.js';

export interface RememberingFetcher extends Fetcher {
  /** Requests that reached the network (the first fetch of each URL). */
  requests(): number;
  /** Whether `url` has been fetched (or is being fetched) already. */
  has(url: string): boolean;
}

/**
 * A fetcher that asks the site for each URL once and answers later fetches of it from memory, for a
 * command that reads the same pages several times within minutes (`sources add` explores a site,
 * then dry-runs the source it wrote). Every fetch goes through `inner`, with its checks and pace.
 */
export function rememberingFetcher(inner: Fetcher): RememberingFetcher {
  const answers = new Map<string, Promise<FetchResult>>();
  return {
    fetchPage(url, options) {
      let answer = answers.get(url);
      if (answer === undefined) {
        answer = inner.fetchPage(url, options);
        answers.set(url, answer);
      }
      return answer;
    },
    requests: () => answers.size,
    has: (url) => answers.has(url),
    close: () => inner.close(),
  };
}
