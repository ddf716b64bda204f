/**
 * Place names that sit between a title and a person's name ("Bí thư Tỉnh ủy An Giang Lê Hồng
 * Quang") or that look like names themselves ("Hà Nội", "Thái Lan"). Data, not rules.
 */
import { escapeRegExp } from '../vocabulary/alternation.js';
import { CENTRAL_CITIES, OTHER_PLACES, PROVINCES } from '../vocabulary/places.js';
import { matchForm } from './normalize.js';

const PLACE_FORMS = new Set([...PROVINCES, ...CENTRAL_CITIES, ...OTHER_PLACES].map(matchForm));

/** Whether a capitalised word sequence is a known place ("An Giang", "Việt Nam"). */
export function isKnownPlace(words: string): boolean {
  return PLACE_FORMS.has(matchForm(words));
}

const CENTRAL_FORMS = CENTRAL_CITIES.map(matchForm);

/** Whether a text names a city under the central government ("thành phố Hải Phòng", "TP.HCM"). */
export function mentionsCentralCity(text: string): boolean {
  const s = matchForm(text);
  return CENTRAL_FORMS.some((c) => new RegExp(`(?<![\\p{L}])${escapeRegExp(c)}(?![\\p{L}])`, 'u').test(s));
}

/** Whether a place name is a city under the central government. */
export function isCentralCity(name: string): boolean {
  return (
    CENTRAL_FORMS.includes(matchForm(name).replace(/^(?:thành phố|tp\.?)\s*/u, '')) ||
    CENTRAL_FORMS.includes(matchForm(name))
  );
}
