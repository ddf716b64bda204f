import { describe, expect, it } from '@jest/globals';
import { extractConference } from './extract-conference.js';
import { toScoringView } from './scoring-view.js';

/**
 * Patterns of Vietnamese news writing that the rules must read whatever the case. Every sentence here was
 * written for these tests (names, places and numbers made up); none comes from a labeled case.
 */
const read = (text: string, publishedAt: string | null = '2024-11-20', title: string | null = null) =>
  toScoringView(extractConference({ text, title, publishedAt, url: null }));
const roles = (text: string, publishedAt: string | null = '2024-11-20') =>
  Object.fromEntries((read(text, publishedAt).conference?.people ?? []).map((p) => [p.name, p.roles]));

describe('whether a text reports a held meeting', () => {
  it('reads the meeting noun as pages misspell it', () => {
    expect(read('Sáng 20/11, UBND tỉnh tổ chức hội ghị tổng kết công tác năm 2024.').conference?.name).toBe(
      'Hội ghị tổng kết công tác năm 2024',
    );
  });

  it('reads a body at work as a meeting: a collective subject with a deliberative predicate and a day', () => {
    const view = read(
      'Sáng 4/11, Thường trực Huyện ủy cho ý kiến về phương án sắp xếp các thôn, tổ dân phố. Đồng chí Lò Văn Hạnh, Bí thư Huyện ủy chủ trì.',
    );
    expect(view.isConference).toBe(true);
    expect(view.conference?.date).toBe('2024-11-04');
  });

  it('reads the existential put before the meeting', () => {
    const view = read(
      'Sáng 14/9, tại thành phố Hải Dương, đã diễn ra Hội nghị sơ kết 3 năm thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy.',
    );
    expect(view.conference).toMatchObject({ date: '2024-09-14', documents: ['NQ:9/TU'] });
    expect(view.conference?.name).toMatch(/^Hội nghị sơ kết 3 năm thực hiện Nghị quyết/u);
  });

  it('keeps the planning frame of an announcement over the tenseless sentences after it', () => {
    expect(
      read(
        'Theo kế hoạch, hội nghị dự kiến tổ chức sáng 10/12. Điểm cầu chính của hội nghị đặt tại Hội trường tỉnh, kết nối đến các điểm cầu cấp huyện.',
      ).isConference,
    ).toBe(false);
  });

  it('does not take a speech printed in full for a report, unless a sentence before it says the meeting was held', () => {
    const speech =
      'Tại Hội nghị tổng kết năm của Tập đoàn, đồng chí Nguyễn Văn Hòa đã có bài phát biểu quan trọng. Trân trọng giới thiệu bài phát biểu.\n\nKính thưa các đồng chí,\n\nHôm nay chúng ta tổ chức Hội nghị tổng kết năm với nhiều kết quả.';
    expect(read(speech).isConference).toBe(false);
    const report =
      'Sáng 13/11, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị quán triệt Nghị quyết số 57-NQ/TW. Trân trọng giới thiệu bài phát biểu khai mạc.\n\nKính thưa các đồng chí,\n\nHôm nay chúng ta tổ chức Hội nghị.';
    expect(read(report).isConference).toBe(true);
  });

  it('does not take a round-up of meetings held by many units for one meeting', () => {
    expect(
      read(
        'Đến nay, các xã, phường trên địa bàn thành phố đã lần lượt tổ chức tổng kết phong trào thi đua giai đoạn 2019 – 2024. Qua hội nghị, các cơ sở đánh giá kết quả đạt được.',
      ).isConference,
    ).toBe(false);
  });

  it('takes a tag page of headlines each followed by a teaser for a list of stories', () => {
    const page = [
      'Kỳ họp HĐND',
      'Rà soát nội dung chương trình kỳ họp cuối năm',
      'Ngày 5/11, Chủ tịch HĐND tỉnh Trần Văn Hòa chủ trì phiên họp Thường trực HĐND tỉnh tháng 11 để rà soát các nội dung.',
      'Sắp xếp ấp, khóm sẽ được quyết nghị tại kỳ họp cuối năm',
      'Dự kiến sẽ có 18 tờ trình được trình kỳ họp, trong đó có 14 nghị quyết về sắp xếp đơn vị hành chính cấp xã.',
    ].join('\n\n');
    expect(read(page).isConference).toBe(false);
  });
});

describe('who took part, and how', () => {
  it('gives a fronted phrase after a source tag its role', () => {
    expect(
      roles(
        '(HNO) - Sáng 6/11, Huyện ủy tổ chức hội nghị sơ kết quý III.\n\n(HNO) - Phát biểu kết luận hội nghị, đồng chí Hoàng Văn Nam, Bí thư Huyện ủy yêu cầu các cấp ủy tập trung thực hiện.',
      ),
    ).toEqual({ 'Hoàng Văn Nam': ['directing'] });
  });

  it('skips "thay mặt …", "cùng" and "sau đó" between a person and the verb', () => {
    expect(
      roles(
        'Sáng 6/11, Đại hội tiếp tục làm việc tại hội trường. Ủy viên Bộ Chính trị, Chủ tịch nước Lê Văn Hùng thay mặt Đoàn Chủ tịch điều hành phiên họp.',
      ),
    ).toEqual({ 'Lê Văn Hùng': ['chair'] });
    expect(
      roles(
        'Sáng 6/11, UBND tỉnh tổ chức hội nghị. Chủ tịch UBND tỉnh Lê Hữu Phước sau đó phát biểu chỉ đạo.',
      ),
    ).toEqual({ 'Lê Hữu Phước': ['directing'] });
  });

  it('gives the top official’s plain speech the directing role, and another’s the speaker role', () => {
    expect(
      roles(
        'Sáng 6/11, Tỉnh ủy tổ chức hội nghị sơ kết. Bí thư Tỉnh ủy Nguyễn Văn Thắng phát biểu tại hội nghị. Bà Trịnh Thu Hà, Giám đốc Sở Tài chính, cho biết ngân sách vượt dự toán.',
      ),
    ).toEqual({ 'Nguyễn Văn Thắng': ['directing'], 'Trịnh Thu Hà': ['speaker'] });
  });

  it('gives the roles of an introduction to a list that shares one title', () => {
    expect(
      roles(
        'Sáng 5/1, Chính phủ tổ chức hội nghị trực tuyến với các địa phương. Cùng chủ trì hội nghị có các đồng chí Phó Thủ tướng Chính phủ: Trần Văn Minh, Ủy viên Bộ Chính trị; Lê Văn Khải, Đỗ Đức Tâm và Phạm Văn Thành.',
      ),
    ).toEqual({
      'Trần Văn Minh': ['chair'],
      'Lê Văn Khải': ['chair'],
      'Đỗ Đức Tâm': ['chair'],
      'Phạm Văn Thành': ['chair'],
    });
    expect(
      roles(
        'Sáng 5/1, UBND xã tổ chức hội nghị đối thoại. Ngoài ra, hội nghị còn có sự tham dự của đồng chí Trương Minh Khoa - Chủ tịch Ủy ban MTTQ Việt Nam xã.',
      ),
    ).toMatchObject({ 'Trương Minh Khoa': ['attendee'] });
  });

  it('reads a sentence whose lines were broken inside it as one', () => {
    expect(
      roles(
        'Sáng 5/1, Huyện ủy tổ chức đại hội. Đến dự và\nchỉ đạo Đại hội có các đồng\nchí: Nguyễn Mạnh Hà, Bí thư Tỉnh ủy; Nguyễn Dương Thủy, Phó Bí thư Tỉnh ủy.',
      ),
    ).toEqual({ 'Nguyễn Mạnh Hà': ['attendee'], 'Nguyễn Dương Thủy': ['attendee'] });
  });
});

describe('the meeting’s name and who held it', () => {
  it('completes a bare name from the fullest mention of the same meeting', () => {
    const view = read(
      'Sáng 20/11, Hội nghị lần thứ 20 đã khai mạc tại Hội trường Tỉnh ủy. Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh Hải Dương khóa XVII thảo luận về kế hoạch năm 2025.',
    );
    expect(view.conference?.name).toBe('Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh Hải Dương khóa XVII');
  });

  it('ends a name before who attended', () => {
    const view = read(
      'Sáng 20/11, Tỉnh ủy tổ chức Hội nghị tổng kết. Dự Hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy.',
    );
    expect(view.conference?.name).toBe('Hội nghị tổng kết');
  });

  it('reads the subject of a meeting in which a comma, an abbreviation dot or a shared qualifier stands', () => {
    expect(
      read('Sáng 20/11, Ban Chỉ đạo tỉnh phòng, chống thiên tai tổ chức hội nghị tổng kết công tác năm 2024.')
        .conference?.organizers,
    ).toEqual(['Ban Chỉ đạo tỉnh phòng, chống thiên tai']);
    expect(
      read('Sáng 20/11, Thường trực HĐND, UBND huyện Tam Nông tổ chức hội nghị thống nhất nội dung kỳ họp.')
        .conference?.organizers,
    ).toEqual(['Thường trực HĐND huyện Tam Nông', 'UBND huyện Tam Nông']);
    expect(
      read('Sáng 20/11, Xã Thọ Lâm tổ chức hội nghị đối thoại với nhân dân.').conference?.organizers,
    ).toEqual(['Xã Thọ Lâm']);
  });

  it('names a plenum’s body from the genitive of the name, not a document’s issuer', () => {
    expect(
      read('Sáng 20/11, đã diễn ra Hội nghị tổng kết công tác năm 2024 của Bộ Tài chính.').conference
        ?.organizers,
    ).toEqual(['Bộ Tài chính']);
    expect(
      read('Sáng 20/11, đã diễn ra Hội nghị quán triệt Nghị quyết số 18-NQ/TW của Bộ Chính trị.').conference
        ?.organizers,
    ).toEqual([]);
  });
});

describe('connection points and attendees', () => {
  it('counts those present, not those represented, speaking, elected or counted for other things', () => {
    const view = read(
      'Sáng 20/11, Đại hội đại biểu Đảng bộ huyện lần thứ XX khai mạc với sự tham dự của 219 đại biểu đại diện cho gần 11.000 đảng viên. Trong phiên buổi sáng, đã có 15 đại biểu phát biểu ý kiến. Đại hội đã bầu ra 17 đại biểu đi dự Đại hội cấp trên.',
    );
    expect(view.conference?.attendees).toBe(219);
    expect(
      read(
        'Sáng 20/11, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị tổng kết. Cấp ủy các cấp đã kiểm tra 852 tổ chức đảng, 5.422 đảng viên.',
      ).conference?.attendees,
    ).toBeNull();
  });

  it('reads the counts written as present of convened and as a count per point', () => {
    expect(
      read(
        'Sáng 4/7, tại Hội trường UBND tỉnh đã diễn ra Kỳ họp thứ 6, HĐND tỉnh khóa IX với sự tham dự của 77/86 đại biểu.',
      ).conference?.attendees,
    ).toBe(77);
    expect(
      read('Sáng 4/7, Tỉnh ủy tổ chức hội nghị trực tuyến với trên 21 nghìn 450 đại biểu tham dự.').conference
        ?.attendees,
    ).toBe(21450);
  });

  it('leaves the counts of the point an article reports from out of the totals', () => {
    expect(
      read(
        'Sáng 4/7, Trung ương Hội LHPN Việt Nam tổ chức hội nghị trực tuyến. Tại điểm cầu Vĩnh Long, bà Nguyễn Thị Minh Trang chủ trì cùng trên 30 đại biểu.',
      ).conference?.attendees,
    ).toBeNull();
  });

  it('takes one level’s count for the total only when no other level is counted', () => {
    expect(
      read(
        'Sáng 4/7, Chính phủ tổ chức hội nghị trực tuyến kết nối tới 34 điểm cầu cấp tỉnh và 420 điểm cầu cấp xã.',
      ).conference?.connectionPoints,
    ).toBeNull();
    expect(
      read('Sáng 4/7, Chính phủ tổ chức hội nghị trực tuyến kết nối tới 63 điểm cầu các tỉnh, thành phố.')
        .conference?.connectionPoints,
    ).toBe(63);
  });
});

describe('when the meeting was held', () => {
  it('takes the first day of a range', () => {
    expect(
      read('Từ ngày 10 đến ngày 12/3/2024, Ban Chấp hành Đảng bộ tỉnh đã họp Hội nghị lần thứ hai.')
        .conference?.date,
    ).toBe('2024-03-10');
    expect(
      read('Trong hai ngày 21, 22-4, Ban Thường vụ Tỉnh đoàn tổ chức Hội nghị lần thứ 14.').conference?.date,
    ).toBe('2024-04-21');
  });

  it('does not take a later working day of a meeting for its first day, unless the text gives the first', () => {
    expect(
      read('Ngày 7-5-2024, Hội nghị lần thứ năm Ban Chấp hành Đảng bộ tỉnh bước sang ngày làm việc thứ tư.')
        .conference?.date,
    ).toBeNull();
    expect(
      read(
        'Sáng 6/11, Hội nghị lần thứ 14 Ban Chấp hành Đảng bộ tỉnh bước sang ngày làm việc thứ hai và bế mạc. Các đại biểu thảo luận những nội dung đã bàn tại tổ chiều 5/11.',
      ).conference?.date,
    ).toBe('2024-11-05');
  });

  it('takes the year from the label of the period the meeting reviews, when it fits the meeting’s month', () => {
    expect(
      read('Ngày 19/4, Chủ tịch HĐND tỉnh chủ trì cuộc họp giao ban quý I/2024 với Mặt trận tỉnh.', null)
        .conference?.date,
    ).toBe('2024-04-19');
    expect(
      read('Ngày 26/9, Đảng ủy Quân sự tỉnh họp ra nghị quyết thực hiện nhiệm vụ quý IV/2020.', null)
        .conference?.date,
    ).toBeNull();
  });

  it('takes the year of a congress or a first session from the term it opens', () => {
    expect(
      read('Sáng 7/8, Đại hội đại biểu Đảng bộ Khối lần thứ III, nhiệm kỳ 2025 - 2030 khai mạc.', null)
        .conference?.date,
    ).toBe('2025-08-07');
  });
});

describe('documents a meeting cites', () => {
  it('keys an uncoded document with the issuer named after its number', () => {
    expect(
      read(
        'Sáng 20/11, UBND tỉnh tổ chức hội nghị sơ kết một năm thực hiện Nghị quyết 128 của Chính phủ và Quyết định 4800 Bộ Y tế.',
      ).conference?.documents,
    ).toEqual(['NQ:128/CP', 'QĐ:4800/BYT']);
    expect(
      read('Sáng 20/11, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết 57 của Bộ Chính trị.').conference
        ?.documents,
    ).toEqual(['NQ:57']);
    expect(
      read(
        'Sáng 20/11, UBND tỉnh tổ chức hội nghị sơ kết thực hiện Nghị quyết số 128 ngày 11-10-2021 của Chính phủ.',
      ).conference?.documents,
    ).toEqual(['NQ:128/CP']);
  });

  it('reads the abbreviated document words and one plenum’s resolution once', () => {
    expect(
      read('Sáng 20/11, Đảng ủy xã tổ chức hội nghị quán triệt Nghị quyết (NQ) số 57 và Chỉ thị 35.').conference
        ?.documents,
    ).toEqual(['NQ:57', 'CT:35']);
    expect(
      read(
        'Sáng 20/11, Huyện ủy tổ chức hội nghị quán triệt Nghị quyết Trung ương 7 khóa XIII. Nghị quyết 7 đề ra nhiều nhiệm vụ.',
      ).conference?.documents,
    ).toEqual(['HNTW:7/XIII']);
  });

  it('does not cite a plenum named as a point in time', () => {
    expect(
      read(
        'Sáng 20/11, Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng kể từ sau Hội nghị Trung ương 4 khóa XII.',
      ).conference?.documents,
    ).toEqual([]);
  });

  it('reads a code with the year inside it, a plenum with a dash before its term and a congress named with the Party', () => {
    expect(
      read(
        'Sáng 20/11, HĐND tỉnh họp phiên thường kỳ đánh giá việc thực hiện Nghị quyết số 03/2022/NQ-HĐND của HĐND tỉnh.',
      ).conference?.documents,
    ).toEqual(['NQ:3/HĐND']);
    expect(
      read('Sáng 20/11, Huyện ủy tổ chức hội nghị thông báo kết quả Hội nghị Trung ương 9 - khóa XIII.')
        .conference?.documents,
    ).toEqual(['HNTW:9/XIII']);
    expect(
      read(
        'Sáng 20/11, Đảng ủy xã tổ chức hội nghị quán triệt Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII.',
      ).conference?.documents,
    ).toEqual(['DH:XIII']);
    expect(
      read('Sáng 20/11, Đảng ủy xã tổ chức hội nghị quán triệt Nghị quyết Đại hội XX Đảng bộ thành phố.')
        .conference?.documents,
    ).toEqual([]);
  });
});

describe('where the main hall was', () => {
  it('reads a hall after "từ" or "ở", and the main point named by its building', () => {
    expect(
      read(
        'Sáng 20/11, Hội nghị được tổ chức bằng hình thức trực tiếp từ điểm cầu Trung ương ở Hội trường Diên Hồng, Nhà Quốc hội, kết nối trực tuyến đến các tỉnh.',
      ).conference,
    ).toMatchObject({ venue: 'Hội trường Diên Hồng, Nhà Quốc hội', format: 'hybrid' });
    expect(
      read(
        'Sáng 20/11, Chính phủ tổ chức hội nghị trực tuyến. Cùng tham dự hội nghị, tại điểm cầu trụ sở Bộ Tài chính có Phó Thủ tướng Trần Văn Hòa.',
      ).conference?.venue,
    ).toBe('trụ sở Bộ Tài chính');
  });

  it('takes a body for its seat, but not a span "từ … đến …", a bare hall or a local point', () => {
    expect(
      read('Chiều 16/4, tại Sở Nội vụ, Ủy ban Bầu cử tỉnh tổ chức hội nghị bàn giao danh sách.').conference
        ?.venue,
    ).toBe('Sở Nội vụ');
    expect(
      read(
        'Sáng 20/11, Tỉnh ủy tổ chức hội nghị sơ kết. Hội nghị được kết nối trực tuyến từ điểm cầu Tỉnh ủy đến điểm cầu các huyện.',
      ).conference?.venue,
    ).toBeNull();
    expect(
      read('Sáng 20/11, Ban Chấp hành Đảng bộ tỉnh khai mạc Hội nghị lần thứ 12 và làm việc tại hội trường.')
        .conference?.venue,
    ).toBeNull();
    expect(
      read(
        'Sáng 25/9, Thủ tướng chủ trì cuộc họp trực tuyến với 63 tỉnh, thành phố. Tại huyện Phước Hòa, dự cuộc họp có Bí thư Huyện ủy.',
      ).conference?.venue,
    ).toBeNull();
  });
});
