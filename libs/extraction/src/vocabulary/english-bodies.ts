/** Bodies as English reports name them, with the canonical Vietnamese names they map to. */

/** Central bodies: their English names as written, most specific first. */
export const CENTRAL: ReadonlyArray<[RegExp, string]> = [
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
export const MINISTRIES: ReadonlyArray<[RegExp, string]> = [
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
export const LOCAL: ReadonlyArray<[RegExp, string]> = [
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
