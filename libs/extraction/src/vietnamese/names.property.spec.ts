import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { SURNAMES } from '../vocabulary/names.js';
import { HONORIFICS, TITLE_HEADS } from '../vocabulary/titles.js';
import { findPersonMentions, isSurname } from './names.js';
import { containsTitle, endsWithHonorific, splitTitles, startsWithTitle } from './titles.js';

/** Names made of common surnames and given names that are neither places nor bodies. */
const name = fc
  .tuple(
    fc.constantFrom('Nguyễn', 'Trần', 'Lê', 'Phạm', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương'),
    fc.constantFrom('Văn', 'Thị', 'Minh', 'Thanh', 'Hữu', 'Đức', 'Ngọc', 'Quốc'),
    fc.constantFrom('Hùng', 'Lan', 'Tuấn', 'Dũng', 'Hương', 'Phúc', 'Trang', 'Khoa', 'Thắng', 'Tâm'),
  )
  .map((parts) => parts.join(' '));

/** Titles as reports write them, one or several. */
const title = fc.constantFrom(
  'Thủ tướng Chính phủ',
  'Ủy viên Bộ Chính trị',
  'Bí thư Tỉnh ủy',
  'Phó Bí thư Thường trực Tỉnh ủy',
  'Chủ tịch UBND tỉnh',
  'Trưởng Ban Tuyên giáo Tỉnh ủy',
  'Giám đốc Sở Y tế',
  'Bộ trưởng Bộ Công an',
  'Đại tá',
);
const titles = fc.uniqueArray(title, { minLength: 1, maxLength: 3 });

/** Text with names, titles and honorifics scattered through noise. */
const peopleNoise = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      ' ',
      ', ',
      '. ',
      '; ',
      ' - ',
      '(',
      ')',
      ': ',
      '\n',
      'đồng chí ',
      'ông ',
      'bà ',
      'và ',
      'chủ trì ',
    ),
    title,
    name,
    fc.constantFrom('Hà Nội', 'Đoàn Thanh niên', 'Hội nghị', 'UBND', 'A', 'Ksor', 'Đ/c'),
    fc.string({ unit: 'grapheme', maxLength: 3 }),
  ),
  maxLength: 25,
});

describe('people and titles, on generated input', () => {
  it('findPersonMentions never throws; each name is the text at its offsets, inside its phrase, in order', () => {
    fc.assert(
      fc.property(peopleNoise, (text) => {
        let end = 0;
        for (const person of findPersonMentions(text)) {
          expect(text.slice(person.start, person.end)).toBe(person.name);
          expect(person.phraseStart).toBeLessThanOrEqual(person.start);
          expect(person.phraseEnd).toBeGreaterThanOrEqual(person.end);
          expect(person.phraseEnd).toBeLessThanOrEqual(text.length);
          expect(person.start).toBeGreaterThanOrEqual(end);
          end = person.end;
          for (const t of person.titles) expect(t).toBe(t.trim());
        }
      }),
    );
  });

  it('finds a person written title first, with the titles', () => {
    fc.assert(
      fc.property(titles, name, (written, person) => {
        const text = `Dự hội nghị có ${written.join(', ')} ${person} phát biểu chỉ đạo.`;
        expect(findPersonMentions(text).map((p) => ({ name: p.name, titles: p.titles }))).toEqual([
          { name: person, titles: written },
        ]);
      }),
    );
  });

  it('finds a person written name first, titles after', () => {
    fc.assert(
      fc.property(name, titles, (person, written) => {
        const text = `Tham dự có đồng chí ${person}, ${written.join(', ')}.`;
        expect(findPersonMentions(text).map((p) => ({ name: p.name, titles: p.titles }))).toEqual([
          { name: person, titles: written },
        ]);
      }),
    );
  });

  it('splitTitles gives back the titles a run was made of', () => {
    fc.assert(
      fc.property(titles, fc.constantFrom(', ', '; ', ' - '), (written, separator) => {
        expect(splitTitles(written.join(separator))).toEqual(written);
      }),
    );
  });

  it('splitTitles, startsWithTitle, containsTitle and endsWithHonorific take anything', () => {
    fc.assert(
      fc.property(fc.oneof(peopleNoise, fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
        for (const t of splitTitles(text)) expect(t.length).toBeGreaterThan(1);
        startsWithTitle(text);
        containsTitle(text);
        endsWithHonorific(text);
      }),
    );
  });

  it('every title head starts a title and is found inside a phrase, however it is composed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TITLE_HEADS), fc.boolean(), (head, decomposed) => {
        const written = decomposed ? head.normalize('NFD') : head;
        expect(startsWithTitle(`${written} tỉnh`)).toBe(true);
        expect(startsWithTitle(`nguyên ${written}`)).toBe(true);
        expect(containsTitle(`Hội nghị có ${written} dự`)).toBe(true);
      }),
    );
  });

  it('every honorific ends a phrase that introduces a person', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HONORIFICS), (honorific) => {
        expect(endsWithHonorific(`Dự hội nghị có ${honorific}`)).toBe(true);
        expect(endsWithHonorific(`Dự hội nghị có ${honorific}: `)).toBe(true);
      }),
    );
  });

  it('isSurname does not mind case or composition', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SURNAMES), (surname) => {
        expect(isSurname(surname)).toBe(true);
        expect(isSurname(surname.toUpperCase())).toBe(true);
        expect(isSurname(surname.normalize('NFD'))).toBe(true);
      }),
    );
  });
});
