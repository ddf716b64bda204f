/** A feed, sitemap or listing page that cannot be read; discoverArticles turns it into an error entry. */
export class DiscoveryParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DiscoveryParseError';
  }
}
