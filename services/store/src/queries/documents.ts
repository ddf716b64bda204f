import type { EntityManager } from 'typeorm';

export interface DocumentSummary {
  key: string;
  type: string;
  number: string | null;
  code: string | null;
  issuer: string | null;
  term: string | null;
  issuedOn: string | null;
  title: string | null;
}

export async function findDocument(db: EntityManager, key: string): Promise<DocumentSummary | null> {
  const [document] = (await db.query(
    `SELECT key, type, number, code, issuer, term, issued_on::text AS "issuedOn", title FROM documents WHERE key = $1`,
    [key],
  )) as DocumentSummary[];
  return document ?? null;
}
