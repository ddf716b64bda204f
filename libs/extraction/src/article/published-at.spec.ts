import { describe, expect, it } from '@jest/globals';
import { datelineDate } from './published-at.js';

describe('datelineDate: a visible date line dates the page only when it is a dateline', () => {
  it.each([
    ['Thứ Hai, 16/12/2024, 15:15 (GMT+7)', '2024-12-16T15:15:00+07:00'],
    ['Cập nhật: 16/12/2024 15:15', '2024-12-16T15:15:00+07:00'],
    ['Ngày đăng: 05/12/2024', '2024-12-05T00:00:00+07:00'],
    ['Thứ Sáu, ngày 20/12/2024', '2024-12-20T00:00:00+07:00'],
    ['Nguyễn Văn An | 16/12/2024 08:30', '2024-12-16T08:30:00+07:00'],
    ['16/12/2024 08:30 - Chuyên mục: Thời sự - Lượt xem: 1.205', '2024-12-16T08:30:00+07:00'],
    ['Hà Nội, ngày 16 tháng 12 năm 2024', '2024-12-16T00:00:00+07:00'],
    ['Tin, ảnh: Minh Hằng - Cập nhật lúc 9 giờ 05 ngày 1/2/2025', '2025-02-01T09:05:00+07:00'],
    ['17/10/21', '2021-10-17T00:00:00+07:00'],
    ['By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.', '2019-11-18T11:04:00+07:00'],
  ])('%s', (line, expected) => {
    expect(datelineDate(line)).toBe(expected);
  });

  it.each([
    'Thực hiện Chỉ thị 01-CT/ĐU ngày 13-8-2025 của Đảng ủy xã về tổ chức hội nghị.',
    'Chỉ thị 01-CT/ĐU ngày 13-8-2025',
    'Căn cứ Nghị quyết số 18-NQ/TW của Bộ Chính trị ngày 25/10/2017',
    'Kế hoạch 12/KH-UBND, ngày 3/12/2024',
    'Quyết định số 45/2024/QĐ-UBND ban hành ngày 16/12/2024',
    'Công văn số 17/10/21',
    'Sáng 16/12/2024, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 22.',
    'Ngày 13/8/2025, Đảng ủy xã Yên Phong tổ chức hội nghị quán triệt',
    '2 giờ trước',
  ])('not a dateline: %s', (line) => {
    expect(datelineDate(line)).toBeNull();
  });
});
