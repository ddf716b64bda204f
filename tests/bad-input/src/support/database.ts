import pg from 'pg';

/** Every table of the store's schema, however many migrations have added. */
const STORE_TABLES_SQL = `SELECT table_name AS name FROM information_schema.tables
  WHERE table_schema = 'public' AND table_name NOT IN ('migrations', 'typeorm_metadata') ORDER BY 1`;

/** Rows per table of the store's schema: what "nothing was written" is checked against. */
export async function rowCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const counts: Record<string, number> = {};
    const tables = (await client.query<{ name: string }>(STORE_TABLES_SQL)).rows.map((t) => t.name);
    for (const table of tables) {
      counts[table] = Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    }
    return counts;
  });
}

/** Rows that name an article URL, in every table that records it. */
export async function rowsForArticle(url: string, articleUrl: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT (SELECT count(*) FROM articles WHERE url = $1) + (SELECT count(*) FROM conference_reports WHERE article_url = $1) AS n`,
      [articleUrl],
    );
    return Number(rows[0].n);
  });
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
