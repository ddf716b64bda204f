import type { EntityManager } from 'typeorm';
import type { ArticleParsedV1, CloudEvent } from '@hoinghi/contracts';
import { ArticleEntity } from '../database/entities/index.js';
import { SEARCH_VECTOR } from './search-vector.js';
import { compareVersions } from './parser-version.js';

export type ArticleOutcome = 'inserted' | 'updated' | 'unchanged' | 'older';

/** Upserts the article of a parse; a redelivered event changes nothing and an older parse never wins. */
export async function storeArticle(
  db: EntityManager,
  event: CloudEvent<ArticleParsedV1>,
): Promise<ArticleOutcome> {
  const article = event.data;
  const existing = await db.findOne(ArticleEntity, {
    where: { url: article.url },
    lock: { mode: 'pessimistic_write' },
  });
  if (existing?.eventId === event.id) return 'unchanged';
  if (existing && compareVersions(article.parserVersion, existing.parserVersion) < 0) return 'older';
  const row = {
    url: article.url,
    sourceId: article.sourceId,
    title: article.title,
    publishedAt: article.publishedAt ? new Date(article.publishedAt) : null,
    byline: article.byline,
    language: article.language,
    text: article.text,
    contentHash: article.contentHash,
    parserVersion: article.parserVersion,
    isConference: article.isConference,
    eventId: event.id,
  };
  await db.query('INSERT INTO sources (id) VALUES ($1) ON CONFLICT DO NOTHING', [article.sourceId]);
  if (existing) await db.update(ArticleEntity, { id: existing.id }, row);
  else await db.insert(ArticleEntity, row);
  // The conference of a report that came before its article learns the article's words now.
  await db.query(
    `UPDATE conferences c SET search_vector = c.search_vector || ${SEARCH_VECTOR(`coalesce($2, '') || ' ' || $3`)}
     FROM conference_reports r WHERE r.article_url = $1 AND c.id = r.conference_id`,
    [article.url, article.title, article.text],
  );
  return existing ? 'updated' : 'inserted';
}
