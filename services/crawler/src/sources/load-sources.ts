import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseSourceText } from './parse-source.js';
import type { SourceDefinition } from './source-definition.js';
import { SourceFileInvalidError, toSourceFileError, type SourceFileError } from './source-error.js';

const SOURCE_FILE = /^[^.].*\.ya?ml$/i;

/** Loads one source file; throws SourceFileInvalidError listing every problem. */
export async function loadSourceFile(filePath: string): Promise<SourceDefinition> {
  const result = parseSourceText(await readFile(filePath, 'utf8'), filePath);
  if (!result.ok) throw new SourceFileInvalidError(result.errors);
  return result.source;
}

/**
 * Loads every `*.yaml` / `*.yml` file directly in `dir` (not hidden files, not `*.sample`), in
 * name order. A bad file is reported and skipped so one typo does not stop the other sources.
 * Files sharing an id are all rejected: neither can be trusted to be the intended one.
 */
export async function loadSourceDirectory(
  dir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{
  sources: SourceDefinition[];
  errors: SourceFileError[];
  /** Every source file read, in name order, with its source when it loaded. */
  files: Array<{ file: string; source?: SourceDefinition }>;
}> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && SOURCE_FILE.test(entry.name))
    .map((entry) => path.join(dir, entry.name))
    .sort();

  const loaded: Array<{ file: string; source: SourceDefinition }> = [];
  const errors: SourceFileError[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      errors.push(
        toSourceFileError(file, { path: [], message: `could not be read: ${(error as Error).message}` }),
      );
      continue;
    }
    const result = parseSourceText(text, file, env);
    if (result.ok) loaded.push({ file, source: result.source });
    else errors.push(...result.errors);
  }

  const filesById = new Map<string, string[]>();
  for (const { file, source } of loaded) {
    filesById.set(source.id, [...(filesById.get(source.id) ?? []), file]);
  }
  const sources: SourceDefinition[] = [];
  const accepted = new Map<string, SourceDefinition>();
  for (const { file, source } of loaded) {
    const sameId = filesById.get(source.id)!;
    if (sameId.length === 1) {
      sources.push(source);
      accepted.set(file, source);
      continue;
    }
    const others = sameId.filter((other) => other !== file).join(', ');
    errors.push(
      toSourceFileError(file, {
        path: ['id'],
        message: `"${source.id}" is also used by ${others}; ids must be unique, so none of these files is loaded`,
      }),
    );
  }
  return {
    sources,
    errors,
    files: files.map((file) => ({ file, ...(accepted.has(file) ? { source: accepted.get(file)! } : {}) })),
  };
}
