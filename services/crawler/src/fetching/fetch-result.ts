/** Response headers worth keeping: caching, content description and back-off hints. */
export const KEPT_HEADERS = [
  'content-type',
  'etag',
  'last-modified',
  'content-length',
  'content-language',
  'cache-control',
  'retry-after',
] as const;

export type KeptHeaders = Partial<Record<(typeof KEPT_HEADERS)[number], string>>;

export interface RedirectHop {
  url: string;
  status: number;
  /** Absolute URL the hop pointed to. */
  location: string;
}

export interface FetchedPage {
  ok: true;
  requestedUrl: string;
  finalUrl: string;
  status: number;
  headers: KeptHeaders;
  /** Raw bytes after undoing Content-Encoding; charset decoding is the caller's. Empty for 304. */
  body: Uint8Array;
  redirects: RedirectHop[];
  /** ISO-8601. */
  fetchedAt: string;
  /** 304 to a conditional request: the copy the caller has is current. */
  notModified: boolean;
}

export type FetchFailureKind =
  | 'network'
  | 'timeout'
  | 'too_large'
  | 'http_status'
  | 'address_refused'
  | 'host_not_allowed'
  | 'robots_disallowed'
  | 'too_many_redirects';

export interface FetchFailure {
  ok: false;
  kind: FetchFailureKind;
  message: string;
  /** Worth trying again later (after `retryAfterMs` when set). */
  retryable: boolean;
  retryAfterMs?: number;
  /** For `http_status`. */
  status?: number;
  /** The URL that failed: the requested one or a redirect target. */
  url: string;
  redirects: RedirectHop[];
}

export type FetchResult = FetchedPage | FetchFailure;
