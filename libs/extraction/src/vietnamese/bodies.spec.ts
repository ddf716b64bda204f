import { describe, expect, it } from '@jest/globals';
import { canonicalBody, definedAbbreviations, scopeOfBody, startsWithBody } from './bodies.js';

describe('canonicalBody', () => {
  it('drops parenthesised abbreviations and keeps UBND, HĐND, MTTQ short', () => {
    expect(canonicalBody('Ban Tuyên giáo và Dân vận (TG&DV) Trung ương')).toBe(
      'Ban Tuyên giáo và Dân vận Trung ương',
    );
    expect(canonicalBody('Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam')).toBe(
      'Ủy ban Trung ương MTTQ Việt Nam',
    );
    expect(canonicalBody('Ủy ban nhân dân tỉnh')).toBe('UBND tỉnh');
    expect(canonicalBody('Hội đồng hương (ĐH) Thanh Hóa tại Hà Nội')).toBe(
      'Hội đồng hương Thanh Hóa tại Hà Nội',
    );
  });

  it('names the Party committee the usual way', () => {
    expect(canonicalBody('Ban Chấp hành Đảng bộ TPHCM')).toBe('Thành ủy TPHCM');
    expect(canonicalBody('Ban Chấp hành Trung ương Đảng')).toBe('Ban Chấp hành Trung ương');
    expect(canonicalBody('Ban Bí thư Trung ương Đảng')).toBe('Ban Bí thư');
    expect(canonicalBody('Ban tuyên giáo huyện Đô lương')).toBe('Ban Tuyên giáo Huyện ủy Đô lương');
    expect(canonicalBody('Ban Dân vận Tỉnh ủy')).toBe('Ban Dân vận Tỉnh ủy');
    expect(canonicalBody('HĐND tỉnh Nghệ An khóa XVIII')).toBe('HĐND tỉnh Nghệ An');
    expect(canonicalBody('Đảng uỷ quân sự thành phố')).toBe('Đảng ủy quân sự thành phố');
    expect(canonicalBody('Ban chấp hành Trung ương')).toBe('Ban Chấp hành Trung ương');
    expect(canonicalBody('Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh')).toBe('Đảng ủy Khối các cơ quan tỉnh');
  });

  it('drops every term phrase and expands an abbreviation only as written', () => {
    expect(canonicalBody('Chính phủ nhiệm kỳ khóa XV')).toBe('Chính phủ');
    expect(canonicalBody('Sở Tư pháp tỉnh Nghệ An')).toBe('Sở Tư pháp tỉnh Nghệ An');
  });

  it('expands abbreviations the text defines', () => {
    const text =
      'Ngày 9/1, Ban Chỉ đạo (BCĐ) thực hiện Quy chế dân chủ (QCDC) ở cơ sở tỉnh và BCĐ phong trào thi đua';
    const defined = definedAbbreviations(text);
    expect(defined.get('BCĐ')).toBe('Ban Chỉ đạo');
    expect(canonicalBody('BCĐ phong trào thi đua "Dân vận khéo" tỉnh', defined)).toBe(
      'Ban Chỉ đạo phong trào thi đua "Dân vận khéo" tỉnh',
    );
  });
});

describe('scopeOfBody', () => {
  it('tells the level of a body', () => {
    expect(scopeOfBody('Bộ Chính trị')).toBe('national');
    expect(scopeOfBody('Ban Tuyên giáo Trung ương')).toBe('national');
    expect(scopeOfBody('Ủy ban Kiểm tra Trung ương')).toBe('national');
    expect(scopeOfBody('Ban Chỉ đạo Phòng thủ dân sự quốc gia')).toBe('national');
    expect(scopeOfBody('Bộ Y tế')).toBe('sector');
    expect(scopeOfBody('Đảng ủy Công an Trung ương')).toBe('sector');
    expect(scopeOfBody('Đảng ủy Khối các cơ quan Trung ương')).toBe('sector');
    expect(scopeOfBody('Ban Chấp hành Hội Liên hiệp Phụ nữ Việt Nam')).toBe('sector');
    expect(scopeOfBody('UBND tỉnh')).toBe('province');
    expect(scopeOfBody('Đảng ủy Khối Doanh nghiệp tỉnh')).toBe('province');
    expect(scopeOfBody('Thành ủy TPHCM')).toBe('province');
    expect(scopeOfBody('Hội đồng hương Thanh Hóa tại Hà Nội')).toBe('province');
    expect(scopeOfBody('Ban Thường trực Ủy ban MTTQ Việt Nam huyện Đông Giang')).toBe('district');
    expect(scopeOfBody('Đảng ủy Quân sự thành phố')).toBe('district');
    expect(scopeOfBody('Đảng ủy Quân sự thành phố', true)).toBe('province');
    expect(scopeOfBody('Đảng ủy xã Bình Sơn')).toBe('commune');
  });

  it('knows how body names start', () => {
    expect(startsWithBody('Hội Nhà báo Việt Nam')).toBe(true);
    expect(startsWithBody('Thể thao và Du lịch')).toBe(false);
  });
});
