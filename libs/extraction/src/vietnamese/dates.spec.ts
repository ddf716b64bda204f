import { describe, expect, it } from '@jest/globals';
import {
  addDays,
  dateFromUrl,
  findDateMentions,
  findDateline,
  isoDate,
  parseReferenceDate,
  resolveYear,
  yearFromMentions,
} from './dates.js';

const first = (text: string) => {
  const [d] = findDateMentions(text);
  return d && { day: d.day, month: d.month, year: d.year, partOfDay: d.partOfDay, rel: d.relativeDays };
};

describe('findDateMentions', () => {
  it('reads day/month with part of day', () => {
    expect(first('Sáng 01/12, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị')).toEqual({
      day: 1,
      month: 12,
      year: null,
      partOfDay: 'morning',
      rel: null,
    });
    expect(first('Sáng 7-2, Hội nghị toàn quốc')).toMatchObject({ day: 7, month: 2, partOfDay: 'morning' });
    expect(first('Ngày 16-12, Ban Tổ chức Trung ương')).toMatchObject({
      day: 16,
      month: 12,
      partOfDay: null,
    });
    expect(first('Sáng 25.9, Thủ tướng')).toMatchObject({ day: 25, month: 9 });
    expect(first('Sáng 24/ 7, Thường vụ Quân ủy')).toMatchObject({ day: 24, month: 7 });
    expect(first('(BBNĐT) Ngày 17 – 9, UBND tỉnh họp')).toMatchObject({ day: 17, month: 9 });
    expect(first('Chiều ngày 16/7 tại Hà Nội')).toMatchObject({ day: 16, month: 7, partOfDay: 'afternoon' });
  });

  it('reads full dates', () => {
    expect(first('Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành')).toMatchObject({
      day: 25,
      month: 10,
      year: 2017,
    });
    expect(first('Sáng 16-5-2019, Hội nghị lần thứ 10')).toMatchObject({ day: 16, month: 5, year: 2019 });
    expect(first('Chiều ngày 21 và sáng ngày 22 tháng 12 năm 2022 Đảng ủy xã')).toMatchObject({
      day: 21,
      month: 12,
      year: 2022,
      partOfDay: 'afternoon',
    });
    expect(first('Thứ 2, Ngày 02 / 12 / 2024')).toMatchObject({ day: 2, month: 12, year: 2024 });
    expect(first('17/10/21')).toMatchObject({ day: 17, month: 10, year: 2021 });
  });

  it('reads weekdays, two-day meetings and leaves noon without a part of day', () => {
    expect(first('Sáng thứ Hai (5/4), Ban Thường vụ Tỉnh ủy họp')).toMatchObject({
      day: 5,
      month: 4,
      partOfDay: 'morning',
    });
    expect(first('Trong hai ngày 5 và 6/4, Hội nghị Trung ương 10 họp tại Hà Nội')).toMatchObject({
      day: 5,
      month: 4,
    });
    expect(first('Trưa 5/4, đoàn đến Hà Nội')).toMatchObject({ day: 5, month: 4, partOfDay: null });
  });

  it('reads relative days', () => {
    expect(first('Chiều nay (4/12), đồng chí Hồ Văn Niên')).toMatchObject({
      day: 4,
      month: 12,
      partOfDay: 'afternoon',
      rel: 0,
    });
    expect(first('hôm qua, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã triệu tập')).toMatchObject({
      day: null,
      rel: -1,
      partOfDay: null,
    });
    expect(first('được tổ chức chiều nay, tại Hà Nội')).toMatchObject({ rel: 0, partOfDay: 'afternoon' });
    expect(first('Sáng hôm qua, Ban Tuyên giáo')).toMatchObject({ rel: -1, partOfDay: 'morning' });
  });

  it('ignores counts, percentages and fractions', () => {
    expect(findDateMentions('14.535 điểm cầu, 21/21 đảng bộ, tăng 9,54%, 111/152 xã')).toEqual([]);
    expect(findDateMentions('Hội nghị Báo cáo viên toàn quốc tháng 9/2023')).toEqual([]);
  });
});

describe('year resolution', () => {
  it('takes the latest date not after the reference', () => {
    expect(resolveYear(1, 12, { year: 2024, month: 12, day: 2 })).toBe(2024);
    expect(resolveYear(29, 12, { year: 2024, month: 1, day: 3 })).toBe(2023);
    expect(resolveYear(11, 7, { year: 2020, month: 2, day: 26 })).toBe(2019);
    expect(resolveYear(4, 12, { year: 2024, month: 12, day: null })).toBe(2024);
  });

  it('reads publication dates and URL dates', () => {
    expect(parseReferenceDate('2021-11')).toEqual({ year: 2021, month: 11, day: null });
    expect(parseReferenceDate('2026-02-07T08:00:00+07:00')).toEqual({ year: 2026, month: 2, day: 7 });
    expect(dateFromUrl('https://baotintuc.vn/thoi-su/tong-bi-thu-du-hoi-nghi-20221220090222899.htm')).toEqual(
      {
        year: 2022,
        month: 12,
        day: 20,
      },
    );
    expect(dateFromUrl('https://baogialai.com.vn/channel/8205/202203/dang-uy-cong-an-5769016/')).toEqual({
      year: 2022,
      month: 3,
      day: null,
    });
    expect(dateFromUrl('https://vnews.gov.vn/video/trien-khai-nhiem-vu-nam-2021-201032.htm')).toBeNull();
  });

  it('finds a dateline at the top of the page', () => {
    expect(findDateline('Toàn cảnh VNews\n\nTriển khai nhiệm vụ\n\n12/01/2021, 18:45\n\nThanh tra…')).toEqual(
      {
        year: 2021,
        month: 1,
        day: 12,
      },
    );
    expect(findDateline('Hải Phòng, ngày 26 tháng 02 năm 2020\n\nHội nghị trực tuyến')).toEqual({
      year: 2020,
      month: 2,
      day: 26,
    });
    expect(
      findDateline(
        'Hà Nội (TTXVN 11/3/2022) Tại hội nghị lần thứ nhất Ban Chấp hành Hội Liên hiệp Phụ nữ Việt Nam chiều 10/3/2022, 100% Ủy viên',
      ),
    ).toEqual({ year: 2022, month: 3, day: 11 });
  });

  it('guesses the year from the years a meeting is about', () => {
    expect(
      yearFromMentions(
        'Sáng ngày 28/11, Đảng uỷ quân sự thành phố tổ chức hội nghị ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2024.',
        11,
      ),
    ).toBe(2023);
    expect(
      yearFromMentions(
        'Ngày 16/12, Ban Tổ chức Trung ương tổ chức hội nghị toàn quốc tổng kết công tác tổ chức xây dựng Đảng năm 2024; triển khai phương hướng, nhiệm vụ năm 2025.',
        12,
      ),
    ).toBe(2024);
    expect(
      yearFromMentions(
        'Sáng 7/4, tại Hà Nội, Đảng ủy Công an Trung ương tổ chức Hội nghị Đảng ủy Công an Trung ương 6 tháng đầu năm 2024',
        4,
      ),
    ).toBe(2024);
    expect(
      yearFromMentions(
        'Ngày 9/1, Ban Chỉ đạo tổ chức hội nghị tổng kết phong trào thi đua "Dân vận khéo" năm 2019, triển khai nhiệm vụ năm 2020.',
        1,
      ),
    ).toBe(2020);
    expect(
      yearFromMentions(
        'Sáng 8/9, Ban Tuyên giáo Trung ương tổ chức Hội nghị Báo cáo viên toàn quốc tháng 9/2023',
        9,
      ),
    ).toBe(2023);
  });

  it('does not take ranges, targets or document dates for the year', () => {
    expect(
      yearFromMentions(
        'Chiều 14/9, Hội nghị lần thứ 8, Ban Chấp hành Đảng bộ TPHCM khóa XI, nhiệm kỳ 2020-2025',
        9,
      ),
    ).toBeNull();
    expect(
      yearFromMentions('hội thảo về quy hoạch tỉnh giai đoạn 2021-2030, tầm nhìn đến năm 2050', 4),
    ).toBeNull();
    expect(
      yearFromMentions('Ngày 23-6, Bộ Công an tổng kết Chỉ thị số 03/CT-BCA-X11, ngày 10-4-2009', 6),
    ).toBeNull();
  });
});

describe('calendar helpers', () => {
  it('validates and shifts dates', () => {
    expect(isoDate(2024, 2, 30)).toBeNull();
    expect(isoDate(2025, 4, 16)).toBe('2025-04-16');
    expect(addDays({ year: 2021, month: 1, day: 1 }, -1)).toEqual({ year: 2020, month: 12, day: 31 });
  });
});
