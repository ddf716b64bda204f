#!/usr/bin/env node
// Builds content/articles.json, the demo site's only content, from the eval gold set and the seed
// articles. Run by hand when those inputs change; the output is checked in so the site also works
// where /work/shared is absent (a Docker image, a user's machine):
//
//   npx node tools/demo-site/scripts/build-content.mjs [--eval DIR] [--seeds DIR] [--out FILE]
//   npx prettier --write tools/demo-site/content/articles.json
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const here = import.meta.dirname;
const { values: args } = parseArgs({
  options: {
    eval: { type: 'string', default: '/work/shared/eval/dev' },
    seeds: { type: 'string', default: '/work/shared/seeds' },
    out: { type: 'string', default: path.join(here, '..', 'content', 'articles.json') },
  },
});

const SECTIONS = [
  { id: 'thoi-su', name: 'Thời sự', disallowed: false },
  { id: 'xay-dung-dang', name: 'Xây dựng Đảng', disallowed: false },
  { id: 'chinh-quyen', name: 'Chính quyền', disallowed: false },
  { id: 'quoc-phong-an-ninh', name: 'Quốc phòng - An ninh', disallowed: false },
  { id: 'co-so', name: 'Cơ sở', disallowed: false },
  // robots.txt disallows this section: its articles are listed but must never be fetched.
  { id: 'noi-bo', name: 'Thông tin nội bộ', disallowed: true },
];
const DISALLOWED_EVERY = 16;

const TAGS = [
  ['Hội nghị', ['hội nghị']],
  ['Nghị quyết', ['nghị quyết']],
  ['Bộ Chính trị', ['bộ chính trị']],
  ['Trực tuyến', ['trực tuyến']],
  ['Đại hội Đảng', ['đại hội đảng', 'đại hội đại biểu đảng bộ']],
  ['COVID-19', ['covid']],
  ['Công an', ['công an']],
  ['Quân đội', ['quân ủy', 'quân uỷ', 'quân sự']],
  ['Mặt trận Tổ quốc', ['mặt trận tổ quốc', 'mttq']],
  ['Tuyên giáo', ['tuyên giáo']],
  ['Dân vận', ['dân vận']],
  ['Y tế', ['y tế']],
  ['Kinh tế - xã hội', ['kinh tế - xã hội', 'kinh tế – xã hội']],
];
const MAX_TAGS = 4;

const TONE_HOURS = { morning: 11, afternoon: 17, evening: 21 };

function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function asciiSlug(text, maxLength = 80) {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (folded.length <= maxLength) return folded;
  const cut = folded.slice(0, maxLength);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : maxLength).replace(/-+$/, '');
}

const DATE_NUMERIC = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/;
const DATE_WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i;

function findDate(line) {
  const m = DATE_NUMERIC.exec(line) ?? DATE_WORDS.exec(line);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n) {
  return String(n).padStart(2, '0');
}

// A dateline such as "Thứ Năm, 15/10/2020, 16:21 (GMT+7)" or "Hải Phòng, ngày 26 tháng 02 năm 2020":
// a date plus at most a few words (weekday, place, desk name).
function isDateLine(line) {
  if (line.length > 70 || !findDate(line)) return false;
  const rest = line
    .replace(DATE_NUMERIC, ' ')
    .replace(DATE_WORDS, ' ')
    .replace(/\d{1,2}:\d{2}/g, ' ')
    .replace(/thứ\s+(\p{L}+|\d)|chủ nhật|gmt\s*\+\s*7|cập nhật|ngày phát hành|ngày/giu, ' ')
    .replace(/[^\p{L}\s]/gu, ' ')
    .trim();
  return rest === '' || rest.split(/\s+/).length <= 3;
}

// Capture noise at the top of a text: banners, counters, hashtags, follow-us lines, datelines.
function isHeadNoise(line) {
  return (
    /^(image banner|banner|video clip|quảng cáo|your browser does not support the audio element\.?)$/i.test(
      line,
    ) ||
    /^(hotline|đường dây nóng)\b/i.test(line) ||
    /^(ĐÀI PHÁT THANH|BÁO ĐIỆN TỬ|CỔNG THÔNG TIN|TRANG THÔNG TIN)/u.test(line) ||
    /^[A-Za-z ]+$/.test(line) ||
    /^[\p{Lu}\s.]+\|$/u.test(line) ||
    /^[\d\s.,:/|#-]*$/.test(line) ||
    line.startsWith('#') ||
    /^cập nhật:?\s*(gmt\s*\+\s*7)?$/i.test(line) ||
    /^theo dõi .*google news$/i.test(line) ||
    isDateLine(line)
  );
}

function wordCount(line) {
  return line.split(/\s+/).filter(Boolean).length;
}

function isHeading(line) {
  return wordCount(line) >= 5 && line.length <= 220 && !/[.;,…:]$/.test(line) && !/\(?ảnh\s*:/i.test(line);
}

function isKicker(line) {
  return wordCount(line) <= 3 && !/[.;,…]$/.test(line);
}

const AGENCY_PREFIX = /^(\([^)]{2,30}\)\s*[-–]?\s*|[\p{L}.]+(?:\s[\p{L}.]+){0,2}\s[-–]\s)/u;
const TIME_PREFIX =
  /^(?:(?:sáng|chiều|trưa|tối)\s+)?(?:nay\s+)?(?:ngày\s+)?\(?\d{1,2}\s*[/.–-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\)?\s*,\s*/iu;

// A headline from the first substantial sentence: agency tag and leading "Sáng 4/8," dropped,
// cut at a clause boundary so it reads like a title.
function deriveHeadline(paragraphs) {
  const lead = paragraphs.find((p) => wordCount(p) >= 12) ?? paragraphs[0];
  // Split after a sentence end, not after an abbreviation such as "TP." or "TS.".
  let sentence = lead.split(/(?<=[\p{Ll}\d)”"][.!?…])\s+(?=[\p{Lu}“"(])/u)[0];
  sentence = sentence
    .replace(AGENCY_PREFIX, '')
    .replace(TIME_PREFIX, '')
    .replace(/[.\s]+$/, '');
  if (sentence.length > 170) {
    const window = sentence.slice(0, 170);
    const clause = Math.max(window.lastIndexOf(','), window.lastIndexOf(';'));
    sentence = clause >= 90 ? window.slice(0, clause) : window.slice(0, window.lastIndexOf(' '));
  }
  // Never end on an opened quotation.
  const count = (mark) => sentence.split(mark).length - 1;
  const opened = count('“') > count('”') ? '“' : count('"') % 2 === 1 ? '"' : null;
  if (opened) {
    const at = sentence.lastIndexOf(opened);
    sentence = at < 20 ? sentence.replace(opened, '') : sentence.slice(0, at).replace(/[\s:,;–-]+$/, '');
  }
  return sentence.charAt(0).toLocaleUpperCase('vi') + sentence.slice(1);
}

function splitText(rawText) {
  let text = rawText.normalize('NFC');
  let captureDate = null;
  const datePrefix = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+/.exec(text);
  if (datePrefix) text = text.slice(datePrefix[0].length);
  let lines = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const stripNoise = (from, limit) => {
    let removed = 0;
    while (lines.length > from + 1 && removed < limit && isHeadNoise(lines[from])) {
      captureDate ??= findDate(lines[from]);
      lines.splice(from, 1);
      removed++;
    }
  };
  stripNoise(0, 6);
  while (lines.length > 2 && isKicker(lines[0]) && isHeading(lines[1].replace(/:$/, ''))) lines.shift();
  // A two-line headline "Topic:" + "Statement" becomes one title.
  if (lines.length > 2 && /:$/.test(lines[0]) && isHeading(lines[0].slice(0, -1)) && isHeading(lines[1])) {
    lines.splice(0, 2, `${lines[0]} ${lines[1]}`);
  }
  let title = null;
  if (lines.length > 1 && isHeading(lines[0])) {
    title = lines.shift();
    if (lines[0] === title) lines.shift();
    stripNoise(0, 3);
  }
  title ??= deriveHeadline(lines);
  return { title, paragraphs: lines, textDate: captureDate };
}

function classifySection(title, paragraphs, expected) {
  const head = [title, ...paragraphs.slice(0, 2)].join(' ').toLowerCase();
  const has = (...words) => words.some((w) => head.includes(w));
  const scope = expected?.scope;
  if (has('quân ủy', 'quân uỷ', 'quân sự', 'công an', 'bộ chqs', 'quân đội', 'quân khu')) {
    return 'quoc-phong-an-ninh';
  }
  if (
    scope === 'district' ||
    scope === 'commune' ||
    has(
      'đảng ủy xã',
      'đảng uỷ xã',
      'đảng bộ xã',
      'huyện ủy',
      'huyện uỷ',
      'quận ủy',
      'quận uỷ',
      'thị ủy',
      'cấp xã',
    )
  ) {
    return 'co-so';
  }
  if (scope === 'national') return 'thoi-su';
  if (has('ubnd', 'chính phủ', 'thủ tướng', 'y tế', 'covid', 'thanh tra')) return 'chinh-quyen';
  if (has('bộ chính trị', 'ban bí thư', 'toàn quốc')) return 'thoi-su';
  return 'xay-dung-dang';
}

function tagsFor(title, paragraphs) {
  const text = [title, ...paragraphs].join(' ').toLowerCase();
  return TAGS.filter(([, words]) => words.some((w) => text.includes(w)))
    .slice(0, MAX_TAGS)
    .map(([name]) => ({ slug: asciiSlug(name), name }));
}

// The day and month of the meeting as the text writes it near the top ("Sáng 19/12", "Ngày 19 - 12").
const MEETING_DAY = /(?:ngày|sáng|chiều|tối)\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\s*[/.-]\s*\d)/iu;

// Publication date, most trustworthy first: the case's own date; the conference date (a report
// appears the day of the meeting, which keeps the expected year right); a dateline stripped from
// the text; else a stable date derived from the case id, on or just after the day the text gives for
// the meeting (a report is never published before the meeting it reports).
function publication(caseData, expected, textDate, paragraphs) {
  const conferenceDate = expected?.date ?? null;
  const hour = TONE_HOURS[expected?.partOfDay] ?? 8 + (fnv1a(caseData.id) % 9);
  const minute = fnv1a(`${caseData.id}:m`) % 60;
  const at = (day, from) => ({
    publishedAt: `${day}T${pad(hour)}:${pad(minute)}:00+07:00`,
    publishedFrom: from,
  });
  const published = caseData.published;
  if (published && /^\d{4}-\d{2}-\d{2}$/.test(published)) return at(published, 'case');
  if (published && /^\d{4}-\d{2}$/.test(published)) {
    if (conferenceDate?.startsWith(published)) return at(conferenceDate, 'case');
    // Month only: the last day, so no day of that month lies after publication.
    const [year, month] = published.split('-').map(Number);
    return at(`${published}-${pad(daysInMonth(year, month))}`, 'case');
  }
  if (conferenceDate) return at(conferenceDate, 'conference-date');
  if (textDate) return at(textDate, 'text');
  const h = fnv1a(`${caseData.id}:d`);
  const meeting = MEETING_DAY.exec(paragraphs.slice(0, 3).join(' '));
  if (meeting) {
    const [d, m] = [Number(meeting[1]), Number(meeting[2])];
    if (m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(2024, m)) {
      const on = Date.UTC(2024 + (h % 2), m - 1, d) + (h % 2) * 86_400_000;
      return at(new Date(on).toISOString().slice(0, 10), 'synthetic');
    }
  }
  const day = new Date(Date.UTC(2024, 0, 1) + (h % 730) * 86_400_000).toISOString().slice(0, 10);
  return at(day, 'synthetic');
}

function readCases(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
}

// Seeds are conference reports; when the gold set holds the same text, its case supplies the id
// and the expected facts.
function readSeeds(dir, cases) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const known = cases.find((c) => c.input?.text === text);
      if (known) return known;
      return {
        id: `seed:${path.basename(name, '.txt')}`,
        source_url: null,
        input: { kind: 'text', text },
        expected: { isConference: true, conference: null },
      };
    });
}

const cases = readCases(args.eval);
const seeds = readSeeds(args.seeds, cases);
const seedIds = new Set(seeds.map((s) => s.id));
const all = [...cases.filter((c) => !seedIds.has(c.id)), ...seeds];

let nonSeedIndex = 0;
const articles = all.map((c, index) => {
  const expected = c.expected.conference ?? null;
  const { title, paragraphs, textDate } = splitText(c.input.text);
  const isSeed = seedIds.has(c.id);
  const disallowed = !isSeed && nonSeedIndex++ % DISALLOWED_EVERY === DISALLOWED_EVERY - 1;
  return {
    slug: `${asciiSlug(title)}-${100000 + index}`,
    section: disallowed ? 'noi-bo' : classifySection(title, paragraphs, expected),
    title,
    paragraphs,
    ...publication(c, expected, textDate, paragraphs),
    sourceId: c.id,
    sourceUrl: c.source_url ?? null,
    isConference: isSeed || c.expected.isConference === true,
    expected,
    tags: tagsFor(title, paragraphs),
  };
});

const content = {
  version: 1,
  generatedFrom: 'hoinghi eval gold set (shared/eval/dev) and seed articles (shared/seeds)',
  sections: SECTIONS,
  articles,
};
mkdirSync(path.dirname(args.out), { recursive: true });
writeFileSync(args.out, `${JSON.stringify(content, null, 2)}\n`);
const perSection = SECTIONS.map(({ id }) => `  ${id}: ${articles.filter((a) => a.section === id).length}`);
console.log(`${articles.length} articles → ${args.out}\n${perSection.join('\n')}`);
