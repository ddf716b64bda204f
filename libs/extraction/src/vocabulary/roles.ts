/**
 * How Vietnamese reports say what a person did at a meeting, in matching form. A cue gives roles, or
 * `speech`: the person spoke, and whether that was the directing speech depends on their rank among those
 * present (the top official's plain "phát biểu" directs, another's is a contribution).
 */
import type { Role } from '@hoinghi/contracts';

export type RoleCue = Role | 'speech';

export interface RoleVerb {
  verb: string;
  cues: RoleCue[];
  /** Words after which the verb is a noun or another verb ("dự thảo", "báo cáo viên"). */
  notBefore?: string[];
}

const ACTS_OF = ['thảo', 'án', 'kiến', 'báo', 'khuyết', 'toán', 'trữ', 'bị', 'thính'];

/** Verbs a person is the subject of, longest first where one starts another. */
export const ROLE_VERBS: readonly RoleVerb[] = [
  { verb: 'gửi nội dung phát biểu chỉ đạo', cues: ['directing'] },
  { verb: 'có bài phát biểu quan trọng khai mạc', cues: ['directing'] },
  { verb: 'có bài phát biểu khai mạc', cues: ['directing'] },
  { verb: 'có bài phát biểu chỉ đạo', cues: ['directing'] },
  { verb: 'có bài phát biểu quan trọng', cues: ['directing'] },
  { verb: 'có bài phát biểu', cues: ['speech'] },
  { verb: 'phát biểu chỉ đạo và bế mạc', cues: ['directing'] },
  { verb: 'phát biểu ý kiến khai mạc', cues: ['directing'] },
  { verb: 'phát biểu chỉ đạo', cues: ['directing'] },
  { verb: 'phát biểu kết luận', cues: ['directing'] },
  { verb: 'phát biểu khai mạc', cues: ['directing'] },
  { verb: 'phát biểu bế mạc', cues: ['directing'] },
  { verb: 'phát biểu tổng kết', cues: ['directing'] },
  { verb: 'phát biểu tham luận', cues: ['speaker'] },
  { verb: 'phát biểu ý kiến', cues: ['speech'] },
  { verb: 'phát biểu', cues: ['speech'], notBefore: ['thảo luận'] },
  { verb: 'chỉ đạo', cues: ['directing'] },
  { verb: 'kết luận', cues: ['directing'] },
  { verb: 'đồng chủ trì', cues: ['chair'] },
  { verb: 'chủ trì', cues: ['chair'] },
  { verb: 'triệu tập', cues: ['chair'] },
  { verb: 'điều hành', cues: ['chair'] },
  { verb: 'tham dự', cues: ['attendee'] },
  { verb: 'đến dự', cues: ['attendee'] },
  { verb: 'dự họp', cues: ['attendee'] },
  { verb: 'dự', cues: ['attendee'], notBefore: ACTS_OF },
  { verb: 'có mặt', cues: ['attendee'] },
  { verb: 'có buổi làm việc', cues: ['attendee'] },
  { verb: 'làm việc', cues: ['attendee'] },
  { verb: 'truyền đạt', cues: ['speaker'] },
  { verb: 'truyện đạt', cues: ['speaker'] },
  { verb: 'trình bày tham luận', cues: ['speaker'] },
  { verb: 'tham luận', cues: ['speaker'] },
  { verb: 'quán triệt', cues: ['speaker'] },
  { verb: 'trình bày', cues: ['speaker'] },
  { verb: 'báo cáo', cues: ['speaker'], notBefore: ['viên'] },
  { verb: 'thông tin', cues: ['speaker'] },
  { verb: 'giới thiệu chuyên đề', cues: ['speaker'] },
  { verb: 'giới thiệu nội dung', cues: ['speaker'] },
  { verb: 'giới thiệu những điểm mới', cues: ['speaker'] },
  { verb: 'hướng dẫn', cues: ['speaker'] },
  { verb: 'thông báo', cues: ['speaker'] },
  { verb: 'triển khai', cues: ['speaker'] },
  { verb: 'phổ biến', cues: ['speaker'] },
  // What a participant said, without saying in which role.
  { verb: 'nhấn mạnh', cues: ['speech'] },
  { verb: 'cho biết', cues: ['speech'] },
  { verb: 'khẳng định', cues: ['speech'] },
  { verb: 'nêu rõ', cues: ['speech'] },
  { verb: 'chỉ rõ', cues: ['speech'] },
  { verb: 'đề nghị', cues: ['speech'] },
  { verb: 'yêu cầu', cues: ['speech'] },
  { verb: 'lưu ý', cues: ['speech'] },
  { verb: 'đánh giá cao', cues: ['speech'] },
  { verb: 'ghi nhận', cues: ['speech'] },
  { verb: 'biểu dương', cues: ['speech'] },
  { verb: 'đề xuất', cues: ['speech'] },
  { verb: 'kiến nghị', cues: ['speech'] },
  { verb: 'chia sẻ', cues: ['speech'] },
  { verb: 'đánh giá', cues: ['speech'], notBefore: ['cao'] },
  { verb: 'trao đổi', cues: ['speech'] },
  { verb: 'làm rõ', cues: ['speech'] },
];

/** Words that may stand between a person and the verb: "Lê Hữu Phước sau đó phát biểu", "cùng chủ trì". */
export const ADVERBS_BEFORE_VERB: readonly string[] = [
  'đã',
  'cũng',
  'đều',
  'trực tiếp',
  'lên',
  'đến',
  'tới',
  'sẽ',
  'vừa',
  'còn',
  'cùng',
  'sau đó',
  'tiếp tục',
  'tiếp đó',
  'luôn',
];

/**
 * Phrases that open a sentence and give their role to the person they lead to (and to the list that
 * follows them): "Phát biểu tại hội nghị, Bí thư Tỉnh ủy X …", "Khai mạc hội nghị, đồng chí X …",
 * "Chủ trì hội nghị có các đồng chí: …". Matched at the sentence start, a source tag or bullet left out.
 */
export const FRONTED_ROLES: ReadonlyArray<[RegExp, RoleCue[]]> = [
  [
    /^(?:tại hội nghị,\s*)?phát biểu(?: ý kiến)?\s+(?:chỉ đạo|kết luận|khai mạc|bế mạc|tổng kết)[^,]*,/u,
    ['directing'],
  ],
  [
    /^(?:khai mạc|kết luận|kết thúc|bế mạc|tổng kết)\s+(?:hội nghị|cuộc họp|phiên họp|buổi làm việc|kỳ họp|đại hội|hội thảo|tọa đàm)[^,]*,/u,
    ['directing'],
  ],
  [/^phát biểu(?: ý kiến)?(?:\s+(?:tại|trong)\s+[^,]{2,80})?,/u, ['speech']],
  [/^(?:trình bày|báo cáo|thông tin)\s+(?:tại|trước)\s+[^,]{2,80},/u, ['speaker']],
  [
    /^(?:cùng\s+|đồng\s+)?chủ trì\s*(?:[^,:]{0,60}?)(?:\s+có|\s+gồm)?\s*(?:(?:các\s+)?(?:đồng chí|ông|bà)\s*)?[:,]?\s*/u,
    ['chair'],
  ],
];

/** An introduction right before a list of people, and the roles it gives every member. */
export const INTRO_ROLES: ReadonlyArray<[RegExp, Role[]]> = [
  [
    /(?:(?:cùng|đồng)\s+)?chủ trì(?:\s+[^,.;:]{0,60}?)?\s+(?:có|gồm)\s*(?:(?:các\s+)?(?:đồng chí|ông|bà)(?:\s+[^:,;]{0,60}?)?)?\s*:?\s*$|chủ trì,\s*gồm\s*(?:các\s+)?(?:đồng chí|ông|bà)?\s*:?\s*$/u,
    ['chair'],
  ],
  [
    /(?:có|với) sự (?:tham dự|hiện diện|có mặt|tham gia) của\s*(?:(?:các\s+)?(?:đồng chí|ông|bà)\s*)?:?\s*$/u,
    ['attendee'],
  ],
  [
    /(?:^|[,;.]\s*)về (?:phía )?[^,.;:]{2,60}?\s+có\s*(?:(?:các\s+)?(?:đồng chí|ông|bà)\s*)?:?\s*$/u,
    ['attendee'],
  ],
  // "Hội nghị đã được nghe đồng chí X …", "Các đại biểu được nghe GS.TS X …": who presented.
  [/(?:được\s+)?nghe\s*(?:(?:các\s+)?(?:đồng chí|ông|bà)\s*)?$/u, ['speaker']],
];
