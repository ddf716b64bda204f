import { Compile } from 'typebox/compile';
import { Settings } from 'typebox/system';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { checkSource } from './check-source.js';
import { interpolateEnvironment } from './interpolate-environment.js';
import { describeSchemaErrors } from './schema-errors.js';
import { resolveSource, type SourceDefinition } from './source-definition.js';
import { toSourceFileError, type SourceFileError, type SourceIssue } from './source-error.js';
import { SourceFileSchema, type SourceFile } from './source-schema.js';

const validator = Compile(SourceFileSchema);

export type ParseSourceResult =
  { ok: true; source: SourceDefinition } | { ok: false; errors: SourceFileError[] };

/** Parses and validates the text of one source file; `file` is only used to name it in errors. */
export function parseSourceText(
  text: string,
  file: string,
  env: NodeJS.ProcessEnv = process.env,
): ParseSourceResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) =>
        toSourceFileError(file, {
          path: [],
          message: `is not valid YAML: ${yamlProblem(error.code, error.message)}`,
          ...(error.linePos ? { line: error.linePos[0].line } : {}),
        }),
      ),
    };
  }
  if (!isMap(document.contents)) {
    const message =
      document.contents === null
        ? 'is empty; a source file needs at least id, name, allowedHosts, discovery and cadence'
        : 'must be a mapping of fields (id: ..., name: ...), not a list or a single value';
    return { ok: false, errors: [toSourceFileError(file, { path: [], message: `the file ${message}` })] };
  }

  let raw: unknown;
  try {
    raw = document.toJS();
  } catch (error) {
    // Aliases that expand without bound (a "billion laughs" file) are refused by the YAML library.
    return {
      ok: false,
      errors: [
        toSourceFileError(file, { path: [], message: `is not valid YAML: ${(error as Error).message}` }),
      ],
    };
  }
  const { value, missing } = interpolateEnvironment(raw, env);
  if (missing.length > 0) {
    return {
      ok: false,
      errors: missing.map((name) =>
        toSourceFileError(file, {
          path: [],
          message: `uses \${${name}}, which is not set and has no default (\${${name}:-default})`,
        }),
      ),
    };
  }
  const issues: SourceIssue[] = validator.Check(value)
    ? checkSource(value as SourceFile)
    : describeSchemaErrors(allSchemaErrors(value), SourceFileSchema);
  if (issues.length > 0) {
    return {
      ok: false,
      errors: issues.map((issue) =>
        toSourceFileError(file, { ...issue, ...lineOf(document, lineCounter, issue.path) }),
      ),
    };
  }
  return { ok: true, source: resolveSource(value as SourceFile) };
}

/**
 * TypeBox stops after 8 errors (a process-wide setting), and a union alone yields three, so a file
 * with a few mistakes would hide some. Raised only for this synchronous call.
 */
function allSchemaErrors(value: unknown) {
  const previous = Settings.Get().maxErrors;
  Settings.Set({ maxErrors: 200 });
  try {
    return validator.Errors(value);
  } finally {
    Settings.Set({ maxErrors: previous });
  }
}

/** The line of the deepest node along `path` that exists (a missing field points at its parent). */
function lineOf(
  document: Document,
  lineCounter: LineCounter,
  path: ReadonlyArray<string | number>,
): { line?: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = document.getIn(path.slice(0, depth), true) as
      { range?: [number, number, number] } | undefined;
    if (node?.range) return { line: lineCounter.linePos(node.range[0]).line };
  }
  return {};
}

function yamlProblem(code: string, message: string): string {
  if (code === 'MULTIPLE_DOCS') return 'a source file holds one document; remove the "---" separator';
  // The library appends " at line N, column M:" and a code excerpt; the line is reported separately.
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
