import { InitialSchema1732406400000 } from './1732406400000-initial-schema.js';
import { ConferenceGraph1733097600000 } from './1733097600000-conference-graph.js';
import { ReportSummaries1733702400000 } from './1733702400000-report-summaries.js';

/** In order; every migration has a `down`. */
export const MIGRATIONS = [
  InitialSchema1732406400000,
  ConferenceGraph1733097600000,
  ReportSummaries1733702400000,
];
