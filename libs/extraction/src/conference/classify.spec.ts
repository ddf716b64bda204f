import { describe, expect, it } from '@jest/globals';
import { classify } from './classify.js';
import { buildDoc } from './doc.js';

const isConference = (text: string, title: string | null = null, publishedAt: string | null = null) =>
  classify(buildDoc({ text, title, publishedAt, url: null })).isConference;

describe('classify: reports of a held meeting', () => {
  it('takes a dated lead that says a body held a meeting', () => {
    expect(
      isConference(
        'Sáng 01/12, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt, triển khai tổng kết việc thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XII).',
      ),
    ).toBe(true);
  });

  it('takes a meeting named with "diễn ra chiều nay"', () => {
    expect(
      isConference(
        'Đây là những nội dung chính được đưa ra trong Hội nghị trực tuyến triển khai nhiệm vụ năm 2021 của ngành Thanh tra diễn ra chiều nay tại Hà Nội. Thủ tướng Chính phủ Nguyễn Xuân Phúc đã dự và chỉ đạo hội nghị.',
      ),
    ).toBe(true);
  });

  it('takes a report from inside a meeting without a dated lead', () => {
    expect(
      isConference(
        'Đồng thời, tại Hội nghị lần này, đồng chí Lê Thanh Hải - TUV, Bí thư Huyện ủy đã báo cáo dự thảo phương hướng công tác nhân sự.\n\nKết luận Hội nghị, đồng chí Bí thư Huyện ủy nhấn mạnh: Hội nghị lần này là cơ sở quan trọng.',
      ),
    ).toBe(true);
  });

  it('takes a working session of a central body with a provincial committee', () => {
    expect(
      isConference(
        'Ngày 15/9/2016, tại Trụ sở Trung ương, Bộ Chính trị đã làm việc với Ban Thường vụ Thành ủy Cần Thơ cho ý kiến về việc tổng kết 10 năm thực hiện Nghị quyết số 45-NQ/TW.',
        null,
        '2016-09',
      ),
    ).toBe(true);
  });
});

describe('classify: sessions, congresses and seminars', () => {
  it('takes a session of an elected body and a provincial congress', () => {
    expect(
      isConference(
        'Sáng 20/5, tại Nhà Quốc hội, Quốc hội khóa XV khai mạc Kỳ họp thứ 7. Chủ tịch Quốc hội Trần Thanh Mẫn phát biểu khai mạc kỳ họp.',
      ),
    ).toBe(true);
    expect(
      isConference(
        'Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XX, nhiệm kỳ 2025-2030 đã khai mạc trọng thể sáng 15/10 tại Trung tâm Hội nghị tỉnh.',
      ),
    ).toBe(true);
    expect(
      isConference('Ngày 25/8, UBND tỉnh Lâm Đồng tổ chức hội thảo khoa học "Phát triển du lịch bền vững".'),
    ).toBe(true);
  });

  it('takes a committee meeting to pass its resolution for the quarter', () => {
    expect(
      isConference(
        'Đảng ủy quân sự tỉnh Thái Nguyên ra nghị quyết thực hiện nhiệm vụ quý IV/2020\n\nĐồng chí Nguyễn Thanh Hải - Ủy viên Ban chấp hành trung ương Đảng, Bí thư Tỉnh ủy, Bí thư Đảng ủy Quân sự tỉnh quán triệt các nhiệm vụ trọng tâm trong quý IV/2020.',
      ),
    ).toBe(true);
  });
});

describe('classify: what is not a report of a held meeting', () => {
  it('rejects receptions, ceremonies, visits and press briefings', () => {
    expect(
      isConference(
        'Chiều 5/3, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường tiếp Đại sứ Hàn Quốc tại Việt Nam.',
      ),
    ).toBe(false);
    expect(
      isConference(
        'Sáng 2/9, tại Quảng trường Ba Đình, Lễ diễu binh, diễu hành kỷ niệm 80 năm Quốc khánh đã diễn ra trọng thể.',
      ),
    ).toBe(false);
    expect(
      isConference(
        'Sáng 15/5, tại Hà Nội, Ban Tổ chức Trung ương tổ chức Lễ công bố quyết định của Bộ Chính trị về công tác cán bộ.',
      ),
    ).toBe(false);
    expect(isConference('Chiều 10/3, tại Hà Nội, Bộ Ngoại giao tổ chức họp báo thường kỳ.')).toBe(false);
    expect(
      isConference(
        'Sáng 5/5, đoàn công tác của Bộ Y tế do Thứ trưởng Trần Văn Thuấn làm trưởng đoàn đã đến kiểm tra công tác phòng chống dịch tại tỉnh Bắc Giang.',
      ),
    ).toBe(false);
  });

  it('rejects a document about a meeting, a meeting still to come and yearly statistics', () => {
    expect(
      isConference(
        'Văn phòng Trung ương Đảng vừa ban hành Thông báo kết luận số 250-TB/TW của Bộ Chính trị về buổi làm việc với Ban Thường vụ Tỉnh ủy Thanh Hóa.',
      ),
    ).toBe(false);
    expect(
      isConference(
        'Ngày mai (15/6), Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20 sẽ khai mạc tại Hội trường Tỉnh ủy.',
      ),
    ).toBe(false);
    expect(
      isConference(
        'Trong năm 2024, Tỉnh ủy đã tổ chức 12 hội nghị quán triệt các nghị quyết của Trung ương với hơn 50.000 lượt cán bộ tham gia.',
      ),
    ).toBe(false);
  });

  it('rejects an announcement', () => {
    expect(
      isConference(
        'Hôm nay (9/4), tại tỉnh Hải Dương sẽ diễn ra Hội nghị "Thủ tướng Chính phủ đối thoại với nông dân Việt Nam".',
      ),
    ).toBe(false);
    expect(
      isConference(
        'Đại hội Đại biểu Đảng bộ TP Cần Thơ lần thứ XIV sẽ diễn ra từ ngày 23 - 25/9 tại Hội trường Thành ủy.',
      ),
    ).toBe(false);
  });

  it('rejects the full text of a speech', () => {
    expect(
      isConference(
        'Ngày 24/11, tại Hội nghị Văn hóa toàn quốc, Tổng Bí thư Nguyễn Phú Trọng đã có bài phát biểu chỉ đạo quan trọng. Trân trọng giới thiệu toàn văn bài phát biểu:\n\n“Kính thưa các đồng chí lãnh đạo và nguyên lãnh đạo Đảng, Nhà nước,',
      ),
    ).toBe(false);
  });

  it('rejects a published document and an opinion piece', () => {
    expect(
      isConference(
        'Báo Ấp Bắc điện tử trân trọng đăng toàn văn Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI, nhiệm kỳ 2020 - 2025 đã được đại biểu thông qua trong phiên bế mạc Đại hội vào sáng ngày 15-10.',
      ),
    ).toBe(false);
    expect(
      isConference(
        'VOV.VN - Đại hội đại biểu Đảng bộ khối các cơ quan Trung ương lần thứ XIII, nhiệm kỳ 2020 - 2025 diễn ra từ ngày 27- 29/10/2020. Xin giới thiệu bài viết của ông Lại Xuân Lâm.',
      ),
    ).toBe(false);
  });

  it('rejects history, visits and contests', () => {
    expect(
      isConference(
        'Từ ngày 3 đến 7-2-1930, Hội nghị hợp nhất các tổ chức cộng sản, thành lập Đảng Cộng sản Việt Nam đã họp ở bán đảo Cửu Long dưới sự chủ trì của đồng chí Nguyễn Ái Quốc.',
      ),
    ).toBe(false);
    expect(
      isConference(
        'Sáng ngày 9/9, đồng chí Đỗ Trọng Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy đã có chuyến thăm và làm việc tại huyện Thiệu Hóa, kiểm tra tình hình thực hiện nhiệm vụ năm 2022.',
      ),
    ).toBe(false);
    expect(
      isConference(
        'Sáng 30/7, tại Hội trường Trung tâm BDCT thành phố Ninh Bình, Ban Tuyên giáo Tỉnh ủy tổ chức vòng chung khảo cấp tỉnh Hội thi Báo cáo viên. Đồng chí Phan Tiến Dũng dự và chỉ đạo Hội thi.',
      ),
    ).toBe(false);
  });

  it('rejects a page of several stories', () => {
    const text = [
      'Ngày 1/4, Ủy ban MTTQ Việt Nam tỉnh khóa X tổ chức Hội nghị lần thứ 12 cho ý kiến về công tác chuẩn bị Đại hội.',
      'Ngày 19/3, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức Hội nghị lấy ý kiến góp ý dự thảo Báo cáo chính trị.',
      'Ngày 21/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức Hội nghị tọa đàm nâng cao chất lượng dự thảo Báo cáo chính trị.',
    ].join('\n\n');
    expect(isConference(text)).toBe(false);
  });

  it('rejects counts of congresses held and a press briefing', () => {
    expect(
      isConference(
        'Theo thông tin từ Ủy ban MTTQ Việt Nam tỉnh, tính đến hết ngày 21/3, toàn tỉnh có 111/152 xã, phường, thị trấn đã hoàn thành tổ chức đại hội đại biểu Mặt trận Tổ quốc Việt Nam cấp xã.',
      ),
    ).toBe(false);
    expect(
      isConference(
        'Ngày 23/9, Tỉnh ủy An Giang họp báo thông tin về Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI. Đại hội diễn ra trong 2,5 ngày, gồm phiên trù bị (chiều 23/9), phiên khai mạc (ngày 24/9).',
      ),
    ).toBe(false);
  });

  it('rejects a plan to hold a meeting', () => {
    expect(
      isConference(
        'Ngày 5/4, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch tổ chức Hội nghị quán triệt Nghị quyết Hội nghị Trung ương 10 khóa XIII.',
      ),
    ).toBe(false);
  });
});
