export { startDemoSite } from './server.js';
export { loadDefaultContent, parseDemoContent } from './content.js';
export type {
  ContentArticle,
  ContentSection,
  ContentTag,
  DatingMethod,
  DemoContent,
  DemoSite,
  DemoSiteOptions,
  DiscoveryMethod,
  ExpectedConference,
  LayoutId,
  ManifestArticle,
  PublishedFrom,
  RequestStats,
  SiteManifest,
} from './types.js';
