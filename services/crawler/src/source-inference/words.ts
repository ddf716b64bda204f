/** A link text or title of at most this many words is a name (section, tag, menu entry), not a headline. */
export const NAME_WORDS = 4;

/** Words with a letter in them: "Kinh tế - Xã hội" has 4. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/**
 * Whether a page's <title> names a section, tag or page rather than a story: its first part (before
 * " | Site name" or " - Trang 2") is a name. Article titles start with their headline.
 */
export function isNameTitle(title: string): boolean {
  const head = title.split(/\s+[|–—-]\s+/)[0] ?? '';
  return head !== '' && wordCount(head) <= NAME_WORDS;
}
