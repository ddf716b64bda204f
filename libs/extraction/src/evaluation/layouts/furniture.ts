/**
 * Site furniture of Vietnamese news and government portals: menus, lists of other stories (which name
 * other meetings, with their own dates), captions, footers. Written for the harness after the common
 * CMS layouts; none of it comes from a labeled case.
 */
import { foldDiacritics } from '../../vietnamese/normalize.js';
import { escapeHtml } from '../scoring.js';
import { pick, todayLine, type PageInput } from './page-input.js';

export const SECTIONS = [
  'Trang chủ',
  'Thời sự',
  'Chính trị',
  'Xây dựng Đảng',
  'Kinh tế',
  'Xã hội',
  'Văn hóa',
  'Giáo dục',
  'Y tế',
  'Pháp luật',
  'Quốc phòng - An ninh',
  'Thể thao',
  'Quốc tế',
  'Bạn đọc',
  'Multimedia',
];

/** Headlines of other stories; several report other meetings, as real sidebars do. */
export const OTHER_HEADLINES = [
  'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 21, khóa XX',
  'Thường trực HĐND tỉnh giao ban quý III',
  'Khai mạc Kỳ họp thứ 15 HĐND thành phố khóa XVI',
  'Bế mạc Hội nghị Trung ương lần thứ 9',
  'UBND tỉnh họp phiên thường kỳ tháng 10',
  'Hội thảo khoa học về phát triển kinh tế tư nhân',
  'Tổng kết công tác Mặt trận năm 2023',
  'Sơ kết 6 tháng thực hiện Nghị quyết số 57-NQ/TW',
  'Nâng cao hiệu quả chuyển đổi số trong cơ quan nhà nước',
  'Khánh thành cầu dân sinh tại xã vùng cao',
  'Giá lúa tăng, nông dân phấn khởi',
  'Đảm bảo an toàn giao thông dịp cuối năm',
  'Trao tặng 200 suất quà cho học sinh nghèo',
  'Ra mắt mô hình dân vận khéo tại khu dân cư',
  'Hội nghị xúc tiến đầu tư vào khu công nghiệp',
  'Kiểm tra công tác phòng cháy, chữa cháy tại chợ đầu mối',
  'Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri',
  'Phát động phong trào thi đua yêu nước năm 2025',
];

/** Dates of the other stories, never the article's. */
export const OTHER_DATES = [
  '12/03/2019',
  '05/11/2020',
  '28/02/2021',
  '17/08/2022',
  '09/06/2023',
  '30/10/2023',
];

export function menuHtml(tag = 'nav', cls = 'main-menu'): string {
  return `<${tag} class="${cls}"><ul>${SECTIONS.map((s, i) => `<li><a href="/chuyen-muc/${i}">${s}</a></li>`).join('')}</ul></${tag}>`;
}

/** A list of other stories: headline links, with their dates and a line of summary when `teasers`. */
export function storyList(p: PageInput, title: string, cls: string, n: number, teasers = false): string {
  const items = pick(OTHER_HEADLINES, n, p.seed).map((h, i) => {
    const date = OTHER_DATES[(p.seed + i) % OTHER_DATES.length];
    const link = `<a href="/tin-tuc/${slug(h)}-${1000 + i}.html">${escapeHtml(h)}</a>`;
    return teasers
      ? `<li class="item"><h3>${link}</h3><span class="time">${date}</span><p class="summary">${escapeHtml(
          `${h}: các đại biểu thảo luận, đánh giá kết quả và đề ra nhiệm vụ thời gian tới.`,
        )}</p></li>`
      : `<li>${link} <span class="date">(${date})</span></li>`;
  });
  return `<div class="${cls}"><h2 class="box-title">${title}</h2><ul>${items.join('')}</ul></div>`;
}

export function footerHtml(siteName: string): string {
  return `<footer class="footer"><div class="footer-links">${SECTIONS.map((s) => `<a href="#">${s}</a>`).join(' | ')}</div>
<p>${escapeHtml(siteName)} - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh</p>
<p>Giấy phép số 123/GP-BTTTT ngày 05/03/2020 của Bộ Thông tin và Truyền thông</p>
<p>Địa chỉ: Số 8 đường Trần Hưng Đạo, phường 1. Điện thoại: 0210.3812.345</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>`;
}

/** The header strip most portals print: today's date, hotline, search. */
export function topBar(p: PageInput): string {
  return `<div class="top-bar"><span class="today">${todayLine(p)}</span><span class="hotline">Đường dây nóng: 0912.345.678</span><form class="search"><input name="q" placeholder="Tìm kiếm"></form></div>`;
}

/** Photos with captions that name other days and places, as inside real bodies. */
export const OTHER_CAPTIONS = [
  'Một góc thành phố nhìn từ trên cao, ngày 15/8/2019. (Ảnh: Tư liệu)',
  'Ảnh minh họa: Toàn cảnh khu trung tâm hành chính tỉnh, chụp ngày 2/9/2020.',
  'Cánh đồng lúa vào mùa thu hoạch năm 2021. Ảnh: Văn Minh',
];

export function slug(s: string): string {
  return foldDiacritics(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
