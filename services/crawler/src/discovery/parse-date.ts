const VIETNAM_OFFSET = '+07:00';

/**
 * An ISO-8601 instant from the date formats found in feeds and sitemaps: RFC 822 (`pubDate`),
 * W3C/ISO (`lastmod`, Atom), and the `dd/mm/yyyy HH:mm` some Vietnamese CMSs put in RSS. Times
 * without a zone are read as Vietnam time (UTC+7), which is what these sites mean, rather than
 * as the crawler host's local time. Undefined when unreadable.
 */
export function parseFeedDate(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  const vietnamese = trimmed.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/);
  if (vietnamese) {
    const [, day, month, year, hour = '0', minute = '0', second = '0'] = vietnamese;
    return toIso(
      `${year}-${pad(month!)}-${pad(day!)}T${pad(hour)}:${pad(minute)}:${pad(second)}${VIETNAM_OFFSET}`,
    );
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(trimmed))
    return toIso(trimmed + VIETNAM_OFFSET);
  return toIso(trimmed);
}

function toIso(text: string): string | undefined {
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function pad(digits: string): string {
  return digits.padStart(2, '0');
}
