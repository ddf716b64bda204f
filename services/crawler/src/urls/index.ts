export { canonicalizeUrl, normalizePercentEncoding } from './canonicalize-url.js';
export { isAllowedHost, normalizeHost } from './allowed-host.js';
export { isTrackingParam, TRACKING_PARAMS, TRACKING_PARAM_PREFIXES } from './tracking-params.js';
export { resolveHttpUrl } from './resolve-url.js';
