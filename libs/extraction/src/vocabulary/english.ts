/**
 * Words of English-language reports from Vietnamese outlets (VNA, VOV, Nhân Dân, the Government portal,
 * provincial papers' English pages), in lower case. Kept as data so the rules that use them stay short.
 */

/** Nouns naming a meeting, longest first so "working session" wins over "session". */
export const MEETING_NOUNS: readonly string[] = [
  'plenary session',
  'working session',
  'working meeting',
  'teleconference',
  'videoconference',
  'video conference',
  'conference',
  'congress',
  'plenum',
  'meeting',
  'session',
  'sitting',
  'seminar',
  'symposium',
  'workshop',
  'dialogue',
  'forum',
];

/** Phrases with a meeting noun in them that are not meetings. */
export const NOT_MEETINGS: readonly string[] = ['press conference', 'press briefing', 'news conference'];

/** Verbs before a meeting saying it was held: "chaired a conference", "convened its plenum". */
export const HOLD_VERBS: readonly string[] = [
  'held',
  'holds',
  'hold',
  'convened',
  'convenes',
  'convene',
  'organised',
  'organized',
  'organises',
  'organizes',
  'co-organised',
  'co-organized',
  'hosted',
  'hosts',
  'chaired',
  'chairs',
  'co-chaired',
  'co-chairs',
  'presided over',
  'presides over',
  'opened',
  'opens',
  'attended',
  'attends',
  'attending',
  'concluded',
  'concludes',
  'closed',
  'closes',
  'began',
  'begins',
  'kicked off',
  'kicks off',
  'wrapped up',
  'wraps up',
  'had',
  'has had',
  'speaking at',
  'addressed',
  'addressing',
];

/** Verbs after a meeting saying it was held: "the plenum opened", "the conference was held". */
export const HAPPEN_VERBS: readonly string[] = [
  'held by',
  'organised by',
  'organized by',
  'chaired by',
  'presided over by',
  'was held',
  'were held',
  'is held',
  'was convened',
  'was organised',
  'was organized',
  'took place',
  'is taking place',
  'opened',
  'opens',
  'convened',
  'convenes',
  'concluded',
  'concludes',
  'closed',
  'closes',
  'wrapped up',
  'kicked off',
  'kicks off',
  'began',
  'heard',
  'discussed',
  'reviewed',
  'was chaired',
  'was presided over',
  'was attended',
];

/** The meeting is still to come. */
export const FUTURE =
  /\b(?:will (?:be )?(?:hold|held|open|convene|convened|take place|organi[sz]e|organi[sz]ed|start|begin|kick off)|(?:is|are) (?:scheduled|set|slated|expected|due|going|planned) to (?:open|take place|be held|convene|start|begin|hold)|to be (?:held|convened|organi[sz]ed)|upcoming|forthcoming|next (?:week|month|year)|tomorrow|plans to (?:hold|convene|organi[sz]e))\b/;

/** Events that are not meetings even when officials attend. */
export const OTHER_EVENTS =
  /\b(?:ceremony|celebration|celebrated|anniversary|inaugurat\w*|ground-?breaking|festival|contest|competition|exhibition|fair|working (?:visit|trip)|visited|visiting|visits|toured|inspect(?:ed|ion|ing)|field trip|award(?:ed|s)?|press conference|funeral|commemoration|commemorat\w+|rally|parade)\b/;

/** Opening sentences that report a document, not a meeting. */
export const ISSUANCE =
  /\b(?:issued|has issued|signed|promulgated|approved|released|sent) (?:a |an |the )?(?:\w+ ){0,3}(?:resolution|directive|conclusion|decision|decree|dispatch|regulation|circular|plan|document|official letter|instruction)s?\b/;

/** Pages that print a document or a speech rather than report a meeting. */
export const NOT_A_REPORT: readonly RegExp[] = [
  /\bfull text\b|\bfull speech\b|\bfollowing is the (?:full )?(?:text|speech)\b/,
  /^\s*(?:the )?(?:resolution|directive|decision|conclusion|regulation)\s*$|^\s*no\.\s*\d+\/(?:nq|ct|qđ|qd|kl)-/m,
  /\bsocialist republic of viet ?nam\b[\s\S]{0,200}\bindependence\s*-\s*freedom\s*-\s*happiness\b/,
];

/** A speech addresses its audience. */
export const SALUTATION =
  /\b(?:dear (?:comrades|delegates|guests)|ladies and gentlemen|distinguished (?:guests|delegates))\b/;

/** Signs from inside a meeting: what was said or done at it. */
export const INSIDE_CUES: readonly RegExp[] = [
  /\b(?:at|during|in) the (?:conference|meeting|plenum|session|congress|event|working session|sitting|seminar|workshop)\b/,
  /\b(?:opening|closing|concluding|keynote) (?:speech|remarks|address)\b/,
  /\b(?:participants|delegates|attendees|the meeting|the conference|the plenum|the session)\b[^.]{0,40}\b(?:discussed|heard|agreed|reviewed|approved|adopted|elected|listened|focused|considered|gave opinions)\b/,
  /\bconnection points?\b|\bconnecting (?:to|with)\b|\blinked (?:to|with)\b/,
  /\b(?:chaired|presided over|(?:under|with) the chair(?:manship)? of|co-chaired|moderated)\b/,
];

/** Verbs of a meeting's last day: a date with them is not its first day. */
export const CLOSING = /\b(?:concluded|concludes|closed|closes|wrapped up|wraps up|ended|ends)\b/i;
/** Nouns of meetings that run over several days. */
export const MULTI_DAY_NOUNS = /\b(?:session|sitting|plenum|plenary|congress)\b/i;

/** How the meeting was held. */
export const ONLINE =
  /\b(?:online|virtual(?:ly)?|video ?conference|teleconference|via video|connection points?|linked (?:to|with) \d|connecting (?:to|with) \d|connected (?:to|with) \d)/;
export const HYBRID =
  /\b(?:in[- ]person and online|both in person and online|online and in[- ]person|hybrid|combined with online|in-person combined with)\b/;

/** Words that say a number counts connection points, and people. */
export const POINT_NOUNS =
  /^\s*(?:connection points?|connecting points?|connection sites?|locations|sites|points|venues|bridges)\b/;
export const PEOPLE_NOUNS =
  /^\s*(?:official |key |Party )?(?:delegates|participants|officials|cadres|Party members|attendees|people|leaders|representatives)\b/i;
export const NUMBER_HEDGES = /(?:more than|over|nearly|almost|about|around|some|approximately|up to)\s+$/;

/** Scope from a title when no convener is named. */
export const NATIONAL_TITLES =
  /\b(?:general secretary|state president|president(?! of)|prime minister|deputy prime minister|national assembly chair(?:man|woman)?|na chair(?:man|woman)?|politburo member|permanent member of the (?:party central committee'?s? )?secretariat)\b/i;
