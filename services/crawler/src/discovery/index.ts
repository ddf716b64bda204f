export {
  discoverArticles,
  type DiscoverOptions,
  type DiscoveredArticle,
  type DiscoveryChannel,
  type DiscoveryError,
  type DiscoveryResult,
  type FetchText,
} from './discover-articles.js';
export { acceptArticleUrl, filterArticleUrls, type ArticleUrlRules } from './filter-article-urls.js';
export { parseFeed, type FeedItem } from './parse-feed.js';
export { parseListing, type ParsedListing } from './parse-listing.js';
export { parseSitemap, type ParsedSitemap, type SitemapEntry } from './parse-sitemap.js';
export { parseFeedDate } from './parse-date.js';
export { DiscoveryParseError } from './parse-error.js';
export { readPageLinks, type PageLink, type PageLinks } from './page-links.js';
