export { extractConference, type ArticleInput, type ConferenceExtraction } from './extract-conference.js';
export { toScoringView, type ScoringView } from './scoring-view.js';
