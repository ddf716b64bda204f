/**
 * Party, state, military and academic titles, and the words that introduce a person. Lists are
 * data; the functions only ask "does this phrase start or end with a title".
 */
import { matchForm } from './normalize.js';
import { escapeRegExp } from './places.js';

/** Words that open a title ("Ủy viên Bộ Chính trị", "Phó Bí thư Thường trực Tỉnh ủy"). */
export const TITLE_HEADS: readonly string[] = [
  'Tổng Bí thư',
  'Chủ tịch nước',
  'Phó Chủ tịch nước',
  'Thủ tướng',
  'Phó Thủ tướng',
  'Chủ tịch Quốc hội',
  'Phó Chủ tịch Quốc hội',
  'Thường trực Ban Bí thư',
  'Ủy viên',
  'Uỷ viên',
  'Bí thư',
  'Phó Bí thư',
  'Chủ tịch',
  'Phó Chủ tịch',
  'Bộ trưởng',
  'Thứ trưởng',
  'Trưởng ban',
  'Phó Trưởng ban',
  'Trưởng Ban',
  'Phó Trưởng Ban',
  'Trưởng đoàn',
  'Phó Trưởng đoàn',
  'Trưởng Tiểu ban',
  'Tổ trưởng',
  'Tổ phó',
  'Chủ nhiệm',
  'Phó Chủ nhiệm',
  'Giám đốc',
  'Phó Giám đốc',
  'Tổng Giám đốc',
  'Phó Tổng Giám đốc',
  'Tổng Biên tập',
  'Phó Tổng Biên tập',
  'Chánh Văn phòng',
  'Phó Chánh Văn phòng',
  'Chánh án',
  'Viện trưởng',
  'Vụ trưởng',
  'Phó Vụ trưởng',
  'Cục trưởng',
  'Hiệu trưởng',
  'Tổng Thanh tra',
  'Tổng Kiểm toán',
  'Tư lệnh',
  'Chính ủy',
  'Thống đốc',
  'Đại biểu Quốc hội',
  'Tỉnh ủy viên',
  'Thành ủy viên',
  'Huyện ủy viên',
  'Quận ủy viên',
  'Thị ủy viên',
  'Đảng ủy viên',
  'Thành viên',
  'Trưởng khoa',
  'Trưởng phòng',
  'Phó Trưởng phòng',
  'Trưởng Công an',
  'Chỉ huy trưởng',
  'Người phát ngôn',
  'Nhà báo',
];

/** Abbreviated titles as news pages write them. */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'UVBCT',
  'UVTW',
  'UVTƯ',
  'UVT.Ư',
  'UV BCH TW',
  'UVTV',
  'TVTU',
  'TUV',
  'HUV',
  'QUV',
  'ĐUV',
  'BTV',
  'ĐBQH',
  'UV',
];

/** Military and police ranks. */
export const RANKS: readonly string[] = [
  'Đại tướng',
  'Thượng tướng',
  'Trung tướng',
  'Thiếu tướng',
  'Đại tá',
  'Thượng tá',
  'Trung tá',
  'Thiếu tá',
  'Đại úy',
  'Thượng úy',
  'Trung úy',
  'Thiếu úy',
];

/** Academic and professional prefixes. */
export const ACADEMIC: readonly string[] = [
  'Giáo sư',
  'Phó Giáo sư',
  'Tiến sĩ',
  'Thạc sĩ',
  'Bác sĩ',
  'GS.TS',
  'PGS.TS',
  'GS',
  'PGS',
  'TS',
  'ThS',
  'BS',
];

/** Words that introduce a person ("đồng chí Lê Minh Hưng", "bà Hà Thị Nga"). */
export const HONORIFICS: readonly string[] = [
  'các đồng chí',
  'đồng chí',
  'đ/c',
  'đ / c',
  'các ông',
  'các bà',
  'ông',
  'bà',
];

/** Modifiers of a title ("nguyên Thủ tướng"). */
export const TITLE_MODIFIERS: readonly string[] = ['nguyên', 'đương nhiệm', 'cố'];

const alt = (list: readonly string[]) =>
  [...new Set(list.map(matchForm))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

const HEAD_ALT = alt([...TITLE_HEADS, ...RANKS, ...ACADEMIC, ...TITLE_ABBREVIATIONS]);
const STARTS_WITH_TITLE = new RegExp(`^(?:(?:${alt(TITLE_MODIFIERS)})\\s+)?(?:${HEAD_ALT})(?![\\p{L}])`, 'u');
const HONORIFIC_AT_END = new RegExp(`(?:^|[^\\p{L}])(?:${alt(HONORIFICS)})\\s*:?\\s*$`, 'u');
const TITLE_INSIDE = new RegExp(`(?:^|[^\\p{L}])(?:${HEAD_ALT})(?![\\p{L}])`, 'u');
const LEADING_HONORIFIC = new RegExp(`^(?:${alt(HONORIFICS)})\\s+`, 'iu');

/** Whether a phrase starts with a title ("Phó Bí thư Thường trực Thành ủy", "nguyên Thủ tướng"). */
export function startsWithTitle(phrase: string): boolean {
  return STARTS_WITH_TITLE.test(matchForm(phrase.trim()));
}

/** Whether a phrase holds a title word anywhere. */
export function containsTitle(phrase: string): boolean {
  return TITLE_INSIDE.test(matchForm(phrase));
}

/** Whether a phrase ends with a word that introduces a person ("Dự hội nghị có đồng chí"). */
export function endsWithHonorific(phrase: string): boolean {
  return HONORIFIC_AT_END.test(matchForm(phrase));
}

/**
 * Splits a run of titles into the titles as written: "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ"
 * → ["Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ"]. Honorifics are dropped.
 */
export function splitTitles(phrase: string): string[] {
  return phrase
    .split(/\s*[,;]\s*|\s+[-–]\s+|\s*[-–]\s+|\s+[-–]\s*/u)
    .map((t) => t.replace(LEADING_HONORIFIC, '').trim())
    .map((t) => t.replace(/^(?:và|cùng)\s+/u, '').trim())
    .filter((t) => t.length > 1 && !/^(?:đồng chí|ông|bà|các đồng chí)$/iu.test(t));
}
