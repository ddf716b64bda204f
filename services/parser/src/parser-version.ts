import { EXTRACTION_VERSION } from '@hoinghi/extraction';

/** The parser publishes what the extraction rules of this version read; their version is the parser's. */
export const PARSER_VERSION: string = EXTRACTION_VERSION;
