/**
 * Query parameters that only identify who shared or clicked a link, never which page it is.
 * Removing them lets the same article found through a newsletter, Facebook or Zalo collapse to
 * one URL. The list is deliberately conservative: a parameter that might select content (`ref`,
 * `source`, `src`, `id`, `page`) stays, because merging two different pages loses an article,
 * while keeping a tracking parameter only costs a duplicate fetch.
 */
export const TRACKING_PARAM_PREFIXES: readonly string[] = ['utm_'];

export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  // Google Ads / Analytics
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  '_ga',
  '_gl',
  'srsltid',
  // Facebook / Instagram
  'fbclid',
  'fb_action_ids',
  'fb_action_types',
  'fb_source',
  'fb_ref',
  'igshid',
  // Zalo: `zarsrc` and `gidzl` are appended to links opened from the Zalo app
  'zarsrc',
  'gidzl',
  // Other ad networks
  'msclkid',
  'yclid',
  'ttclid',
  'twclid',
  'li_fat_id',
  // Newsletters (Mailchimp, HubSpot, Marketo)
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
]);

/** Matches parameter names case-insensitively (`UTM_Source` is as much a tracker as `utm_source`). */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PARAM_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
