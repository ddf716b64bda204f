import { describe, expect, it } from '@jest/globals';
import { extractConference, toScoringView } from '../conference/index.js';

/** Sentences written for these tests after the patterns of English reports from Vietnamese outlets. */
const read = (text: string, title: string | null = null, publishedAt: string | null = '2024-12-02') =>
  toScoringView(extractConference({ text, title, publishedAt, url: null }));

describe('English reports', () => {
  it('reads a national dissemination conference: organisers in Vietnamese, counts, documents, roles', () => {
    const view = read(
      'Hanoi (VNA) – The Politburo and the Secretariat on December 1 convened a national conference to disseminate Resolution No. 18-NQ/TW, connecting to 14,535 connection points with more than 1.3 million participants.\n\nParty General Secretary To Lam delivered a directing speech at the conference, while Politburo member and Prime Minister Pham Minh Chinh presented a report on the socio-economic situation.',
      'National conference disseminates resolution on streamlining apparatus',
    );
    expect(view.isConference).toBe(true);
    expect(view.conference).toMatchObject({
      date: '2024-12-01',
      scope: 'national',
      format: 'online',
      organizers: ['Bộ Chính trị', 'Ban Bí thư'],
      connectionPoints: 14535,
      attendees: 1300000,
      documents: ['NQ:18'],
    });
    expect(view.conference!.name).toMatch(/^national conference to disseminate Resolution/);
    expect(view.conference!.people).toEqual([
      { name: 'To Lam', roles: ['directing'] },
      { name: 'Pham Minh Chinh', roles: ['speaker'] },
    ]);
  });

  it('takes a plenum from its subject, and its first day is not the day it closed', () => {
    const opened = read(
      'The tenth plenum of the 13th Party Central Committee opened in Hanoi on September 18 under the chair of Party General Secretary To Lam.',
    );
    expect(opened.conference).toMatchObject({
      name: 'tenth plenum of the 13th Party Central Committee',
      date: '2024-09-18',
      organizers: ['Ban Chấp hành Trung ương'],
      venue: 'Hanoi',
      people: [{ name: 'To Lam', roles: ['chair'] }],
    });
    const closed = read('The 15th National Assembly concluded its eighth session in Hanoi on November 30.');
    expect(closed.conference).toMatchObject({ organizers: ['Quốc hội'], date: null });
  });

  it('maps a provincial body to its Vietnamese name, completed with the one province the text names', () => {
    const view = read(
      'On November 20, the Provincial Party Committee held a conference to review the implementation of the Quang Ninh province development plan. Secretary of the Provincial Party Committee Nguyen Van Thang chaired the conference.',
    );
    expect(view.conference).toMatchObject({ organizers: ['Tỉnh ủy Quảng Ninh'], scope: 'province' });
  });

  it('shares the verb after a list of people with everyone in it', () => {
    const view = read(
      'The meeting of the provincial People’s Council was held on Monday. Tran Van Minh, Deputy Secretary of the Provincial Party Committee; Le Thi Hoa, Vice Chairwoman of the provincial People’s Committee; and Pham Quoc Dung, Director of the Department of Finance, also attended the meeting.',
    );
    expect(view.conference!.people.map((p) => p.roles)).toEqual([['attendee'], ['attendee'], ['attendee']]);
    expect(view.conference!.date).toBe('2024-12-02');
  });

  it('does not take announcements, documents, ceremonies or visits for meetings', () => {
    expect(
      read(
        'The Party Central Committee will hold its 11th plenum in Hanoi next week to discuss personnel work.',
      ).isConference,
    ).toBe(false);
    expect(
      read(
        'The Prime Minister has issued a directive on speeding up the disbursement of public investment capital in 2025.',
      ).isConference,
    ).toBe(false);
    expect(
      read(
        'State President Luong Cuong attended a ceremony in Hanoi on October 10 to mark the 70th anniversary of the capital’s liberation.',
      ).isConference,
    ).toBe(false);
    expect(
      read(
        'Prime Minister Pham Minh Chinh paid a working visit to Binh Dinh province on Saturday and inspected the Phu Cat airport project.',
      ).isConference,
    ).toBe(false);
  });

  it('recognises other languages and does not misread them', () => {
    const result = extractConference({
      text: 'Le Comité central du Parti communiste du Vietnam a ouvert sa dixième session plénière le 18 septembre à Hanoï, sous la présidence du secrétaire général To Lam.',
      title: null,
      publishedAt: null,
      url: null,
    });
    expect(result).toMatchObject({ isConference: false, language: 'fr' });
  });
});

describe('English reports read one after another', () => {
  it('give the same result whatever was read before', () => {
    const report =
      'The Government convened its regular monthly meeting in Hanoi on August 30 under the chair of Prime Minister Nguyen Xuan Phuc.';
    const alone = read(report);
    read('The conference drew attention to the report and the plan, which the meeting will discuss later.');
    expect(read(report)).toEqual(alone);
  });
});
