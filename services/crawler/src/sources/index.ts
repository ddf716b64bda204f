export { loadSourceDirectory, loadSourceFile } from './load-sources.js';
export { parseSourceText, type ParseSourceResult } from './parse-source.js';
export {
  DEFAULT_USER_AGENT,
  SOURCE_DEFAULTS,
  resolveSource,
  type ListingDefinition,
  type SourceDefinition,
} from './source-definition.js';
export { SourceFileInvalidError, type SourceFileError } from './source-error.js';
export { SourceFileSchema, ListingSchema, type SourceFile, type ListingFile } from './source-schema.js';
export { parseDurationSeconds } from './duration.js';
export { MIN_CADENCE_SECONDS } from './check-source.js';
