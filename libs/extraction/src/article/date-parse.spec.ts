import { describe, expect, it } from '@jest/globals';
import { findDate, hasDate, parseDateText, parseMachineDate } from './date-parse.js';

describe('parseDateText: dates printed on Vietnamese pages', () => {
  it.each([
    ['Thứ 2, Ngày 02 / 12 / 2024', '2024-12-02T00:00:00+07:00'],
    ['Cập nhật: 16/12/2024 15:15', '2024-12-16T15:15:00+07:00'],
    ['04/12/2023 09:15 GMT+7', '2023-12-04T09:15:00+07:00'],
    ['Ngày đăng: 05/12/2024', '2024-12-05T00:00:00+07:00'],
    ['Thứ Hai, 16/12/2024, 15:15 (GMT+7)', '2024-12-16T15:15:00+07:00'],
    ['16-12-2024', '2024-12-16T00:00:00+07:00'],
    ['16.12.2024 - 08:30', '2024-12-16T08:30:00+07:00'],
    ['15:15 | 16/12/2024', '2024-12-16T15:15:00+07:00'],
    ['Chủ nhật, 15/12/2024 | 08h30', '2024-12-15T08:30:00+07:00'],
    ['Đăng lúc 9 giờ 05 ngày 1/2/2025', '2025-02-01T09:05:00+07:00'],
    ['ngày 16 tháng 12 năm 2024', '2024-12-16T00:00:00+07:00'],
    ['16 tháng 12, 2024 - 07:45', '2024-12-16T07:45:00+07:00'],
    ['Thứ Sáu, 20/12/2024 - 3:15 CH', '2024-12-20T15:15:00+07:00'],
    ['2024/12/16 10:20:30', '2024-12-16T10:20:30+07:00'],
    ['November 19, 2019 10:00 AM', '2019-11-19T10:00:00+07:00'],
    ['19 Nov 2019, 4:40 pm', '2019-11-19T16:40:00+07:00'],
  ])('%s', (input, expected) => {
    expect(parseDateText(input)).toBe(expected);
  });

  it('converts an explicit other offset to Vietnam time', () => {
    expect(parseDateText('16/12/2024 08:15 GMT')).toBe('2024-12-16T15:15:00+07:00');
    expect(parseDateText('16/12/2024 10:15 (GMT+9)')).toBe('2024-12-16T08:15:00+07:00');
  });

  it('reads month-first only when day-first is impossible', () => {
    expect(parseDateText('12/25/2024')).toBe('2024-12-25T00:00:00+07:00');
    expect(parseDateText('05/06/2024')).toBe('2024-06-05T00:00:00+07:00');
  });

  it('rejects impossible dates and text without a date', () => {
    expect(parseDateText('31/02/2024')).toBeNull();
    expect(parseDateText('Lượt xem: 112')).toBeNull();
    expect(parseDateText('Số 45/2024/QĐ-UBND')).toBeNull();
    expect(parseDateText('')).toBeNull();
    expect(parseDateText(null)).toBeNull();
  });

  it('ignores an impossible time but keeps the date', () => {
    expect(parseDateText('16/12/2024 25:70')).toBe('2024-12-16T00:00:00+07:00');
  });

  it('hasDate spots date lines', () => {
    expect(hasDate('Thứ Hai, 16/12/2024')).toBe(true);
    expect(hasDate('17/10/21')).toBe(true);
    expect(hasDate('Hội nghị lần thứ 22')).toBe(false);
  });

  it('reads two-digit years of short datelines', () => {
    expect(parseDateText('17/10/21')).toBe('2021-10-17T00:00:00+07:00');
    expect(parseDateText('17-10-21 08:30')).toBe('2021-10-17T08:30:00+07:00');
    expect(parseDateText('Cập nhật: 05.01.25')).toBe('2025-01-05T00:00:00+07:00');
    expect(parseDateText('31/12/98')).toBe('1998-12-31T00:00:00+07:00');
  });

  it('does not read two-digit years out of document numbers and version strings', () => {
    expect(parseDateText('Công văn số 01/12/17-ĐU')).toBeNull();
    expect(parseDateText('Mẫu 12/10/21/BTC')).toBeNull();
    expect(parseDateText('1.2.3.4')).toBeNull();
    expect(parseDateText('31/02/21')).toBeNull();
  });

  it('ignores relative times', () => {
    expect(parseDateText('2 giờ trước')).toBeNull();
    expect(parseDateText('15 phút trước')).toBeNull();
    expect(parseDateText('3 hours ago')).toBeNull();
    expect(parseDateText('16/12/2024 · 2 giờ 30 phút trước')).toBe('2024-12-16T00:00:00+07:00');
    expect(parseDateText('1 ngày trước | 16/12/2024 15:15')).toBe('2024-12-16T15:15:00+07:00');
  });

  it('findDate gives the text around the date', () => {
    expect(findDate('Chỉ thị 01-CT/ĐU ngày 13-8-2025 của Đảng ủy')).toEqual({
      value: '2025-08-13T00:00:00+07:00',
      before: 'Chỉ thị 01-CT/ĐU ngày ',
      after: ' của Đảng ủy',
    });
    expect(findDate('Lượt xem: 112')).toBeNull();
  });
});

describe('parseMachineDate: meta tags, JSON-LD, <time datetime>', () => {
  it.each([
    ['2024-12-16T15:15:00+07:00', '2024-12-16T15:15:00+07:00'],
    ['2024-12-16T08:15:00Z', '2024-12-16T15:15:00+07:00'],
    ['2024-12-16T08:15:00.000Z', '2024-12-16T15:15:00+07:00'],
    ['2024-12-16T15:15:00+0700', '2024-12-16T15:15:00+07:00'],
    ['2024-12-16T15:15:00', '2024-12-16T15:15:00+07:00'],
    ['2024-12-16 15:15', '2024-12-16T15:15:00+07:00'],
    ['2024-12-16T22:30:00-05:00', '2024-12-17T10:30:00+07:00'],
    ['2024-12-16', '2024-12-16T00:00:00+07:00'],
    ['2024-12', '2024-12'],
    ['20241216', '2024-12-16T00:00:00+07:00'],
    ['20241216T151500', '2024-12-16T15:15:00+07:00'],
    ['Mon, 16 Dec 2024 08:15:00 GMT', '2024-12-16T15:15:00+07:00'],
    ['1734336900', '2024-12-16T15:15:00+07:00'],
    ['16/12/2024 15:15', '2024-12-16T15:15:00+07:00'],
  ])('%s', (input, expected) => {
    expect(parseMachineDate(input)).toBe(expected);
  });

  it('rejects garbage', () => {
    expect(parseMachineDate('2024-13-45')).toBeNull();
    expect(parseMachineDate('yesterday')).toBeNull();
    expect(parseMachineDate('   ')).toBeNull();
    expect(parseMachineDate(undefined)).toBeNull();
  });
});
