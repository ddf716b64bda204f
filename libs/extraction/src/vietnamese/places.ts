/**
 * Place names that sit between a title and a person's name ("Bí thư Tỉnh ủy An Giang Lê Hồng
 * Quang") or that look like names themselves ("Hà Nội", "Thái Lan"). Data, not rules.
 */
import { matchForm } from './normalize.js';

/** Provinces and centrally-run cities, before and after the 2025 merger, as commonly written. */
export const PROVINCES: readonly string[] = [
  'An Giang',
  'Bà Rịa - Vũng Tàu',
  'Bà Rịa-Vũng Tàu',
  'Vũng Tàu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bạc Liêu',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Định',
  'Bình Dương',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cao Bằng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Tĩnh',
  'Hải Dương',
  'Hậu Giang',
  'Hòa Bình',
  'Hưng Yên',
  'Khánh Hòa',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Thừa Thiên Huế',
  'Thừa Thiên - Huế',
  'Tiền Giang',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái',
  ...['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'],
];

/** Cities directly under the central government: their committees are provincial. */
export const CENTRAL_CITIES: readonly string[] = [
  'Hà Nội',
  'Hồ Chí Minh',
  'TP.HCM',
  'TPHCM',
  'TP HCM',
  'TP. HCM',
  'TP. Hồ Chí Minh',
  'Hải Phòng',
  'Đà Nẵng',
  'Cần Thơ',
  'Huế',
];

/** Other capitalised place words that precede names or pose as names. */
export const OTHER_PLACES: readonly string[] = [
  'Việt Nam',
  'Thủ đô',
  'Thủ đô Hà Nội',
  'Ba Đình',
  'Mỹ Đình',
  'Tây Nguyên',
  'Tây Bắc',
  'Nam Bộ',
  'Bắc Bộ',
  'Trung Bộ',
  'Thái Lan',
  'Trung Quốc',
  'Hoa Kỳ',
  'Campuchia',
  'Lào',
  'Hàn Quốc',
  'Nhật Bản',
  'Liên bang Nga',
  'Cu Ba',
  'Hồng Công',
  'Hương Cảng',
];

const PLACE_FORMS = new Set([...PROVINCES, ...CENTRAL_CITIES, ...OTHER_PLACES].map(matchForm));

/** Whether a capitalised word sequence is a known place ("An Giang", "Việt Nam"). */
export function isKnownPlace(words: string): boolean {
  return PLACE_FORMS.has(matchForm(words));
}

const CENTRAL_FORMS = CENTRAL_CITIES.map(matchForm);

/** Whether a text names a city under the central government ("thành phố Hải Phòng", "TP.HCM"). */
export function mentionsCentralCity(text: string): boolean {
  const s = matchForm(text);
  return CENTRAL_FORMS.some((c) => new RegExp(`(?<![\\p{L}])${escapeRegExp(c)}(?![\\p{L}])`, 'u').test(s));
}

/** Whether a place name is a city under the central government. */
export function isCentralCity(name: string): boolean {
  return (
    CENTRAL_FORMS.includes(matchForm(name).replace(/^(?:thành phố|tp\.?)\s*/u, '')) ||
    CENTRAL_FORMS.includes(matchForm(name))
  );
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
