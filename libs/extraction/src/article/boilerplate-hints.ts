import { attr, type Element } from './dom.js';

/**
 * Class/id words of page furniture that is never article prose, in English and in the Vietnamese
 * slugs of local CMSs ("tin-lien-quan", "binh-luan", "chia-se"...). Matched on hyphen/underscore
 * separated parts of each class token.
 */
const STRONG_NEGATIVE =
  /(?:^|[-_ ])(?:ads?|advert\w*|adsbygoogle|banner|breadcrumbs?|comments?|commentlist|disqus|footer|gdpr|masthead|menu|navbar|nav|navigation|related|relatedposts?|replies|shar(?:e|ing)|sharebar|sharing\w*|social|sponsor\w*|promo\w*|newsletter|subscribe|subscription|popup|modal|cookies?|pagination|pager|paging|tags|tagcloud|outbrain|taboola|recommend\w*|recirc\w*|trending|mostread|most-read|popular|morestories|more-stories|see-also|seealso|tinlienquan|tin-lien-quan|lien-quan|lienquan|tinkhac|tin-khac|cung-chuyen-muc|xemthem|xem-them|binhluan|binh-luan|chiase|chia-se|luotxem|luot-xem|tukhoa|tu-khoa)(?=$|[-_ ])/i;

/** Furniture words that also appear on wrappers of real content (page builders call everything a widget). */
const WEAK_NEGATIVE =
  /(?:^|[-_ ])(?:widgets?|tools?|toolbar|meta|header|byline|author|bio|print|rating|vote|poll|tag|keywords?|extra|supplemental|aside|caption|credits?|skip|signup|login|jump|hidden|thumb\w*|teaser|card|list|listing|category)(?=$|[-_ ])/i;

const POSITIVE =
  /(?:^|[-_ ])(?:article|articles|articlebody|articlecontent|body|content|contents|entry|hentry|main|maincontent|post|postbody|postcontent|story|storybody|storycontent|text|detail|details|chitiet|chi-tiet|noidung|noi-dung|baiviet|bai-viet|fck_detail|blog)(?=$|[-_ ])/i;

function hintText(el: Element): string {
  const cls = attr(el, 'class');
  const id = attr(el, 'id');
  return cls && id ? `${cls} ${id}` : cls || id;
}

/** Opinion of an element's class/id: −2 furniture, −1 probably furniture, +1 content, 0 none. */
export function classHint(el: Element): -2 | -1 | 0 | 1 {
  const hint = hintText(el);
  if (!hint) return 0;
  const pos = POSITIVE.test(hint);
  if (STRONG_NEGATIVE.test(hint)) return pos ? -1 : -2;
  if (WEAK_NEGATIVE.test(hint)) return pos ? 0 : -1;
  return pos ? 1 : 0;
}

/**
 * Headings that open a section of links, tags or comments rather than prose; the section is
 * skipped up to the next real paragraph.
 */
export const SECTION_HEADING =
  /^(?:(?:các\s+)?(?:tin|bài|bài viết|tin tức|tin bài)\s+(?:liên quan|cùng chuyên mục|khác|mới|mới nhất|mới hơn|cũ hơn|đã đưa|đọc nhiều|nổi bật|cùng loại|xem nhiều)(?:\s.{0,30})?|xem thêm|đọc thêm|có thể bạn quan tâm|bạn có thể quan tâm|ý kiến bạn đọc(?:\s*\(\d+\))?|bình luận(?:\s*\(\d+\))?|gửi bình luận|ý kiến của bạn|viết bình luận|gửi ý kiến|video liên quan|ảnh liên quan|cùng chuyên mục(?:\s.{0,30})?|related(?:\s.{0,30})?|more (?:from|on|stories|news|articles|to read|in)\b.{0,40}|more\b.{0,30}\b(?:stories|articles|news|reads)|read (?:more|next)|see also|you (?:may|might) (?:also )?(?:like|enjoy)|recommended(?:\s.{0,30})?|trending(?:\s.{0,30})?|most (?:read|popular|viewed|shared)\b.{0,30}|popular (?:stories|posts|now|articles)|comments?(?:\s*\(\d+\))?|\d+ comments?|leave a (?:reply|comment)|join the (?:conversation|discussion)|about the authors?|share this(?: story| article)?|sign up.*|subscribe.*|newsletter|further reading)\s*[:.]?$/i;

/** Single lines of page furniture inside the article container. */
export const BOILERPLATE_LINE =
  /^(?:advertisement|advert|anzeige|werbung|publicité|publicidad|publicidade|quảng cáo|ad|sponsored|chia sẻ|share|tweet|email|print|in bài(?: viết)?|in trang|gửi (?:email|bài viết|cho bạn bè)|cỡ chữ|font ?size|[aA][+-]?(?:\s*[aA][+-]?)*|lượt xem\s*:?\s*[\d.,]+|số lượt xem\s*:?\s*[\d.,]+|lượt đọc\s*:?\s*[\d.,]+|(?:từ khóa|từ khoá|tags?|chủ đề|keywords?)\s*:.*|bình luận\s*\(?\d*\)?|(?:\d+\s*)?(?:likes?|shares?|comments?)|(?:nguồn|source)\s*:?\s*|continue reading.*|(?:click|tap) (?:here|to).*|skip (?:to|ad).*|scroll (?:down|to continue).*|story continues below.*|article continues below.*|https?:\/\/\S+|.{0,40}requires javascript\.?|.{0,40}enable javascript.*|(?:author|by|publish(?:ed)? (?:date|on)|posted (?:on|by)|updated|ngày đăng|tác giả)\s*:)$/i;
