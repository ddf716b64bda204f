/**
 * Bodies as English reports name them, mapped to the canonical Vietnamese short names the Vietnamese
 * rules give ("the Politburo" → Bộ Chính trị, "the Quang Ninh Provincial Party Committee" → Tỉnh ủy
 * Quảng Ninh), so that reports in both languages of one conference carry the same keys.
 */
import { foldDiacritics } from '../vietnamese/normalize.js';
import { PROVINCES } from '../vietnamese/places.js';

/** Central bodies: their English names as written, most specific first. */
const CENTRAL: ReadonlyArray<[RegExp, string]> = [
  [/\bpolitburo\b/i, 'Bộ Chính trị'],
  [/\bsecretariat\b/i, 'Ban Bí thư'],
  [
    /\b(?:standing committee of the national assembly|national assembly(?: \(na\))? standing committee|na standing committee)\b/i,
    'Ủy ban Thường vụ Quốc hội',
  ],
  [/\b(?:national assembly|legislature)\b|^(?:the )?na$/i, 'Quốc hội'],
  [/\bcentral military commission\b/i, 'Quân ủy Trung ương'],
  [
    /\b(?:central public security party committee|public security central party committee|central party committee of public security)\b/i,
    'Đảng ủy Công an Trung ương',
  ],
  [
    /\bcentral (?:party )?(?:commission for )?(?:inspection|inspection commission)\b|\bcentral inspection commission\b/i,
    'Ủy ban Kiểm tra Trung ương',
  ],
  [
    /\b(?:central )?organi[sz]ation commission\b|\bcommission for organi[sz]ation\b/i,
    'Ban Tổ chức Trung ương',
  ],
  [
    /\bcommission for (?:communication|information|propaganda)[\w, ]*mass mobili[sz]ation\b/i,
    'Ban Tuyên giáo và Dân vận Trung ương',
  ],
  [
    /\b(?:central )?(?:commission for )?(?:communication|information|propaganda) and education(?: commission)?\b/i,
    'Ban Tuyên giáo Trung ương',
  ],
  [/\b(?:central )?(?:commission for )?mass mobili[sz]ation(?: commission)?\b/i, 'Ban Dân vận Trung ương'],
  [/\bcentral economic commission\b|\bcommission for economic affairs\b/i, 'Ban Kinh tế Trung ương'],
  [
    /\bcentral internal affairs commission\b|\bcommission for internal affairs\b/i,
    'Ban Nội chính Trung ương',
  ],
  [/\bcommission for external relations\b/i, 'Ban Đối ngoại Trung ương'],
  [
    /\b(?:vietnam fatherland front|vff) central committee\b|\bcentral committee of the vietnam fatherland front\b/i,
    'Ủy ban Trung ương MTTQ Việt Nam',
  ],
  [/\bgovernment standing (?:board|members)\b|\bstanding government members\b/i, 'Thường trực Chính phủ'],
  [/\b(?:\d+\w* )?(?:party )?central committee\b(?! (?:on|for|of the vietnam))/i, 'Ban Chấp hành Trung ương'],
  [/\b(?:the )?government\b(?! (?:headquarters|office|inspectorate|portal|official))/i, 'Chính phủ'],
];

/** Ministries: the English field after "Ministry of" → the Vietnamese ministry. */
const MINISTRIES: ReadonlyArray<[RegExp, string]> = [
  [/^public security/i, 'Bộ Công an'],
  [/^(?:national )?defen[cs]e/i, 'Bộ Quốc phòng'],
  [/^foreign affairs/i, 'Bộ Ngoại giao'],
  [/^finance/i, 'Bộ Tài chính'],
  [/^industry and trade/i, 'Bộ Công Thương'],
  [/^agriculture and (?:rural development|environment)/i, 'Bộ Nông nghiệp và Phát triển nông thôn'],
  [/^health/i, 'Bộ Y tế'],
  [/^education and training/i, 'Bộ Giáo dục và Đào tạo'],
  [/^justice/i, 'Bộ Tư pháp'],
  [/^home affairs/i, 'Bộ Nội vụ'],
  [/^planning and investment/i, 'Bộ Kế hoạch và Đầu tư'],
  [/^transport/i, 'Bộ Giao thông vận tải'],
  [/^construction/i, 'Bộ Xây dựng'],
  [/^natural resources and environment/i, 'Bộ Tài nguyên và Môi trường'],
  [/^information and communications?/i, 'Bộ Thông tin và Truyền thông'],
  [/^labou?r,? invalids and social affairs/i, 'Bộ Lao động - Thương binh và Xã hội'],
  [/^culture,? sports and tourism/i, 'Bộ Văn hóa, Thể thao và Du lịch'],
  [/^science and technology/i, 'Bộ Khoa học và Công nghệ'],
  [/^ethnic (?:minority )?affairs/i, 'Ủy ban Dân tộc'],
];

/** Local bodies: English head → Vietnamese head; the place follows the head in Vietnamese. */
const APOS = "['’]";
const LOCAL: ReadonlyArray<[RegExp, string]> = [
  [
    /\bstanding (?:committee|board) of the (?:provincial )?party committee\b|\bprovincial party standing (?:committee|board)\b|\bstanding (?:board|committee) of the provincial party committee\b/i,
    'Ban Thường vụ Tỉnh ủy',
  ],
  [
    new RegExp(
      `\\bstanding committee of (?:the )?[\\p{L} ]*?(?:province${APOS}s |provincial )?people${APOS}?s council\\b|\\bprovincial people${APOS}?s council${APOS}?s? standing committee\\b`,
      'iu',
    ),
    'Thường trực HĐND tỉnh',
  ],
  [/\bprovincial party committee\b|\bparty committee of (?:the )?province\b/i, 'Tỉnh ủy'],
  [/\bcity party committee\b|\bmunicipal party committee\b/i, 'Thành ủy'],
  [/\bdistrict party committee\b/i, 'Huyện ủy'],
  [/\bcommune party committee\b/i, 'Đảng ủy xã'],
  [/\bprovincial people['’]?s committee\b|\bpeople['’]?s committee of (?:the )?province\b/i, 'UBND tỉnh'],
  [/\bcity people['’]?s committee\b|\bmunicipal people['’]?s committee\b/i, 'UBND thành phố'],
  [/\bdistrict people['’]?s committee\b/i, 'UBND huyện'],
  [/\bprovincial people['’]?s council\b/i, 'HĐND tỉnh'],
  [
    /\bdistrict people['’]?s council\b|\bpeople['’]?s council of (?:the )?[\p{L} ]+ district\b/iu,
    'HĐND huyện',
  ],
  [/\b(?:provincial )?(?:vietnam )?fatherland front committee\b/i, 'Ủy ban MTTQ tỉnh'],
  [/\bprovincial police(?: department)?\b|\bpolice department of [\p{L} ]+ province\b/iu, 'Công an tỉnh'],
];

const PROVINCE_BY_FOLDED = new Map(
  PROVINCES.map(
    (p) =>
      [
        foldDiacritics(p)
          .toLowerCase()
          .replace(/\s*-\s*/g, ' '),
        p,
      ] as const,
  ),
);
PROVINCE_BY_FOLDED.set('hanoi', 'Hà Nội');
PROVINCE_BY_FOLDED.set('ho chi minh city', 'Hồ Chí Minh');
PROVINCE_BY_FOLDED.set('hcm city', 'Hồ Chí Minh');
PROVINCE_BY_FOLDED.set('hue', 'Huế');

/** A province or centrally-run city written in English ("Quang Ninh", "Hanoi", "Điện Biên") → its Vietnamese name. */
export function vietnameseProvince(name: string): string | null {
  return (
    PROVINCE_BY_FOLDED.get(
      foldDiacritics(name)
        .toLowerCase()
        .replace(/\s*-\s*/g, ' ')
        .trim(),
    ) ?? null
  );
}

/** The province named in a phrase: "the Quang Ninh Provincial Party Committee", "of Điện Biên province". */
function provinceIn(phrase: string): string | null {
  const words = phrase.match(/[\p{Lu}][\p{L}\p{M}]*(?:[ -][\p{Lu}][\p{L}\p{M}]*){0,2}/gu) ?? [];
  for (const w of words) {
    for (let n = w.split(/[ -]/).length; n >= 1; n--) {
      const candidate = w.split(/[ -]/).slice(0, n).join(' ');
      const p = vietnameseProvince(candidate);
      if (p) return p;
    }
  }
  return null;
}

/** Local heads that a text's one province completes ("Tỉnh ủy" → "Tỉnh ủy Quảng Ninh"). */
export const BARE_LOCAL_HEADS = new Set(LOCAL.map(([, head]) => head));

/** The one province a text names ("the Quang Ninh Provincial Party Committee", "Điện Biên province"), else null. */
export function onlyProvinceIn(text: string): string | null {
  const found = new Set<string>();
  for (const m of text.matchAll(
    /([\p{Lu}][\p{L}\p{M}]*(?:[ -][\p{Lu}][\p{L}\p{M}]*){0,2})(?:['’]s)? [Pp]rovinc(?:e|ial)\b|\bprovince of ([\p{Lu}][\p{L}\p{M}]*(?: [\p{Lu}][\p{L}\p{M}]*){0,2})/gu,
  )) {
    const p = provinceIn(m[1] ?? m[2]);
    if (p) found.add(p);
  }
  return found.size === 1 ? [...found][0] : null;
}

/**
 * The canonical Vietnamese name of a body an English text names, or null when the phrase names no body
 * this knows. A province named in the phrase completes a local body ("Tỉnh ủy Quảng Ninh").
 */
export function canonicalEnglishBody(phrase: string): string | null {
  const p = phrase.replace(/\s+/g, ' ').trim();
  for (const [re, head] of LOCAL) {
    if (!re.test(p)) continue;
    const place = provinceIn(p.replace(re, ' '));
    if (head === 'Thành ủy' || head === 'UBND thành phố') return place ? `${head} ${place}` : head;
    return place ? `${head} ${place}` : head;
  }
  if (/^(?:the )?mps$/i.test(p)) return 'Bộ Công an';
  if (/^(?:the )?mnd$/i.test(p)) return 'Bộ Quốc phòng';
  const ministry = /\bministry of ([\p{L} ,&-]+)/iu.exec(p);
  if (ministry) {
    for (const [re, name] of MINISTRIES) if (re.test(ministry[1])) return name;
    return null;
  }
  for (const [re, name] of CENTRAL) if (re.test(p)) return name;
  // "Hanoi's Party organisation", "the Hanoi Party Committee": a centrally-run city's committee.
  const city =
    /(?:^|\bof )(?:the )?([\p{Lu}][\p{L}\p{M}]*(?: [\p{Lu}][\p{L}\p{M}]*){0,3})(?:['’]s)? party (?:committee|organi[sz]ation)\b/iu.exec(
      p,
    );
  if (city) {
    const place = vietnameseProvince(city[1].replace(/ city$/i, ''));
    if (place) return `Thành ủy ${place}`;
  }
  return null;
}
