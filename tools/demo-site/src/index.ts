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
export { startVariedSite, type VariedSite, type VariedSiteManifest } from './varied/varied-site.js';
export { randomSiteSpec, SITE_PRESETS } from './varied/random-spec.js';
export type * from './varied/site-spec.js';
