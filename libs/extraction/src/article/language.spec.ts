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

  it('takes <html lang>, then og:locale, then detection', () => {
    expect(chooseLanguage('vi-VN', 'en_US', EN)).toBe('vi');
    expect(chooseLanguage(null, 'vi_VN', EN)).toBe('vi');
    expect(chooseLanguage(null, null, VI)).toBe('vi');
  });

  it('overrides a template lang="en" on clearly Vietnamese text', () => {
    expect(chooseLanguage('en', null, VI)).toBe('vi');
  });
});
