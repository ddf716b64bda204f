import { describe, expect, it } from '@jest/globals';
import { extractConference } from './extract-conference.js';
import { toScoringView } from './scoring-view.js';

const SEED = [
  'Thứ 2, Ngày 02 / 12 / 2024',
  'Sáng 01/12, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt, triển khai tổng kết việc thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XII).',
  'Tại Hội nghị, đồng chí Trưởng Ban Tổ chức Trung ương Lê Minh Hưng truyền đạt các nội dung chính. Phát biểu kết luận Hội nghị, Tổng Bí thư Tô Lâm nhấn mạnh một số nội dung trọng tâm.',
  'Cùng với 14.535 điểm cầu với trên 1,3 triệu cán bộ, đảng viên trên cả nước; 233 điểm cầu với 19.054 cán bộ, đảng viên trong tỉnh tham gia hội nghị trực tuyến.',
].join('\n\n');

describe('extractConference', () => {
  it('extracts a national dissemination conference', () => {
    const result = extractConference({ text: SEED, title: null, publishedAt: null, url: null });
    expect(toScoringView(result)).toEqual({
      isConference: true,
      conference: {
        name: 'Hội nghị toàn quốc quán triệt, triển khai tổng kết việc thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XII)',
        date: '2024-12-01',
        partOfDay: 'morning',
        scope: 'national',
        format: 'online',
        organizers: ['Bộ Chính trị', 'Ban Bí thư'],
        venue: null,
        connectionPoints: 14535,
        attendees: 1_300_000,
        documents: ['NQ:18'],
        people: [
          { name: 'Lê Minh Hưng', roles: ['speaker'] },
          { name: 'Tô Lâm', roles: ['directing'] },
        ],
      },
    });
    expect(result.conference?.kind.value).toBe('dissemination');
  });

  it('gives every fact the span it was read from', () => {
    const c = extractConference({ text: SEED, title: null, publishedAt: null, url: null }).conference!;
    const spans = [
      c.name.span,
      c.date?.span,
      c.connectionPoints?.span,
      c.attendees?.span,
      ...c.organizers.map((o) => o.span),
      ...c.people.map((p) => p.span),
    ];
    for (const span of spans) {
      expect(span).not.toBeNull();
      expect(SEED.slice(span!.start, span!.end)).toBe(span!.text);
    }
    expect(c.connectionPoints!.span!.text).toBe('14.535');
    expect(c.name.span!.text).toBe(c.name.value);
    expect(c.people[0].span!.text).toBe('Lê Minh Hưng');
  });

  it('keeps offsets into decomposed input', () => {
    const text = SEED.normalize('NFD');
    const c = extractConference({ text, title: null, publishedAt: null, url: null }).conference!;
    const span = c.people[0].span!;
    expect(text.slice(span.start, span.end).normalize('NFC')).toBe('Lê Minh Hưng');
  });

  it('reads a headline the article text leaves out, without a span', () => {
    const result = extractConference({
      text: '',
      title:
        'Sáng nay ngày 13/7, tại Hà Nội, Tổng Bí thư Nguyễn Phú Trọng chủ trì Hội nghị Quân ủy Trung ương đánh giá kết quả lãnh đạo thực hiện nhiệm vụ quân sự.',
      publishedAt: '2022-07-13',
      url: null,
    });
    expect(result.isConference).toBe(true);
    expect(result.conference?.date?.value).toBe('2022-07-13');
    expect(result.conference?.name.span).toBeNull();
  });

  it('never throws on bad input', () => {
    const bad = [
      null,
      undefined,
      {},
      { text: 42 },
      { text: '', title: '' },
      { text: '\u0000\uFFFF'.repeat(10), title: null },
    ];
    for (const b of bad) {
      expect(() => extractConference(b as never)).not.toThrow();
      expect(extractConference(b as never).isConference).toBe(false);
    }
  });

  it('shows no name in the scoring view when the text gives none', () => {
    const result = extractConference({
      text: 'Đồng thời, tại Hội nghị lần này, đồng chí Lê Thanh Hải - TUV, Bí thư Huyện ủy đã báo cáo dự thảo.\n\nKết luận Hội nghị, đồng chí Bí thư Huyện ủy nhấn mạnh các nhiệm vụ.',
      title: null,
      publishedAt: null,
      url: null,
    });
    expect(result.conference?.name).toEqual({ value: 'Hội nghị', span: null });
    expect(toScoringView(result).conference?.name).toBeNull();
  });
});

describe('contract', () => {
  it('produces events that match ExtractedConference', async () => {
    const { Compile } = await import('typebox/compile');
    const { ExtractedConference } = await import('@hoinghi/contracts');
    const check = Compile(ExtractedConference);
    const texts = [
      SEED,
      'Sáng 7-2, Hội nghị toàn quốc diễn ra theo hình thức trực tiếp từ điểm cầu chính tại phòng họp Diên Hồng, Nhà Quốc hội kết nối trực tuyến tới trên 31.000 điểm cầu, với hơn 1,9 triệu đại biểu tham dự. Tổng Bí thư Tô Lâm dự và phát biểu chỉ đạo.',
      'Sáng ngày 21/12/2021, Ban Thường trực Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị lần thứ 7 nhằm đánh giá công tác Mặt trận năm 2021.',
    ];
    for (const text of texts) {
      const c = extractConference({ text, title: null, publishedAt: null, url: null }).conference;
      expect(c).not.toBeNull();
      expect(check.Check(c)).toBe(true);
    }
  });
});
