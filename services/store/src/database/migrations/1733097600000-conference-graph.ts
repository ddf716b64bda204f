import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sources, people, documents and everything a report says, in their own tables; merge decisions;
 * diacritic-insensitive search (unaccent; trigram indexes on names, a word index on names and article texts). Existing reports are backfilled from the
 * facts they kept, so a database at the initial schema upgrades without losing anything, and `down`
 * leaves it as the initial schema had it.
 */
/** As ingest computes `conferences.search_vector` (see conference-writes.ts): the words, diacritics folded. */
const SEARCH_VECTOR = (text: string) => `strip(to_tsvector('simple', hoinghi_fold(${text})))`;

export class ConferenceGraph1733097600000 implements MigrationInterface {
  name = 'ConferenceGraph1733097600000';

  async up(db: QueryRunner): Promise<void> {
    // conferences.primary_report_id and conference_reports.conference_id point at each other: the former
    // is checked at commit, so a conference and its first report may be written in either order.
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public`);
    // Immutable so that indexes and generated columns may use it (unaccent itself is only stable, as its
    // dictionary could change; ours does not). Padded with spaces so a pattern can anchor on word starts.
    await db.query(`
      CREATE FUNCTION hoinghi_fold(value text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT ' ' || btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, value)), '[^[:alnum:]]+', ' ', 'g')) || ' ' $$`);
    await db.query(`
      CREATE FUNCTION hoinghi_fold_all(value text[]) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT hoinghi_fold(array_to_string(value, ' | ')) $$`);

    await db.query(
      `CREATE TABLE sources (id text PRIMARY KEY, first_seen_at timestamptz NOT NULL DEFAULT now())`,
    );
    await db.query(
      `INSERT INTO sources (id) SELECT source_id FROM articles UNION SELECT source_id FROM conference_reports`,
    );
    await db.query(
      `ALTER TABLE articles ADD CONSTRAINT articles_source_fk FOREIGN KEY (source_id) REFERENCES sources (id)`,
    );
    await db.query(`CREATE INDEX articles_source_id_idx ON articles (source_id)`);

    await db.query(`
      ALTER TABLE conference_reports
        ADD COLUMN title text,
        ADD COLUMN published_at timestamptz,
        ADD COLUMN content_hash text,
        ADD COLUMN article_event_id text,
        ADD COLUMN extracted_at timestamptz,
        ADD COLUMN completeness integer NOT NULL DEFAULT 0,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT conference_reports_source_fk FOREIGN KEY (source_id) REFERENCES sources (id)`);

    await db.query(`
      ALTER TABLE conferences
        ADD COLUMN names text[] NOT NULL DEFAULT '{}',
        ADD COLUMN places text[] NOT NULL DEFAULT '{}',
        ADD COLUMN disagreements jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN report_count integer NOT NULL DEFAULT 1,
        ADD COLUMN primary_report_id uuid REFERENCES conference_reports (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
        ADD COLUMN search_key text GENERATED ALWAYS AS (hoinghi_fold_all(names)) STORED,
        ADD COLUMN organizers_key text GENERATED ALWAYS AS (hoinghi_fold_all(organizers)) STORED,
        ADD COLUMN places_key text GENERATED ALWAYS AS (hoinghi_fold_all(places)) STORED,
        ADD COLUMN sort_date date GENERATED ALWAYS AS (coalesce(date, '-infinity'::date)) STORED,
        ADD COLUMN search_vector tsvector NOT NULL DEFAULT ''`);
    await db.query(`CREATE INDEX conferences_sort_idx ON conferences (sort_date DESC, id DESC)`);
    await db.query(`CREATE INDEX conferences_scope_idx ON conferences (scope, sort_date DESC)`);
    await db.query(`CREATE INDEX conferences_kind_idx ON conferences (kind, sort_date DESC)`);
    // Covers /stats: counting per day, scope and kind reads the index alone.
    await db.query(`CREATE INDEX conferences_stats_idx ON conferences (date, scope, kind)`);
    await db.query(`CREATE INDEX conferences_search_trgm ON conferences USING gin (search_key gin_trgm_ops)`);
    // The words of every name and article text of a conference, diacritics folded ('simple': no stemming,
    // no stop words): one word index answers `q`, where trigrams of whole articles would be large and slow.
    await db.query(`CREATE INDEX conferences_search_vector_idx ON conferences USING gin (search_vector)`);
    await db.query(
      `CREATE INDEX conferences_organizers_trgm ON conferences USING gin (organizers_key gin_trgm_ops)`,
    );
    await db.query(`CREATE INDEX conferences_places_trgm ON conferences USING gin (places_key gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE people (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        name_key text GENERATED ALWAYS AS (hoinghi_fold(name)) STORED,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX people_identity_key ON people (lower(name))`);
    await db.query(`CREATE INDEX people_name_key_idx ON people (name_key, id)`);
    await db.query(`CREATE INDEX people_name_key_trgm ON people USING gin (name_key gin_trgm_ops)`);

    const reportChild = `
        report_id uuid NOT NULL REFERENCES conference_reports (id) ON DELETE CASCADE,
        conference_id uuid NOT NULL REFERENCES conferences (id) ON DELETE CASCADE`;
    const spanColumns = `span_start integer, span_end integer, span_text text`;
    await db.query(`
      CREATE TABLE participations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),${reportChild},
        person_id uuid NOT NULL REFERENCES people (id),
        roles text[] NOT NULL DEFAULT '{}',
        titles text[] NOT NULL DEFAULT '{}',
        connection_point text,
        ${spanColumns},
        UNIQUE (report_id, person_id)
      )`);
    await db.query(`CREATE INDEX participations_person_idx ON participations (person_id, conference_id)`);
    await db.query(`CREATE INDEX participations_conference_idx ON participations (conference_id)`);

    await db.query(`
      CREATE TABLE documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL UNIQUE,
        type text NOT NULL,
        number text,
        code text,
        issuer text,
        term text,
        issued_on date,
        title text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE document_citations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),${reportChild},
        document_id uuid NOT NULL REFERENCES documents (id),
        code text,
        ${spanColumns},
        UNIQUE (report_id, document_id)
      )`);
    await db.query(
      `CREATE INDEX document_citations_document_idx ON document_citations (document_id, conference_id)`,
    );
    await db.query(`CREATE INDEX document_citations_conference_idx ON document_citations (conference_id)`);

    await db.query(`
      CREATE TABLE connection_point_counts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),${reportChild},
        ordinal integer NOT NULL,
        level text NOT NULL,
        count integer NOT NULL,
        ${spanColumns},
        UNIQUE (report_id, ordinal)
      )`);
    await db.query(
      `CREATE INDEX connection_point_counts_conference_idx ON connection_point_counts (conference_id)`,
    );

    await db.query(`
      CREATE TABLE presentations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),${reportChild},
        ordinal integer NOT NULL,
        speaker text NOT NULL,
        topic text NOT NULL,
        ${spanColumns},
        UNIQUE (report_id, ordinal)
      )`);
    await db.query(`CREATE INDEX presentations_conference_idx ON presentations (conference_id)`);

    await db.query(`
      CREATE TABLE fact_evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),${reportChild},
        field text NOT NULL,
        ordinal integer NOT NULL,
        value jsonb NOT NULL,
        ${spanColumns},
        UNIQUE (report_id, field, ordinal)
      )`);
    await db.query(`CREATE INDEX fact_evidence_conference_idx ON fact_evidence (conference_id)`);

    await db.query(`
      CREATE TABLE merge_decisions (
        id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES conference_reports (id) ON DELETE CASCADE,
        conference_id uuid NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
        decision text NOT NULL CHECK (decision IN ('new', 'merged', 'reparsed', 'moved')),
        reason text NOT NULL,
        candidates jsonb NOT NULL DEFAULT '[]',
        extracted_event_id text NOT NULL,
        parser_version text NOT NULL,
        decided_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX merge_decisions_conference_idx ON merge_decisions (conference_id, id)`);
    await db.query(`CREATE INDEX merge_decisions_report_idx ON merge_decisions (report_id)`);

    await backfill(db);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'merge_decisions',
      'fact_evidence',
      'presentations',
      'connection_point_counts',
      'document_citations',
      'documents',
      'participations',
      'people',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP INDEX conferences_stats_idx`);
    await db.query(`
      ALTER TABLE conferences
        DROP COLUMN search_vector, DROP COLUMN sort_date, DROP COLUMN places_key, DROP COLUMN organizers_key, DROP COLUMN search_key,
        DROP COLUMN primary_report_id, DROP COLUMN report_count, DROP COLUMN disagreements,
        DROP COLUMN places, DROP COLUMN names`);
    await db.query(`
      ALTER TABLE conference_reports
        DROP CONSTRAINT conference_reports_source_fk,
        DROP COLUMN updated_at, DROP COLUMN completeness, DROP COLUMN extracted_at, DROP COLUMN article_event_id,
        DROP COLUMN content_hash, DROP COLUMN published_at, DROP COLUMN title`);
    await db.query(`DROP INDEX articles_source_id_idx`);
    await db.query(`ALTER TABLE articles DROP CONSTRAINT articles_source_fk`);
    await db.query(`DROP TABLE sources`);
    await db.query(`DROP FUNCTION hoinghi_fold_all(text[])`);
    await db.query(`DROP FUNCTION hoinghi_fold(text)`);
    await db.query(`DROP EXTENSION pg_trgm`);
    await db.query(`DROP EXTENSION unaccent`);
  }
}

/**
 * Fills the new tables from the facts each report kept (jsonb), as ingest would have written them.
 * Per-field disagreements follow `canonicalConference`; merge decisions come from the merged flag and
 * reason the initial schema recorded.
 */
async function backfill(db: QueryRunner): Promise<void> {
  // Dates that name no real day ("2024-02-30") become null, as ingest makes them.
  await db.query(`
    CREATE FUNCTION pg_temp.calendar_date(value text) RETURNS date LANGUAGE plpgsql AS $$
    BEGIN RETURN value::date; EXCEPTION WHEN others THEN RETURN NULL; END $$`);
  // As `cleanName` in ingest: NFC, whitespace collapsed.
  const cleanName = (expression: string) =>
    `normalize(btrim(regexp_replace(${expression}, '\\s+', ' ', 'g')), NFC)`;
  const spans = (alias: string) =>
    `(${alias}->'span'->>'start')::int, (${alias}->'span'->>'end')::int, ${alias}->'span'->>'text'`;
  await db.query(`
    UPDATE conference_reports r SET
      title = a.title, published_at = a.published_at, content_hash = a.content_hash, article_event_id = a.event_id
    FROM articles a WHERE a.url = r.article_url`);
  await db.query(`
    UPDATE conference_reports SET
      extracted_at = created_at,
      completeness =
        (SELECT count(*) FROM unnest(ARRAY['date', 'partOfDay', 'scope', 'format', 'venue', 'connectionPoints',
           'attendees', 'localConnectionPoint']) AS f(field) WHERE jsonb_typeof(facts -> f.field) = 'object')
        + jsonb_array_length(facts -> 'organizers') + jsonb_array_length(facts -> 'documents')
        + jsonb_array_length(facts -> 'people') + jsonb_array_length(facts -> 'presentations')
        + jsonb_array_length(facts -> 'connectionPointsByLevel')`);

  await db.query(`
    INSERT INTO people (name)
    SELECT DISTINCT ON (lower(x.name)) x.name
    FROM conference_reports r, jsonb_array_elements(r.facts -> 'people') p, LATERAL (SELECT ${cleanName("p ->> 'name'")}) AS x(name)
    WHERE x.name <> ''
    ORDER BY lower(x.name), r.created_at`);
  await db.query(`
    INSERT INTO participations (report_id, conference_id, person_id, roles, titles, connection_point, span_start, span_end, span_text)
    SELECT DISTINCT ON (r.id, pe.id) r.id, r.conference_id, pe.id,
      ARRAY(SELECT jsonb_array_elements_text(p -> 'roles')), ARRAY(SELECT jsonb_array_elements_text(p -> 'titles')),
      p ->> 'connectionPoint', ${spans('p')}
    FROM conference_reports r, jsonb_array_elements(r.facts -> 'people') p
    JOIN people pe ON lower(pe.name) = lower(${cleanName("p ->> 'name'")})`);

  await db.query(`
    INSERT INTO documents (key, type, number, code, issuer, term, issued_on, title)
    SELECT d ->> 'key', min(d ->> 'type'),
      ${['number', 'code', 'issuer', 'term'].map((f) => `(array_agg(d ->> '${f}' ORDER BY r.created_at) FILTER (WHERE d ->> '${f}' IS NOT NULL))[1]`).join(', ')},
      (array_agg(pg_temp.calendar_date(d ->> 'date') ORDER BY r.created_at) FILTER (WHERE pg_temp.calendar_date(d ->> 'date') IS NOT NULL))[1],
      (array_agg(d ->> 'title' ORDER BY r.created_at) FILTER (WHERE d ->> 'title' IS NOT NULL))[1]
    FROM conference_reports r, jsonb_array_elements(r.facts -> 'documents') d
    GROUP BY d ->> 'key'`);
  await db.query(`
    INSERT INTO document_citations (report_id, conference_id, document_id, code, span_start, span_end, span_text)
    SELECT DISTINCT ON (r.id, doc.id) r.id, r.conference_id, doc.id, d ->> 'code', ${spans('d')}
    FROM conference_reports r, jsonb_array_elements(r.facts -> 'documents') d
    JOIN documents doc ON doc.key = d ->> 'key'`);

  await db.query(`
    INSERT INTO connection_point_counts (report_id, conference_id, ordinal, level, count, span_start, span_end, span_text)
    SELECT r.id, r.conference_id, c.ordinality - 1, c.value ->> 'level', (c.value ->> 'count')::int, ${spans('c.value')}
    FROM conference_reports r, jsonb_array_elements(r.facts -> 'connectionPointsByLevel') WITH ORDINALITY c`);
  await db.query(`
    INSERT INTO presentations (report_id, conference_id, ordinal, speaker, topic, span_start, span_end, span_text)
    SELECT r.id, r.conference_id, p.ordinality - 1, p.value ->> 'speaker', p.value ->> 'topic', ${spans('p.value')}
    FROM conference_reports r, jsonb_array_elements(r.facts -> 'presentations') WITH ORDINALITY p`);

  await db.query(`
    INSERT INTO fact_evidence (report_id, conference_id, field, ordinal, value, span_start, span_end, span_text)
    SELECT r.id, r.conference_id, f.field, 0, r.facts -> f.field -> 'value', ${spans('(r.facts -> f.field)')}
    FROM conference_reports r,
      unnest(ARRAY['name', 'kind', 'date', 'partOfDay', 'scope', 'format', 'venue', 'connectionPoints', 'attendees']) AS f(field)
    WHERE jsonb_typeof(r.facts -> f.field) = 'object'
    UNION ALL
    SELECT r.id, r.conference_id, 'organizers', o.ordinality - 1, o.value -> 'value', ${spans('o.value')}
    FROM conference_reports r, jsonb_array_elements(r.facts -> 'organizers') WITH ORDINALITY o
    UNION ALL
    SELECT r.id, r.conference_id, 'localConnectionPoint', 0, (r.facts -> 'localConnectionPoint') - 'span',
      ${spans("(r.facts -> 'localConnectionPoint')")}
    FROM conference_reports r WHERE jsonb_typeof(r.facts -> 'localConnectionPoint') = 'object'`);

  await db.query(`
    INSERT INTO merge_decisions (report_id, conference_id, decision, reason, extracted_event_id, parser_version, decided_at)
    SELECT id, conference_id, CASE WHEN merged THEN 'merged' ELSE 'new' END,
      coalesce(merge_reason, 'first report of this conference (recorded before merge decisions were kept)'),
      extracted_event_id, parser_version, created_at
    FROM conference_reports`);

  await db.query(`
    UPDATE conferences c SET
      report_count = agg.report_count,
      primary_report_id = agg.primary_report_id,
      names = ARRAY(
        SELECT n FROM (
          SELECT DISTINCT ON (hoinghi_fold(n)) n, o FROM unnest(ARRAY[c.name] || agg.names) WITH ORDINALITY AS u(n, o)
          ORDER BY hoinghi_fold(n), o
        ) AS first_spellings ORDER BY o),
      places = agg.places
    FROM (
      SELECT r.conference_id, count(*)::int AS report_count,
        (array_agg(r.id ORDER BY r.completeness DESC, r.created_at))[1] AS primary_report_id,
        array_agg(r.facts -> 'name' ->> 'value' ORDER BY r.created_at) AS names,
        ARRAY(
          SELECT place FROM (
            SELECT DISTINCT ON (hoinghi_fold(place)) place FROM conference_reports r2,
              LATERAL (SELECT r2.facts -> 'venue' ->> 'value' UNION ALL SELECT r2.facts -> 'localConnectionPoint' ->> 'name'
                       UNION ALL SELECT p ->> 'connectionPoint' FROM jsonb_array_elements(r2.facts -> 'people') p) AS x(place)
            WHERE r2.conference_id = r.conference_id AND place IS NOT NULL AND hoinghi_fold(place) <> '  '
            ORDER BY hoinghi_fold(place), r2.completeness DESC, r2.created_at
          ) AS first_spellings ORDER BY hoinghi_fold(place)) AS places
      FROM conference_reports r GROUP BY r.conference_id
    ) agg
    WHERE agg.conference_id = c.id`);
  await db.query(`
    UPDATE conferences c SET search_vector = (
      SELECT ${SEARCH_VECTOR("array_to_string(c.names, ' ') || ' ' || coalesce(string_agg(coalesce(a.title, '') || ' ' || a.text, ' '), '')")}
      FROM conference_reports r LEFT JOIN articles a ON a.url = r.article_url WHERE r.conference_id = c.id)`);

  await db.query(`
    WITH vals AS (
      SELECT r.conference_id, f.field, r.facts -> f.field -> 'value' AS value,
        CASE WHEN jsonb_typeof(r.facts -> f.field -> 'value') = 'string'
             THEN hoinghi_fold(r.facts -> f.field ->> 'value') ELSE r.facts -> f.field ->> 'value' END AS same,
        r.id, r.article_url, r.created_at
      FROM conference_reports r,
        unnest(ARRAY['kind', 'date', 'partOfDay', 'scope', 'format', 'venue', 'connectionPoints', 'attendees']) AS f(field)
      WHERE jsonb_typeof(r.facts -> f.field) = 'object'
    ), grouped AS (
      SELECT conference_id, field, (array_agg(value ORDER BY created_at))[1] AS value, min(created_at) AS first,
        jsonb_agg(jsonb_build_object('reportId', id, 'articleUrl', article_url) ORDER BY created_at) AS reports
      FROM vals GROUP BY conference_id, field, same
    ), fields AS (
      SELECT conference_id, field, jsonb_agg(jsonb_build_object('value', value, 'reports', reports) ORDER BY first) AS values
      FROM grouped GROUP BY conference_id, field HAVING count(*) > 1
    )
    UPDATE conferences c SET disagreements = d.fields
    FROM (SELECT conference_id, jsonb_object_agg(field, values) AS fields FROM fields GROUP BY conference_id) d
    WHERE d.conference_id = c.id`);
  await db.query(`DROP FUNCTION pg_temp.calendar_date(text)`);
}
