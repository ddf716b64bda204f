import type { SiteArticle, SiteModel } from '../site-model.js';
import { articleContext } from './article-context.js';
import { renderDistrictPortal } from './district-portal.js';
import { renderNationalPaper } from './national-paper.js';
import { renderPartyPortal } from './party-portal.js';

export function renderArticle(article: SiteArticle, model: SiteModel): string {
  const context = articleContext(article, model);
  switch (article.layout) {
    case 'party-portal':
      return renderPartyPortal(context);
    case 'national-paper':
      return renderNationalPaper(context);
    case 'district-portal':
      return renderDistrictPortal(context);
  }
}
