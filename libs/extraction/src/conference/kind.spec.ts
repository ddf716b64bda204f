import { describe, expect, it } from '@jest/globals';
import { meetingKind } from './kind.js';

describe('meetingKind', () => {
  it('tells plenums, disseminations, briefings and reviews apart', () => {
    expect(meetingKind('Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XII', '')).toBe('plenum');
    expect(
      meetingKind('Hội nghị toàn quốc quán triệt, triển khai thực hiện Nghị quyết Đại hội XIV', ''),
    ).toBe('dissemination');
    expect(meetingKind('Hội nghị giao ban báo chí thường kỳ', '')).toBe('briefing');
    expect(meetingKind('Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2024', '')).toBe('review');
    expect(meetingKind('Hội thảo khoa học lần 2 về quy hoạch tỉnh', '')).toBe('other');
  });

  it('falls back on the lead when there is no name', () => {
    expect(meetingKind(null, 'Đồng chí Nguyễn Đăng Khoa quán triệt văn bản của Trung ương.')).toBe(
      'dissemination',
    );
  });
});
