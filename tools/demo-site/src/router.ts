import { placeholderSvg, stylesheet } from './assets.js';
import {
  renderArticleSitemap,
  renderNewsSitemap,
  renderPagesSitemap,
  renderRobots,
  renderRss,
  renderSitemapIndex,
} from './feeds.js';
import { renderArticle } from './layouts/render-article.js';
import {
  renderAbout,
  renderFeedIndex,
  renderHome,
  renderListing,
  renderNotFound,
  renderSearch,
  renderTag,
} from './pages.js';
import { okResource, plainResource, type PageCache, type Resource } from './resource.js';
import { listingPath, type SiteModel } from './site-model.js';
import { encodeWindows1258Html } from './windows-1258.js';

const HTML = 'text/html; charset=utf-8';
const XML = 'application/xml; charset=utf-8';
const RSS = 'application/rss+xml; charset=utf-8';

/** Maps a GET/HEAD request URL to its response. Pages are built on first request and cached. */
export function route(model: SiteModel, url: URL, cache: PageCache): Resource {
  const path = url.pathname;
  const newest = model.articles[0]?.publishedMs;
  const cached = (contentType: string, build: () => string | null, lastModifiedMs = newest): Resource =>
    cache.get(path, () => {
      const body = build();
      return body === null ? notFound(model) : okResource(body, contentType, lastModifiedMs);
    });

  const article = model.articleByPath.get(path);
  if (article) {
    // Any query string (tracking parameters included) serves the same page with the same canonical.
    return cache.get(path, () =>
      article.charset === 'windows-1258'
        ? okResource(
            encodeWindows1258Html(renderArticle(article, model)),
            'text/html; charset=windows-1258',
            article.publishedMs,
          )
        : okResource(renderArticle(article, model), HTML, article.publishedMs),
    );
  }
  const redirect = model.redirects.get(path);
  if (redirect) {
    const location = redirect.target.url;
    return plainResource(
      redirect.status,
      `<p>Bài viết đã chuyển tới <a href="${location}">${location}</a></p>`,
      {
        Location: location,
      },
    );
  }

  switch (path) {
    case '/':
      return cached(HTML, () => renderHome(model));
    case '/robots.txt':
      return cached('text/plain; charset=utf-8', () => renderRobots(model));
    case '/rss.xml':
      return cached(RSS, () => renderRss(model, null));
    case '/rss':
      return cached(HTML, () => renderFeedIndex(model));
    case '/sitemap.xml':
      return cached(XML, () => renderSitemapIndex(model));
    case '/sitemaps/news.xml':
      return cached(XML, () => renderNewsSitemap(model));
    case '/sitemaps/pages.xml':
      return cached(XML, () => renderPagesSitemap(model));
    case '/gioi-thieu':
      return cached(HTML, () => renderAbout(model));
    case '/tim-kiem': {
      const query = url.searchParams.get('q') ?? '';
      return cache.get(`${path}?q=${query}`, () => okResource(renderSearch(model, query), HTML, newest));
    }
  }

  let m: RegExpExecArray | null;
  if ((m = /^\/rss\/([a-z0-9-]+)\.rss$/.exec(path))) {
    const section = m[1];
    return cached(RSS, () => (model.sectionById.has(section) ? renderRss(model, section) : null));
  }
  if ((m = /^\/sitemaps\/articles-(\d+)\.xml$/.exec(path))) {
    const n = Number(m[1]);
    return cached(XML, () => renderArticleSitemap(model, n));
  }
  if ((m = /^\/chuyen-muc\/([a-z0-9-]+)(?:\/trang-(\d+))?$/.exec(path))) {
    const section = model.sectionById.get(m[1]);
    const page = m[2] === undefined ? 1 : Number(m[2]);
    if (section && m[2] !== undefined && page === 1) {
      return plainResource(301, '', { Location: `${model.baseUrl}${listingPath(section.id, 1)}` });
    }
    const newestInSection = section?.articles[0]?.publishedMs;
    return cached(
      HTML,
      () =>
        section && page >= 1 && page <= section.listingPages ? renderListing(model, section, page) : null,
      newestInSection,
    );
  }
  if ((m = /^\/tag\/([a-z0-9-]+)$/.exec(path))) {
    const slug = m[1];
    return cached(HTML, () => renderTag(model, slug));
  }
  if ((m = /^\/static\/([a-z-]+)\.css$/.exec(path))) {
    const name = m[1];
    return cached('text/css; charset=utf-8', () => stylesheet(name));
  }
  if ((m = /^\/media\/([a-z0-9-]+)\.svg$/.exec(path))) {
    const name = m[1];
    return cached('image/svg+xml', () => placeholderSvg(name));
  }
  return notFound(model);
}

function notFound(model: SiteModel): Resource {
  return plainResource(404, renderNotFound(model));
}
