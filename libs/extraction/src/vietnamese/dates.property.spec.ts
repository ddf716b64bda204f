import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  addDays,
  dateFromUrl,
  findDateMentions,
  findDateline,
  isoDate,
  parseReferenceDate,
  resolveYear,
  yearFromMentions,
} from './dates.js';

/** A real calendar day, years as news text names them. */
const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));

/** Text full of what dates are made of: digits, separators, date words, parts of the day. */
const dateNoise = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({
    unit: fc.constantFrom(
      ...'0123456789/.-–, ()'.split(''),
      'ngày ',
      'tháng ',
      'năm ',
      'Sáng ',
      'chiều ',
      'hôm nay',
      'hôm qua',
      'thứ Hai ',
      'và ',
      'đến ',
      '\n',
    ),
    maxLength: 40,
  }),
);

const pad = (n: number, padded: boolean) => (padded ? String(n).padStart(2, '0') : String(n));

describe('Vietnamese dates, on generated input', () => {
  it('findDateMentions never throws; mentions are in order, inside the text, and real days of the year', () => {
    fc.assert(
      fc.property(dateNoise, (text) => {
        let end = 0;
        for (const m of findDateMentions(text)) {
          expect(m.start).toBeGreaterThanOrEqual(end);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          if (m.day !== null && m.month !== null) expect(isoDate(2024, m.month, m.day)).not.toBeNull();
          if (m.year !== null) expect(m.year).toBeGreaterThanOrEqual(1900);
          end = m.end;
        }
      }),
    );
  });

  it('reads back a date written d/m/yyyy, d-m-yyyy or d.m.yyyy, padded or not, with its part of day', () => {
    fc.assert(
      fc.property(
        day,
        fc.constantFrom('/', '-', '.'),
        fc.boolean(),
        fc.constantFrom(['Sáng', 'morning'], ['Chiều', 'afternoon'], ['Tối', 'evening'], ['Ngày', null]),
        (d, separator, padded, [word, partOfDay]) => {
          const written = [pad(d.day, padded), pad(d.month, padded), d.year].join(separator);
          const text = `${word} ${written}, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị.`;
          expect(findDateMentions(text)).toEqual([
            expect.objectContaining({ ...d, partOfDay, start: 0, end: word.length + 1 + written.length }),
          ]);
        },
      ),
    );
  });

  it('reads back a date written in words ("ngày 21 tháng 12 năm 2022")', () => {
    fc.assert(
      fc.property(day, fc.boolean(), (d, padded) => {
        const text = `Hải Phòng, ngày ${pad(d.day, padded)} tháng ${pad(d.month, padded)} năm ${d.year}`;
        expect(findDateMentions(text)).toEqual([expect.objectContaining(d)]);
        expect(findDateline(text)).toEqual(d);
      }),
    );
  });

  it('isoDate and parseReferenceDate go both ways; isoDate refuses days that do not exist', () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(parseReferenceDate(isoDate(d.year, d.month, d.day))).toEqual(d);
      }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: -5, max: 40 }),
        fc.integer({ min: -5, max: 40 }),
        (y, m, dd) => {
          const iso = isoDate(y, m, dd);
          if (iso === null) return;
          const back = new Date(`${iso}T00:00:00Z`);
          expect([back.getUTCMonth() + 1, back.getUTCDate()]).toEqual([m, dd]);
        },
      ),
    );
  });

  it('resolveYear never puts a day/month after the reference date (one day of grace)', () => {
    fc.assert(
      fc.property(day, day, (mentioned, reference) => {
        if (isoDate(2024, mentioned.month, mentioned.day) === null) return;
        const year = resolveYear(mentioned.day, mentioned.month, reference);
        expect([reference.year - 1, reference.year]).toContain(year);
        const limit = addDays(reference, 1)!;
        const key = (d: { year: number; month: number; day: number | null }) =>
          d.year * 10_000 + d.month * 100 + (d.day ?? 0);
        expect(key({ year, month: mentioned.month, day: mentioned.day })).toBeLessThanOrEqual(key(limit));
      }),
    );
  });

  it('addDays there and back is where it started', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -1000, max: 1000 }), (d, days) => {
        expect(addDays(addDays(d, days)!, -days)).toEqual(d);
      }),
    );
  });

  it('dateFromUrl, findDateline and yearFromMentions never throw, and give real dates', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.webUrl({ withQueryParameters: true }), dateNoise),
        fc.integer({ min: 1, max: 12 }),
        (text, month) => {
          const fromUrl = dateFromUrl(text);
          if (fromUrl?.day) expect(isoDate(fromUrl.year, fromUrl.month, fromUrl.day)).not.toBeNull();
          const dateline = findDateline(text);
          if (dateline?.day) expect(isoDate(dateline.year, dateline.month, dateline.day)).not.toBeNull();
          const year = yearFromMentions(text, month);
          if (year !== null) expect(year).toBeGreaterThanOrEqual(1899);
        },
      ),
    );
  });

  it('dateFromUrl reads the dates CMSs put in article URLs', () => {
    fc.assert(
      fc.property(
        day.filter((d) => d.year >= 2000),
        fc.webSegment(),
        (d, slug) => {
          const [y, m, dd] = [String(d.year), pad(d.month, true), pad(d.day, true)];
          expect(dateFromUrl(`https://tin.example.vn/${y}/${m}/${dd}/${slug}`)).toEqual(d);
          expect(dateFromUrl(`https://tin.example.vn/chinh-tri/${slug}-${y}${m}${dd}093015123.htm`)).toEqual(
            d,
          );
        },
      ),
    );
  });
});
