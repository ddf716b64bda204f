import type { MigrationInterface, QueryRunner } from 'typeorm';
import { summarizeReport, type ReportFacts } from '../../merging/canonical-conference.js';

/** Reports summarised per round trip: enough to be quick, few enough that their facts stay small in memory. */
const BATCH = 500;

/**
 * Each report's summary (`summarizeReport`), so that recomputing a conference reads the summaries of
 * its reports and the full facts of its primary report only. Existing reports are summarised by the same
 * function ingest uses, in batches of their ids.
 */
export class ReportSummaries1733702400000 implements MigrationInterface {
  name = 'ReportSummaries1733702400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE conference_reports ADD COLUMN summary jsonb`);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const reports = (await db.query(
        `SELECT id, article_url AS "articleUrl", facts FROM conference_reports WHERE id > $1 ORDER BY id LIMIT $2`,
        [after, BATCH],
      )) as ReportFacts[];
      if (reports.length === 0) break;
      await db.query(
        `UPDATE conference_reports r SET summary = x.summary
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, summary jsonb) WHERE r.id = x.id`,
        [JSON.stringify(reports.map((report) => ({ id: report.id, summary: summarizeReport(report) })))],
      );
      after = reports[reports.length - 1].id;
    }
    await db.query(`ALTER TABLE conference_reports ALTER COLUMN summary SET NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE conference_reports DROP COLUMN summary`);
  }
}
