import { describe, expect, it } from '@jest/globals';
import { chooseLanguage, detectLanguage, normalizeLanguageTag } from './language.js';

const VI =
  'Sáng 16/12, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 22 để thảo luận các báo cáo quan trọng.';
const EN = 'The committee met on Monday to discuss the report and the plan for the next year of the program.';

describe('language', () => {
  it('normalises tags', () => {
    expect(normalizeLanguageTag('vi-VN')).toBe('vi');
    expect(normalizeLanguageTag('vi_VN')).toBe('vi');
    expect(normalizeLanguageTag('EN')).toBe('en');
    expect(normalizeLanguageTag('{lang}')).toBeNull();
  });

  it('detects Vietnamese by its letters', () => {
    expect(detectLanguage(VI)).toBe('vi');
    expect(detectLanguage(EN)).toBe('en');
    expect(detectLanguage('12345')).toBeNull();
  });

  it('tells other languages apart by their words, Vietnamese names in them notwithstanding', () => {
    expect(
      detectLanguage(
        'Le Comité central du Parti a ouvert sa conférence le 3 mai à Hanoï, présidée par Nguyễn Phú Trọng, pour examiner les résultats.',
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'State President Lương Cường chaired a conference in the northeastern province of Quảng Ninh on 19 March to review the report.',
      ),
    ).toBe('en');
  });

  it('takes the text over a template declaration, and the declaration when the text is too short to tell', () => {
    expect(chooseLanguage('vi-VN', 'en_US', EN)).toBe('en');
    expect(chooseLanguage(null, 'vi_VN', 'Hội nghị')).toBe('vi');
    expect(chooseLanguage('en', null, 'Tin')).toBe('en');
  });

  it('overrides a template lang="en" on clearly Vietnamese text', () => {
    expect(chooseLanguage('en', null, VI)).toBe('vi');
  });
});
