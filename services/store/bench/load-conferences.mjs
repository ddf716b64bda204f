/**
 * Fills a migrated database with `count` conferences in SQL alone (generate_series), shaped like the
 * real ones: Vietnamese names built from the kinds of conference the seeds show, 1.3 reports each with an
 * article, four people per report from a pool of 20,000, a cited resolution for three in five.
 */

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Hữu', 'Đức', 'Thanh', 'Quang', 'Ngọc', 'Xuân', 'Thế', 'Tiến', 'Hồng'];
const GIVEN = [
  'Hưng',
  'Châu',
  'Tùng',
  'Hiến',
  'Trang',
  'Lâm',
  'Chính',
  'Mẫn',
  'Cường',
  'Tài',
  'Niên',
  'Lương',
  'Mai',
  'Nghĩa',
  'Giang',
  'Thưởng',
  'Anh',
  'Bình',
  'Dũng',
  'Hải',
  'Hà',
  'Hoa',
  'Khánh',
  'Long',
  'Nam',
  'Phong',
  'Quân',
  'Sơn',
  'Thảo',
  'Tuấn',
  'Việt',
  'Yến',
];
const PROVINCES = [
  'Hà Nội',
  'Hải Phòng',
  'Phú Thọ',
  'Nam Định',
  'Gia Lai',
  'Nghệ An',
  'Thanh Hóa',
  'Quảng Ninh',
  'Đà Nẵng',
  'Cần Thơ',
  'Thành phố Hồ Chí Minh',
  'Bắc Ninh',
  'Thái Bình',
  'Hưng Yên',
  'Lâm Đồng',
  'Đắk Lắk',
  'Khánh Hòa',
  'An Giang',
  'Cà Mau',
  'Điện Biên',
  'Lào Cai',
  'Tuyên Quang',
  'Quảng Trị',
  'Huế',
  'Bình Định',
  'Đồng Nai',
  'Tây Ninh',
  'Vĩnh Long',
];
const TOPICS = [
  'công tác tổ chức xây dựng Đảng',
  'công tác kiểm tra, giám sát',
  'công tác dân vận',
  'công tác tuyên giáo',
  'chuyển đổi số',
  'cải cách hành chính',
  'phòng, chống tham nhũng, lãng phí',
  'an sinh xã hội',
  'quốc phòng, an ninh',
  'phát triển kinh tế - xã hội',
  'xây dựng nông thôn mới',
  'công tác cán bộ',
];
const ORGANIZERS = [
  'Bộ Chính trị',
  'Ban Bí thư',
  'Ban Tổ chức Trung ương',
  'Ban Tuyên giáo Trung ương',
  'Ủy ban Kiểm tra Trung ương',
  'Ban Dân vận Trung ương',
  'Tỉnh ủy',
  'Ban Thường vụ Tỉnh ủy',
  'Ủy ban nhân dân tỉnh',
  'Đảng ủy Khối các cơ quan tỉnh',
];
const SENTENCES = [
  'Hội nghị được kết nối trực tuyến đến các điểm cầu trong cả nước.',
  'Phát biểu chỉ đạo hội nghị, đồng chí Bí thư Tỉnh ủy nhấn mạnh yêu cầu nâng cao chất lượng, hiệu quả công tác.',
  'Các đại biểu đã tập trung thảo luận, làm rõ kết quả đạt được, những hạn chế, vướng mắc và nguyên nhân.',
  'Hội nghị thống nhất các nhiệm vụ, giải pháp trọng tâm trong thời gian tới.',
  'Tham dự hội nghị có các đồng chí Ủy viên Ban Thường vụ, lãnh đạo các sở, ban, ngành, đoàn thể.',
  'Trong năm, toàn tỉnh đã hoàn thành và vượt nhiều chỉ tiêu quan trọng về phát triển kinh tế - xã hội.',
  'Công tác sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả được triển khai quyết liệt.',
  'Đồng chí đề nghị các cấp ủy, tổ chức đảng tiếp tục quán triệt sâu sắc các nghị quyết của Trung ương.',
  'Công tác chuẩn bị đại hội đảng bộ các cấp được triển khai bài bản, đúng tiến độ.',
  'Tại điểm cầu tỉnh, đồng chí Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.',
];

const array = (values) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]`;
/** Element i (1-based, wrapping) of a literal array. */
const pick = (values, i) => `(${array(values)})[1 + ((${i}) % ${values.length})]`;

const DOCUMENTS = 400;
const PEOPLE = 20_000;

const LOADED = [
  'conferences',
  'conference_reports',
  'articles',
  'participations',
  'document_citations',
  'fact_evidence',
  'merge_decisions',
];

export async function loadConferences(client, count) {
  await client.query('SET synchronous_commit = off');
  await client.query(`SET maintenance_work_mem = '256MB'`);
  // A bulk load of rows consistent by construction: foreign-key triggers off, and the indexes that back
  // no constraint built once afterwards (from their own definitions) rather than row by row.
  await client.query('SET session_replication_role = replica');
  const { rows: indexes } = await client.query(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY($1)
     AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
    [LOADED],
  );
  for (const { indexname } of indexes) await client.query(`DROP INDEX ${client.escapeIdentifier(indexname)}`);

  await client.query(`INSERT INTO sources (id) SELECT 'nguon-' || i FROM generate_series(1, 60) i`);
  await client.query(`
    INSERT INTO people (name)
    SELECT DISTINCT ${pick(FAMILY, 'i')} || ' ' || ${pick(MIDDLE, 'i / 16')} || ' ' || ${pick(GIVEN, 'i / 192')}
      || CASE WHEN i >= 6144 THEN ' ' || ${pick(GIVEN, 'i / 6144 + 7')} ELSE '' END
    FROM generate_series(0, ${PEOPLE - 1}) i`);
  await client.query(`
    INSERT INTO documents (key, type, number, code, issuer, term)
    SELECT 'NQ:' || i, 'NQ', i::text, i || '-NQ/TW', 'Ban Chấp hành Trung ương Đảng', 'XIII' FROM generate_series(1, ${DOCUMENTS / 2}) i
    UNION ALL SELECT 'KL:' || i, 'KL', i::text, i || '-KL/TW', 'Bộ Chính trị', 'XIII' FROM generate_series(1, ${DOCUMENTS / 4}) i
    UNION ALL SELECT 'CT:' || i, 'CT', i::text, i || '-CT/TW', 'Ban Bí thư', 'XIII' FROM generate_series(1, ${DOCUMENTS / 4}) i`);
  await client.query(
    `CREATE TEMP TABLE numbered_people AS SELECT row_number() OVER (ORDER BY name_key) - 1 AS n, id FROM people`,
  );
  await client.query('CREATE UNIQUE INDEX ON numbered_people (n)');

  // Conferences: kinds and names from five templates, ~27 a day over ten years, 3% without a known date;
  // 30% reported twice. Names and article texts first, so the conference rows get their search words.
  await client.query(`
    CREATE TEMP TABLE gen AS
    SELECT b.*, CASE b.template
        WHEN 0 THEN 'Hội nghị toàn quốc quán triệt, triển khai thực hiện Nghị quyết số ' || b.nq || '-NQ/TW'
        WHEN 1 THEN 'Hội nghị tổng kết ' || b.topic || ' năm ' || b.year || ', triển khai nhiệm vụ năm ' || (b.year + 1)
        WHEN 2 THEN 'Hội nghị Ban Chấp hành Đảng bộ tỉnh ' || b.province || ' lần thứ ' || (10 + b.i % 30)
        WHEN 3 THEN 'Hội nghị giao ban ' || b.topic || ' quý ' || (ARRAY['I', 'II', 'III', 'IV'])[1 + b.i % 4] || ' năm ' || b.year
        ELSE 'Hội nghị sơ kết ' || b.topic || ' 6 tháng đầu năm ' || b.year END AS name
    FROM (
      SELECT i, gen_random_uuid() AS id, gen_random_uuid() AS primary_report_id, i % 5 AS template,
        CASE WHEN i % 33 = 0 THEN NULL ELSE DATE '2015-01-01' + (i * 3803 / ${count}) END AS date,
        ${pick(PROVINCES, 'i * 11')} AS province, ${pick(PROVINCES, 'i * 13')} AS point, ${pick(TOPICS, 'i * 7')} AS topic,
        ARRAY[${pick(ORGANIZERS, 'i')}, ${pick(ORGANIZERS, 'i / 10 + 3')}] AS organizers, 1 + (i * 13) % ${DOCUMENTS / 2} AS nq,
        2015 + (i * 10 / ${count}) AS year, CASE WHEN i % 10 < 3 THEN 2 ELSE 1 END AS reports
      FROM generate_series(1, ${count}) i
    ) b`);
  await client.query(`
    CREATE TEMP TABLE gen_reports AS
    SELECT CASE WHEN r = 1 THEN g.primary_report_id ELSE gen_random_uuid() END AS id, g.id AS conference_id, g.i, r AS nth,
      g.date, g.nq, g.template, g.name,
      'https://nguon-' || (1 + (g.i + r) % 60) || '.example.vn/tin-tuc/' || g.i || '-' || r || '.html' AS url,
      'nguon-' || (1 + (g.i + r) % 60) AS source_id,
      'Sáng ' || coalesce(to_char(g.date, 'DD/MM'), 'nay') || ', ' || g.organizers[1] || ' tổ chức ' || g.name || '. '
        || ${pick(SENTENCES, 'g.i + r')} || ' ' || ${pick(SENTENCES, 'g.i / 10 + 3')} || ' ' || ${pick(SENTENCES, 'g.i / 100 + 7')}
        || ' Tham dự tại điểm cầu ' || g.point || '.' AS text
    FROM gen g, generate_series(1, g.reports) r`);
  await client.query('CREATE INDEX ON gen_reports (conference_id)');
  await client.query(`
    INSERT INTO conferences (id, name, name_key, names, kind, date, part_of_day, scope, format, venue, organizers,
      connection_points, attendees, places, facts, report_count, primary_report_id, search_vector)
    SELECT g.id, g.name, g.name, ARRAY[g.name],
      (ARRAY['dissemination', 'review', 'plenum', 'briefing', 'review'])[1 + g.template], g.date,
      (ARRAY['morning', 'afternoon', NULL])[1 + g.i % 3],
      CASE WHEN g.template = 0 THEN 'national' WHEN g.template = 3 AND g.i % 2 = 0 THEN 'district' ELSE 'province' END,
      (ARRAY['in_person', 'online', 'hybrid'])[1 + g.i % 3],
      'Hội trường Tỉnh ủy ' || g.province, g.organizers,
      CASE WHEN g.i % 4 = 0 THEN 10 + g.i % 500 END, CASE WHEN g.i % 3 = 0 THEN 100 + g.i % 5000 END,
      ARRAY['Hội trường Tỉnh ủy ' || g.province, 'điểm cầu ' || g.point], '{}', g.reports, g.primary_report_id,
      (SELECT strip(to_tsvector('simple', hoinghi_fold(g.name || ' ' || string_agg(r.name || ' ' || r.text, ' '))))
       FROM gen_reports r WHERE r.conference_id = g.id)
    FROM gen g`);
  // The API reads neither facts nor summaries: these are placeholders of the right shape.
  await client.query(`
    INSERT INTO conference_reports (id, conference_id, article_url, source_id, extracted_event_id, parser_version, facts,
      summary, merged, merge_reason, completeness, extracted_at)
    SELECT r.id, r.conference_id, r.url, r.source_id, 'conference-' || r.i || '-' || r.nth, '0.1.0', '{}',
      jsonb_build_object('id', r.id, 'articleUrl', r.url, 'completeness', 8, 'name', r.name,
        'values', jsonb_strip_nulls(jsonb_build_object('date', r.date)), 'organizers', '[]'::jsonb, 'places', '[]'::jsonb),
      r.nth > 1, CASE WHEN r.nth > 1 THEN 'same date' END, 8, now()
    FROM gen_reports r`);
  await client.query(`
    INSERT INTO articles (url, source_id, title, published_at, text, content_hash, parser_version, is_conference, event_id)
    SELECT r.url, r.source_id, r.name, r.date, r.text, 'sha256:' || md5(r.url) || md5(r.url), '0.1.0', true,
      'article-' || r.i || '-' || r.nth
    FROM gen_reports r`);

  await client.query(`
    INSERT INTO participations (report_id, conference_id, person_id, roles, titles, connection_point)
    SELECT r.id, r.conference_id, p.id, ARRAY[(ARRAY['chair', 'speaker', 'directing', 'attendee'])[1 + k]],
      ARRAY['Bí thư Tỉnh ủy'], CASE WHEN k = 3 THEN 'điểm cầu tỉnh' END
    FROM gen_reports r CROSS JOIN generate_series(0, 3) k
    JOIN numbered_people p ON p.n = (r.i * 7919 + k * 104729) % ${PEOPLE}`);
  await client.query(`
    INSERT INTO document_citations (report_id, conference_id, document_id, code)
    SELECT r.id, r.conference_id, d.id, d.code FROM gen_reports r JOIN documents d ON d.key = 'NQ:' || r.nq
    WHERE r.template IN (0, 1, 2)`);
  await client.query(`
    INSERT INTO fact_evidence (report_id, conference_id, field, ordinal, value, span_start, span_end, span_text)
    SELECT r.id, r.conference_id, 'date', 0, to_jsonb(r.date::text), 0, 10, 'Sáng ' || to_char(r.date, 'DD/MM')
    FROM gen_reports r WHERE r.date IS NOT NULL`);
  await client.query(`
    INSERT INTO merge_decisions (report_id, conference_id, decision, reason, extracted_event_id, parser_version)
    SELECT r.id, r.conference_id, CASE WHEN r.nth > 1 THEN 'merged' ELSE 'new' END,
      CASE WHEN r.nth > 1 THEN 'same date; name overlap 1.00' ELSE 'no conference stored on the day' END,
      'conference-' || r.i || '-' || r.nth, '0.1.0'
    FROM gen_reports r`);
  await client.query('SET session_replication_role = DEFAULT');
  for (const { indexdef } of indexes) await client.query(indexdef);
  // As autovacuum would have by then: statistics, and a visibility map for index-only scans.
  await client.query('VACUUM ANALYZE');
}
