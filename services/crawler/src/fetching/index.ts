export {
  AddressRefusedError,
  createGuardedLookup,
  isBlockedAddress,
  resolveWithDns,
  type ResolveHost,
} from './address-guard.js';
export {
  backoffDelayMs,
  DEFAULT_RETRY_POLICY,
  parseRetryAfterMs,
  retryDelayMs,
  type RetryPolicy,
} from './backoff.js';
export {
  KEPT_HEADERS,
  type FetchedPage,
  type FetchFailure,
  type FetchFailureKind,
  type FetchResult,
  type KeptHeaders,
  type RedirectHop,
} from './fetch-result.js';
export {
  createFetcher,
  MAX_REDIRECTS,
  type Fetcher,
  type FetcherOptions,
  type FetchPageOptions,
} from './fetcher.js';
export {
  createTokenBucketRateLimiter,
  type HostLimits,
  type HostRateLimiter,
  type ReleaseHost,
  type TokenBucketOptions,
} from './rate-limiter.js';
export { readBody, type BodyReadResult } from './read-body.js';
export { createFetchText, decodeText, FetchFailedError, gunzipIfCompressed } from './response-text.js';
export {
  createRobotsCache,
  type RobotsCache,
  type RobotsCacheOptions,
  type RobotsFetch,
  type RobotsResponse,
  type RobotsVerdict,
} from './robots-cache.js';
export { robotsFetchVia } from './robots-fetch.js';
export { rememberingFetcher, type RememberingFetcher } from './remembering-fetcher.js';
