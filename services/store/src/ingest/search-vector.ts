/**
 * The words `q` searches, as SQL over a text expression: a conference gathers those of each report's name
 * and article text as they arrive (whichever comes first), so no write reads all its texts again.
 */
export const SEARCH_VECTOR = (text: string) => `strip(to_tsvector('simple', hoinghi_fold(${text})))`;
