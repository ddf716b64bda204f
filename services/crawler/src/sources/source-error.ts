/** A problem found in a source file, addressed by a path into the YAML document. */
export interface SourceIssue {
  path: ReadonlyArray<string | number>;
  message: string;
  /** 1-based; set for YAML syntax errors, otherwise looked up from `path`. */
  line?: number;
}

export interface SourceFileError {
  file: string;
  /** JSON path of the field, e.g. `discovery.listings[0].linkPattern`; empty for the whole file. */
  field: string;
  line?: number;
  /** What is wrong, e.g. `is not a valid regular expression: Unterminated group`. */
  problem: string;
  /** The whole sentence for a log or a terminal: file, line, field and problem. */
  message: string;
}

export function formatFieldPath(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>(
    (text, segment) =>
      typeof segment === 'number' ? `${text}[${segment}]` : text === '' ? segment : `${text}.${segment}`,
    '',
  );
}

export function toSourceFileError(file: string, issue: SourceIssue): SourceFileError {
  const field = formatFieldPath(issue.path);
  const where = issue.line === undefined ? file : `${file} (line ${issue.line})`;
  return {
    file,
    field,
    ...(issue.line === undefined ? {} : { line: issue.line }),
    problem: issue.message,
    message: field === '' ? `${where}: ${issue.message}` : `${where}: ${field} ${issue.message}`,
  };
}

/** Thrown by loadSourceFile; carries every problem found, not just the first. */
export class SourceFileInvalidError extends Error {
  constructor(readonly errors: SourceFileError[]) {
    super(errors.map((error) => error.message).join('\n'));
    this.name = 'SourceFileInvalidError';
  }
}
