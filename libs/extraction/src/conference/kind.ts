/** What kind of meeting: dissemination of a resolution, review, periodic briefing, plenum, other. */
import type { ConferenceKind } from '@hoinghi/contracts';
import { matchForm } from '../vietnamese/normalize.js';

const KINDS: ReadonlyArray<[RegExp, ConferenceKind]> = [
  [
    /^(?:hội nghị|kỳ họp)\s+(?:lần thứ\s+\S+\s*,?\s*)?(?:ban chấp hành|bch)(?![\p{L}])|^hội nghị trung ương\s+\d/u,
    'plenum',
  ],
  [
    /quán triệt|học tập|nghiên cứu|phổ biến|triển khai thực hiện nghị quyết|thông báo nhanh|truyền đạt/u,
    'dissemination',
  ],
  [/giao ban|báo cáo viên|thường kỳ|định kỳ/u, 'briefing'],
  [/tổng kết|sơ kết|kiểm điểm|đánh giá kết quả|đánh giá tình hình/u, 'review'],
];

export function meetingKind(name: string | null, lead: string): ConferenceKind {
  const n = matchForm(name ?? '');
  for (const [re, kind] of KINDS) if (re.test(n)) return kind;
  const l = matchForm(lead);
  for (const [re, kind] of KINDS.slice(1)) if (re.test(l)) return kind;
  return 'other';
}
