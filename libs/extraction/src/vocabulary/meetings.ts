/**
 * Words of conference reports, in matching form (lower case, NFC, "ủy"). Kept as data so the
 * rules that use them stay short.
 */

/** Nouns naming a meeting. Longest first so "phiên họp" wins over "họp". */
export const MEETING_NOUNS: readonly string[] = [
  'hội nghị',
  // Misspellings that pages print as often as the word.
  'hội ghị',
  'hội nghi',
  'hôi nghị',
  'phiên họp',
  'cuộc họp',
  'buổi họp',
  'kỳ họp',
  'hội thảo',
  'tọa đàm',
  'đại hội',
  'giao ban',
  'buổi làm việc',
  'phiên làm việc',
  'họp',
];

/** Phrases with a meeting noun in them that are not meetings. */
export const NOT_MEETINGS: readonly string[] = [
  'họp báo',
  'họp mặt',
  'phòng họp',
  'trung tâm hội nghị',
  'hội trường',
  'nhà khách',
  'họp dân',
];

/** Verbs saying a meeting was held, with the meeting after them. */
export const HOLD_VERBS: readonly string[] = [
  'tổ chức',
  // "Sáng 14/9, tại thành phố Hải Dương, đã diễn ra Hội nghị …": the existential put before the meeting.
  'diễn ra',
  'đã diễn ra',
  'vừa diễn ra',
  'triệu tập',
  'chủ trì',
  'đồng chủ trì',
  'dự',
  'tham dự',
  'đến dự',
  'khai mạc',
  'bế mạc',
  'tiến hành',
  'theo dõi',
  'điều hành',
  'họp',
];

/** Verbs saying a meeting was held, with the meeting before them. */
export const HAPPEN_VERBS: readonly string[] = [
  'diễn ra',
  // A meeting of several days reported on one of them: "Hội nghị … bước sang ngày làm việc thứ tư".
  'bước sang ngày làm việc',
  'bước vào ngày làm việc',
  'tiếp tục chương trình làm việc',
  'tiếp tục làm việc',
  'được tổ chức',
  'được tiến hành',
  'khai mạc',
  'bế mạc',
  'kết thúc',
  'được kết nối',
  'kết nối',
  'được truyền',
  'đã họp',
  'họp',
];

/** Words that may stand between a holding verb and the meeting ("dự và chỉ đạo Hội nghị"). */
export const HOLD_FILLERS: readonly string[] = [
  'thành công',
  'một',
  'các',
  'trọng thể',
  'long trọng',
  'thường kỳ',
  'và chỉ đạo',
  'và chủ trì',
  'và phát biểu chỉ đạo tại',
  'và phát biểu chỉ đạo',
  'và phát biểu tại',
  'và phát biểu',
  ', chỉ đạo',
  ', phát biểu chỉ đạo',
  'trực tuyến',
  'họp',
];

/** Words that put an event in the future ("sẽ diễn ra", "dự kiến tổ chức"). */
export const FUTURE_MARKERS =
  /(?<![\p{L}])(?:sẽ|dự kiến|sắp|chuẩn bị|dự định|kế hoạch)\s+(?:được\s+|chính thức\s+)?(?:tổ chức|diễn ra|khai mạc|họp|tiến hành|triệu tập|chủ trì|kết nối|tham dự|dự)(?![\p{L}])/u;

/** Days still to come ("ngày mai", "tuần tới"). */
export const FUTURE_DAYS =
  /(?<![\p{L}])(?:ngày mai|sáng mai|chiều mai|tối mai|tuần tới|tuần sau|tháng tới|sắp tới|tới đây)(?![\p{L}])/u;

/** A meeting being planned, not held: "Kế hoạch tổ chức Hội nghị", "về việc tổ chức". */
export const PLANNED =
  /(?:kế hoạch|hướng dẫn|về việc|chuẩn bị|đề nghị|đề xuất|dự kiến)\s+(?:\S+\s+){0,2}$|(?:^|\s)về\s+$/u;

/** Counts of meetings held across many units: statistics, not a report of one meeting. */
export const AGGREGATE =
  /(?<![\p{L}])(?:(?:hoàn thành|đã tổ chức được|số)\s+(?:việc\s+)?(?:tổ chức\s+)?(?:đại hội|hội nghị)|(?:họp|tổ chức|tiến hành|diễn ra)\s+(?:được\s+)?\d+\s+(?:kỳ|phiên|cuộc|buổi|lần)?\s*(?:hội nghị|họp|phiên họp|cuộc họp|đại hội))/u;

/** Meetings held by many units one after another: a round-up, not a report of one meeting. */
export const ROUND_UP =
  /(?<![\p{L}])(?:các|100%|nhiều|tất cả các|toàn bộ)\s+(?:xã|phường|thị trấn|chi bộ|đảng bộ|đơn vị|địa phương|cơ sở|huyện|sở|ngành|trường|hội cơ sở|tỉnh|thành phố)(?:,\s*(?:xã|phường|thị trấn|thành phố|huyện|thị xã))*(?:\s+[^.;,]{0,40}?)?\s+(?:(?:đã|đều đã)\s+)?(?:lần lượt|đồng loạt|hoàn thành việc|tiếp tục|đã|đều)\s+(?:tổ chức|tiến hành)/u;

/** Events that are not meetings even when officials attend. */
export const OTHER_EVENTS =
  /(?<![\p{L}])(?:hội thi|cuộc thi|lễ|hội chợ|triển lãm|chuyến thăm|thăm và làm việc|thăm, làm việc|tổ chức thăm|đến thăm|thăm di tích|dâng hương|dâng hoa|viếng|đi kiểm tra|kiểm tra thực tế|họp báo|hội diễn|giải thi đấu)(?![\p{L}])/u;

/**
 * Openings of pages that carry a document, a speech or an opinion piece rather than a report, with
 * how many of the first prose paragraphs each is looked for in: a genre shows at the top, while a
 * report may mention an interview or a full text further down.
 */
export const NOT_A_REPORT: ReadonlyArray<[RegExp, string, number]> = [
  [
    /(?:giới thiệu|đăng|đăng tải)\s+toàn văn\s+(?:nghị quyết|chỉ thị|kết luận|quy định|văn bản|nội dung|quyết định|thông báo|báo cáo)/u,
    'full text of a document',
    3,
  ],
  [/quyết nghị\s*:/u, 'document body', 3],
  [
    /(?:có|ra|đưa ra) kết luận (?:về|tại) (?:cuộc họp|hội nghị|phiên họp|buổi làm việc)[^.]{0,40}?(?:như sau|sau đây)/u,
    'conclusions of a meeting issued',
    3,
  ],
  [/(?:^|\n)\s*lts\s*:/u, 'editorial introduction', 3],
  [/(?:xin|trân trọng)\s+giới thiệu\s+bài viết/u, 'opinion piece', 2],
  [/trích đăng/u, 'excerpts of opinions', 2],
  [/(?:^|\n)\s*(?:tham luận|bài viết) của/u, 'paper or article by a participant', 2],
  [/thông tin nổi bật|tin nổi bật và quan trọng|(?:^|\n)\s*điểm báo|(?:^|\n)\s*bản tin/u, 'news digest', 2],
  [/trao đổi với phóng viên|trả lời phỏng vấn|phỏng vấn/u, 'interview', 1],
];

/** A page presenting a speech: "Trân trọng giới thiệu (nội dung) bài phát biểu". */
export const PRESENTS_A_SPEECH = /giới thiệu (?:toàn văn |nội dung )?(?:bài )?phát biểu/u;

/** A speech transcript addresses its audience ("Kính thưa các đồng chí", "Thưa toàn thể Hội nghị"). */
export const SALUTATION = /(?:kính thưa|thưa (?:các|toàn thể|quý) (?:đồng chí|vị|đại biểu|hội nghị))/u;

/** A sentence whose subject is a speech, not the meeting: "… đã có bài phát biểu", "Phát biểu kết luận của …". */
export const ABOUT_A_SPEECH =
  /(?:có bài phát biểu|bài phát biểu (?:của|quan trọng)|^\(?[^)]{0,20}\)?\s*[-–]?\s*(?:toàn văn\s+)?(?:bài\s+)?phát biểu (?:(?:chỉ đạo|kết luận|khai mạc|bế mạc|bế mạc hội nghị)\s+)?của|giới thiệu (?:toàn văn|nội dung)?\s*(?:bài\s+)?phát biểu)/u;

/** Opening sentences that report a document being issued. */
export const ISSUANCE =
  /(?:ban hành|ký ban hành|có công điện|có công văn|gửi công văn|công điện khẩn|ra nghị quyết về|có thông báo|ra thông báo|thông báo về việc)(?![\p{L}])/u;

/** Sentences that, inside a report, show a meeting took place. */
export const MEETING_CUES: readonly RegExp[] = [
  /(?:tại|trong) (?:hội nghị|cuộc họp|phiên họp|buổi làm việc)(?:\s+lần này)?(?![\p{L}])/u,
  /(?:hội nghị|cuộc họp|phiên họp|kỳ họp|đại hội)(?: (?:sáng|chiều|tối|buổi sáng|buổi chiều|hôm nay|này|lần này))? (?:đã|cũng|được)\s/u,
  /(?:^|phát biểu )kết luận (?:hội nghị|cuộc họp|phiên họp|buổi làm việc)/u,
  /phát biểu (?:chỉ đạo|khai mạc|bế mạc|kết luận)?\s*(?:tại )?(?:hội nghị|cuộc họp|phiên họp)/u,
  /(?:toàn cảnh|quang cảnh) (?:hội nghị|cuộc họp|phiên họp)/u,
  /(?:dự|tham dự) (?:hội nghị|cuộc họp|phiên họp|họp)(?![\p{L}])/u,
  /(?:đồng )?chủ trì(?![\p{L}])/u,
  /điểm cầu/u,
  /thông qua hội nghị/u,
];

/** A strong cue alone: the meeting passed, concluded or was summed up. */
export const STRONG_CUES: readonly RegExp[] = [
  /(?:hội nghị|đại hội|kỳ họp|phiên họp) (?:đã|cũng) (?:thông qua|thống nhất|biểu quyết|bầu)/u,
  /(?:^|phát biểu )kết luận (?:hội nghị|cuộc họp|phiên họp)/u,
  /tại hội nghị lần này/u,
];

/**
 * Collective bodies that meet: a sentence with one of them as subject and a deliberative predicate reports
 * a meeting even without a meeting noun ("Sáng 4/11, Thường trực Huyện ủy cho ý kiến về …").
 */
export const COLLECTIVE_BODIES =
  /(?<![\p{L}])(?:thường trực|ban thường vụ|ban chấp hành|bch|btv|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy|ubnd|hđnd|ủy ban nhân dân|hội đồng nhân dân|chính phủ|bộ chính trị|ban bí thư|quốc hội|ủy ban thường vụ quốc hội|ban chỉ đạo|ban cán sự|đảng đoàn|hội đồng|tiểu ban)(?![\p{L}])/u;

/** Predicates of a body at a meeting: it deliberates, hears, reviews, gives opinions. */
export const DELIBERATIVE =
  /(?<![\p{L}])(?:(?:đã|vừa|tiếp tục|đã tiến hành)\s+)?(?:thảo luận|cho ý kiến|nghe báo cáo|nghe (?:\S+\s+){0,6}báo cáo|bàn (?:về|giải pháp|biện pháp|việc)|giao ban|họp bàn|sơ kết|tổng kết|kiểm điểm|học tập,? quán triệt|quán triệt|làm việc tại hội trường|bước sang ngày làm việc thứ|bước vào ngày làm việc thứ|tiếp tục chương trình làm việc|biểu quyết thông qua)(?![\p{L}])/u;

/** A line that holds a photo credit: a caption standing in the text. */
export const PHOTO_CREDIT = /(?:\(|\s|^|[-–])ảnh\s*:|\(ảnh[^)]*\)|ảnh minh họa|ảnh tư liệu/u;
