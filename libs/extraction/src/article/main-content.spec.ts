import { describe, expect, it } from '@jest/globals';
import type { Paragraph } from './byline.js';
import { isDateLine, trimEdges } from './main-content.js';

const p = (text: string, prose = false, heading = false): Paragraph => ({ text, prose, heading });
const PROSE = 'Sáng 16/12, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 22 để thảo luận các báo cáo.';

describe('isDateLine', () => {
  it('drops labelled date lines anywhere and any date line at the edges', () => {
    expect(isDateLine('Thứ Hai, 16/12/2024, 15:15 (GMT+7)', false)).toBe(true);
    expect(isDateLine('Cập nhật: 16/12/2024 15:15', false)).toBe(true);
    expect(isDateLine('Minh Anh 16/12/2024 15:15', true)).toBe(true);
  });

  it('keeps event dates inside the text', () => {
    expect(isDateLine('1. Thời gian: 8 giờ 00, ngày 20/12/2024', false)).toBe(false);
    expect(isDateLine('Hội nghị khai mạc ngày 20/12/2024.', true)).toBe(false);
  });
});

describe('trimEdges', () => {
  it('drops share labels and date lines around the prose, keeps a leading sentence and inner headings', () => {
    const out = trimEdges([
      p('Chia sẻ Facebook'),
      p('Thứ Hai, 16/12/2024 (GMT+7)'),
      p('TTV - Chiều 16/12, hội nghị khai mạc.'),
      p(PROSE, true),
      p('Không để ai bị bỏ lại phía sau', false, true),
      p(PROSE, true),
      p('Theo dõi chúng tôi'),
    ]);
    expect(out.map((x) => x.text)).toEqual([
      'TTV - Chiều 16/12, hội nghị khai mạc.',
      PROSE,
      'Không để ai bị bỏ lại phía sau',
      PROSE,
    ]);
  });

  it('keeps the lead first and drops the author and date lines between it and the body', () => {
    const lead: Paragraph = {
      text: 'Sáng 16/12, hội nghị lần thứ 22 khai mạc tại Hội trường Tỉnh ủy.',
      prose: true,
      heading: false,
      lead: true,
    };
    const out = trimEdges([
      p('Chia sẻ Facebook'),
      lead,
      p('Minh Anh'),
      p('Thứ Hai, 16/12/2024 15:15'),
      p(PROSE, true),
    ]);
    expect(out.map((x) => x.text)).toEqual([lead.text, PROSE]);
  });
});
