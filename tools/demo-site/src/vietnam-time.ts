// Dates as Vietnamese sites print them. All times are Indochina Time (UTC+7, no daylight saving).
const OFFSET_MS = 7 * 3_600_000;
const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const WEEKDAYS_NUMERIC = ['Chủ nhật', 'Thứ 2', 'Thứ 3', 'Thứ 4', 'Thứ 5', 'Thứ 6', 'Thứ 7'];

interface Parts {
  year: number;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
  weekday: number;
}

function parts(ms: number): Parts {
  const d = new Date(ms + OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    year: d.getUTCFullYear(),
    month: two(d.getUTCMonth() + 1),
    day: two(d.getUTCDate()),
    hour: two(d.getUTCHours()),
    minute: two(d.getUTCMinutes()),
    second: two(d.getUTCSeconds()),
    weekday: d.getUTCDay(),
  };
}

/** `2024-12-02T15:15:00+07:00` */
export function isoVietnam(ms: number): string {
  const p = parts(ms);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}+07:00`;
}

/** RSS pubDate: `Mon, 02 Dec 2024 15:15:00 +0700` */
export function rfc822Vietnam(ms: number): string {
  const p = parts(ms);
  const [weekday, , monthName] = new Date(ms + OFFSET_MS).toUTCString().split(' ');
  return `${weekday} ${p.day} ${monthName} ${p.year} ${p.hour}:${p.minute}:${p.second} +0700`;
}

/** `Thứ Hai, 02/12/2024, 15:15 (GMT+7)` — national newspaper style. */
export function longDateTime(ms: number): string {
  const p = parts(ms);
  return `${WEEKDAYS[p.weekday]}, ${p.day}/${p.month}/${p.year}, ${p.hour}:${p.minute} (GMT+7)`;
}

/** `02/12/2024 15:15` — portal "Cập nhật" style. */
export function shortDateTime(ms: number): string {
  const p = parts(ms);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** `Thứ 2, Ngày 02 / 12 / 2024` — district portal style, date only. */
export function spacedDate(ms: number): string {
  const p = parts(ms);
  return `${WEEKDAYS_NUMERIC[p.weekday]}, Ngày ${p.day} / ${p.month} / ${p.year}`;
}

/** `02/12/2024` */
export function shortDate(ms: number): string {
  const p = parts(ms);
  return `${p.day}/${p.month}/${p.year}`;
}

/** Milliseconds of the same instant's calendar day start in Vietnam, for same-day arithmetic. */
export function vietnamDayStart(ms: number): number {
  return Math.floor((ms + OFFSET_MS) / 86_400_000) * 86_400_000 - OFFSET_MS;
}
