/** `url` made absolute against `base`, or null when that does not give an http(s) URL. */
export function resolveHttpUrl(url: string, base: string | URL): string | null {
  try {
    const resolved = new URL(url.trim(), base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}
