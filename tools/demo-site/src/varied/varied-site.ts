import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadDefaultContent } from '../content.js';
import { renderError } from '../pages.js';
import { okResource, plainResource, send, type Resource } from '../resource.js';
import { encodeWindows1258Html } from '../windows-1258.js';
import { renderFeed, renderRobots, renderSitemaps } from './site-feeds.js';
import { buildVariedModel, HUB_PATH, nonArticlePaths, type VariedModel } from './site-model.js';
import {
  renderArticle,
  renderArticleList,
  renderDocument,
  renderDocumentList,
  renderFeedIndex,
  renderHome,
  renderHub,
  renderListing,
  renderStatic,
  renderVideo,
  renderVideoList,
} from './site-pages.js';
import { pageKey } from './site-urls.js';
import type { SiteSpec } from './site-spec.js';

export interface VariedSiteManifest {
  baseUrl: string;
  spec: SiteSpec;
  /** Absolute URLs of the article pages, query parameters sorted by name (the crawler's canonical form). */
  articles: string[];
  /** Absolute URLs of every other HTML page: home, listing pages, tags, authors, static, documents, videos, search. */
  nonArticles: string[];
}

export interface VariedSite {
  url: string;
  manifest: VariedSiteManifest;
  /** Requests received so far, by path and query. */
  requests(): Map<string, number>;
  close(): Promise<void>;
}

/** Serves a site generated from `spec` on 127.0.0.1 and a free port. */
export async function startVariedSite(spec: SiteSpec): Promise<VariedSite> {
  const server = createServer({ keepAliveTimeout: 5000 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const model = buildVariedModel(spec, loadDefaultContent());
  const pages = renderSite(model, baseUrl);
  const counts = new Map<string, number>();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', baseUrl);
    const key = pageKey(url.pathname + url.search);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    send(req, res, pages.get(key) ?? plainResource(404, renderError(404, 'Không tìm thấy trang.')));
  });
  return {
    url: baseUrl,
    manifest: {
      baseUrl,
      spec,
      articles: model.articles.map((a) => baseUrl + pageKey(a.path)),
      nonArticles: nonArticlePaths(model).map((path) => baseUrl + path),
    },
    requests: () => new Map(counts),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Every resource of the site by the key the server looks up. */
function renderSite(model: VariedModel, baseUrl: string): Map<string, Resource> {
  const pages = new Map<string, Resource>();
  const html = (path: string, text: string) => {
    const windows1258 = model.spec.charset === 'windows-1258';
    pages.set(
      pageKey(path),
      okResource(
        windows1258 ? encodeWindows1258Html(text) : text,
        `text/html; charset=${model.spec.charset}`,
      ),
    );
  };
  const xml = (path: string, text: string, type = 'application/xml') =>
    pages.set(pageKey(path), okResource(text, `${type}; charset=utf-8`));

  if (model.spec.home !== 'paginated') html('/', renderHome(model));
  if (model.spec.home === 'hub') html(HUB_PATH, renderHub(model));
  for (const article of model.articles) html(article.path, renderArticle(model, article));
  for (const section of model.latest ? [...model.sections, model.latest] : model.sections) {
    section.pages.forEach((path, i) => html(path, renderListing(model, section, i + 1)));
  }
  for (const tag of model.tags.values()) html(tag.path, renderArticleList(model, tag.name, tag.articles));
  for (const author of model.authors.values()) {
    html(author.path, renderArticleList(model, `Tác giả ${author.name}`, author.articles));
  }
  for (const page of model.statics) html(page.path, renderStatic(model, page));
  for (const doc of model.documents) html(doc.path, renderDocument(model, doc));
  if (model.documents.length > 0) html('/van-ban', renderDocumentList(model));
  for (const video of model.videos) html(video.path, renderVideo(model, video));
  if (model.videos.length > 0) html('/video', renderVideoList(model));
  if (model.searchPath) {
    const hits = model.articles.filter((a) => /hội nghị/i.test(a.title));
    html(model.searchPath, renderArticleList(model, 'Kết quả tìm kiếm: hội nghị', hits));
  }
  if (model.feedIndexPath) html(model.feedIndexPath, renderFeedIndex(model));
  if (model.feedPath) {
    const type = model.spec.feed!.format === 'rss' ? 'application/rss+xml' : 'application/atom+xml';
    xml(model.feedPath, renderFeed(model, baseUrl), type);
  }
  for (const [path, text] of renderSitemaps(model, baseUrl)) xml(path, text);
  pages.set('/robots.txt', okResource(renderRobots(model, baseUrl), 'text/plain; charset=utf-8'));
  return pages;
}
