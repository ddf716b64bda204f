import { describe, expect, it } from '@jest/globals';
import { findCounts } from './counts.js';
import { buildDoc } from './doc.js';

const counts = (text: string, scope: 'national' | 'province' | 'commune' = 'national') =>
  findCounts(buildDoc({ text, title: null, publishedAt: null, url: null }), scope);

describe('findCounts', () => {
  it('takes the totals of the whole meeting, not of the local point', () => {
    const c = counts(
      'Cùng với 14.535 điểm cầu với trên 1,3 triệu cán bộ, đảng viên trên cả nước; 233 điểm cầu với 19.054 cán bộ, đảng viên trong tỉnh; toàn Đảng bộ Khối có 41 điểm cầu với 1.445 đại biểu tham gia hội nghị trực tuyến.',
    );
    expect(c.connectionPoints?.value).toBe(14535);
    expect(c.attendees?.value).toBe(1_300_000);
  });

  it('reads "nghìn" and hedges', () => {
    const c = counts(
      'Hội nghị được kết nối đến 21 nghìn điểm cầu với hơn 1,5 triệu đại biểu dự trong cả nước.',
    );
    expect(c.connectionPoints?.value).toBe(21000);
    expect(c.attendees?.value).toBe(1_500_000);
  });

  it('keeps per-level counts apart from the total', () => {
    const c = counts(
      'Dự tại điểm cầu thành phố Hải Phòng có các đồng chí lãnh đạo thành phố. Hội nghị được kết nối trực tuyến đến 16 điểm cầu cấp huyện, 202 điểm cầu cấp xã.',
    );
    expect(c.connectionPoints).toBeNull();
    expect(c.byLevel.map((b) => [b.level, b.value])).toEqual([
      ['district', 16],
      ['commune', 202],
    ]);
  });

  it('counts a list over several levels as the total', () => {
    const c = counts(
      'Hội nghị diễn ra theo hình thức trực tiếp kết nối trực tuyến tới trên 31.000 điểm cầu các ban, bộ ngành, địa phương, xã, phường, đặc khu, cơ quan, với hơn 1,9 triệu đại biểu tham dự.',
    );
    expect(c.connectionPoints?.value).toBe(31000);
    expect(c.attendees?.value).toBe(1_900_000);
  });

  it('counts participants of a local meeting on its own ground', () => {
    const c = counts(
      'Tham dự hội nghị có 230 đại biểu là cán bộ, đảng viên đang công tác, sinh hoạt Đảng trên địa bàn xã.',
      'commune',
    );
    expect(c.attendees?.value).toBe(230);
  });

  it('reads the local connection point the article reports from', () => {
    const c = counts(
      'Dự tại điểm cầu thành phố Hải Phòng có các đồng chí lãnh đạo thành phố. Hội nghị được kết nối trực tuyến đến 16 điểm cầu cấp huyện, 202 điểm cầu cấp xã.',
    );
    expect(c.local).toMatchObject({ name: 'thành phố Hải Phòng', connectionPoints: 218, attendees: null });
  });

  it('does not take visitors or amounts for participants', () => {
    const c = counts(
      'Tổng lượng khách đến tham quan ước đạt 12.800 lượt người, doanh thu 1,84 tỷ đồng.',
      'province',
    );
    expect(c.attendees).toBeNull();
  });
});
