import { describe, expect, it } from '@jest/globals';
import { isCentralCity, isKnownPlace, mentionsCentralCity } from './places.js';

describe('places', () => {
  it('knows provinces and other places', () => {
    expect(isKnownPlace('An Giang')).toBe(true);
    expect(isKnownPlace('Thanh Hoá')).toBe(true);
    expect(isKnownPlace('Việt Nam')).toBe(true);
    expect(isKnownPlace('Lê Hồng Quang')).toBe(false);
  });

  it('knows cities under the central government', () => {
    expect(isCentralCity('Hải Phòng')).toBe(true);
    expect(isCentralCity('thành phố Đà Nẵng')).toBe(true);
    expect(isCentralCity('Nam Định')).toBe(false);
    expect(mentionsCentralCity('xây dựng và phát triển thành phố Hải Phòng đến năm 2030')).toBe(true);
    expect(mentionsCentralCity('Ủy viên Bộ Chính trị, Bí thư Thành ủy TPHCM Nguyễn Văn Nên')).toBe(true);
    expect(mentionsCentralCity('Bí thư thành uỷ, Chủ tịch HĐND thành phố')).toBe(false);
  });
});
