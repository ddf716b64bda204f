import path from 'node:path';
import { parseArgs } from 'node:util';
import { EnvironmentError, readEnvironment } from '@hoinghi/service-kit';
import { CrawlerEnvironment } from '../crawler-environment.js';
import { loadSourceDirectory, type SourceDefinition } from '../sources/index.js';
import { addSource } from './add-source.js';
import { dryRunSource, type DryRunPage } from './dry-run-source.js';

export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
}

const USAGE = `Usage: npm run sources -- <command> [options]

  add URL [--id ID] [--out DIR]      explore the site at URL and write a source file for it to DIR (default:
      [--sample N] [--rate R]        $CRAWLER_SOURCES_DIR or sources), validate it and dry-run it on N articles
      [--max-requests N] [--force]   (default 5); R requests per second (default 1, 20 for a site on this
                                     machine or a private network), at most N requests (default 400)
  validate [--dir DIR]               check every source file in DIR (default: $CRAWLER_SOURCES_DIR or sources)
  test <id> [--dir DIR] [--limit N]  dry run of one source: discover, fetch N article pages (default 3) and
                                     parse them, printing what would be published; nothing is published`;

const ADD_DEFAULTS = { sample: 5, maxRequests: 400 };

/** `sources add URL`, `sources validate` and `sources test <id>`; resolves to the process exit code. */
export async function runSourcesCommand(argv: string[], io: CommandIo): Promise<number> {
  let args: ReturnType<typeof parse>;
  let env: CrawlerEnvironment;
  try {
    args = parse(argv);
    env = readEnvironment(CrawlerEnvironment, io.env);
  } catch (error) {
    io.err(error instanceof EnvironmentError ? error.message : `${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }
  const [command, id, ...extra] = args.positionals;
  if (args.values.help) {
    io.out(USAGE);
    return 0;
  }
  const dir = args.values.dir ?? env.CRAWLER_SOURCES_DIR;
  if (command === 'add' && id !== undefined && extra.length === 0) {
    const numbers = positiveNumbers(args.values, io);
    if (numbers === null) return 1;
    return addSource(
      {
        url: id,
        ...(args.values.id === undefined ? {} : { id: args.values.id }),
        outDir: args.values.out ?? env.CRAWLER_SOURCES_DIR,
        sample: numbers.sample ?? ADD_DEFAULTS.sample,
        maxRequests: numbers['max-requests'] ?? ADD_DEFAULTS.maxRequests,
        ...(numbers.rate === undefined ? {} : { rate: numbers.rate }),
        force: args.values.force === true,
        maxBodyBytes: env.CRAWLER_MAX_BODY_BYTES,
        timeoutMs: env.CRAWLER_TIMEOUT_MS,
      },
      io,
    );
  }
  if (command === 'validate' && id === undefined) return validate(dir, io);
  if (command === 'test' && id !== undefined && extra.length === 0) {
    const limit = Number(args.values.limit ?? '3');
    if (!Number.isInteger(limit) || limit < 1) {
      io.err(`--limit must be a whole number above 0, not "${args.values.limit}"`);
      return 1;
    }
    return test(
      dir,
      id,
      { limit, maxBodyBytes: env.CRAWLER_MAX_BODY_BYTES, timeoutMs: env.CRAWLER_TIMEOUT_MS },
      io,
    );
  }
  io.err(USAGE);
  return 1;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      dir: { type: 'string' },
      limit: { type: 'string' },
      id: { type: 'string' },
      out: { type: 'string' },
      sample: { type: 'string' },
      rate: { type: 'string' },
      'max-requests': { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** `add`'s numeric options, each above 0 (whole, but for --rate); null after saying which one is wrong. */
function positiveNumbers(
  values: ReturnType<typeof parse>['values'],
  io: CommandIo,
): Partial<Record<'sample' | 'rate' | 'max-requests', number>> | null {
  const numbers: Partial<Record<'sample' | 'rate' | 'max-requests', number>> = {};
  for (const name of ['sample', 'rate', 'max-requests'] as const) {
    const text = values[name];
    if (text === undefined) continue;
    const value = Number(text);
    if (!(value > 0) || (name !== 'rate' && !Number.isInteger(value)) || (name === 'rate' && value > 1000)) {
      io.err(
        `--${name} must be a ${name === 'rate' ? 'number above 0 and at most 1000' : 'whole number above 0'}, not "${text}"`,
      );
      return null;
    }
    numbers[name] = value;
  }
  return numbers;
}

type Loaded = Awaited<ReturnType<typeof loadSourceDirectory>>;

async function load(dir: string, io: CommandIo): Promise<Loaded | null> {
  try {
    const loaded = await loadSourceDirectory(dir, io.env);
    if (loaded.files.length > 0) return loaded;
    io.err(`${dir}: no source files (*.yaml, *.yml) in this folder`);
  } catch (error) {
    io.err(`${dir}: the sources folder cannot be read: ${(error as Error).message}`);
  }
  return null;
}

async function validate(dir: string, io: CommandIo): Promise<number> {
  const loaded = await load(dir, io);
  if (loaded === null) return 1;
  for (const { file, source } of loaded.files) {
    if (source) io.out(`${file}: ok (${summary(source)})`);
    for (const error of loaded.errors.filter((e) => e.file === file)) io.err(error.message);
  }
  const invalid = loaded.files.filter(({ source }) => !source).length;
  const errors = loaded.errors.length;
  io.out(
    `${loaded.files.length} file(s) checked in ${dir}: ${loaded.files.length - invalid} valid` +
      (invalid > 0 ? `, ${invalid} rejected (${errors} error${errors === 1 ? '' : 's'})` : ''),
  );
  return invalid > 0 ? 1 : 0;
}

function summary(source: SourceDefinition): string {
  const { feeds, sitemaps, listings } = source.discovery;
  const parts = [
    `id ${source.id}`,
    `${feeds.length} feed(s), ${sitemaps.length} sitemap(s), ${listings.length} listing(s)`,
    `every ${source.cadenceSeconds} s`,
  ];
  if (!source.enabled) parts.push('disabled');
  return parts.join(', ');
}

async function test(
  dir: string,
  id: string,
  settings: { limit: number; maxBodyBytes: number; timeoutMs: number },
  io: CommandIo,
): Promise<number> {
  const loaded = await load(dir, io);
  if (loaded === null) return 1;
  const source = loaded.sources.find((s) => s.id === id);
  if (source === undefined) {
    io.err(`no valid source with id "${id}" in ${dir}`);
    for (const error of loaded.errors) io.err(error.message);
    return 1;
  }
  const file = loaded.files.find((f) => f.source === source)!.file;
  io.out(
    `${source.name} (${path.relative(process.cwd(), file) || file}${source.enabled ? '' : ', disabled'})`,
  );
  io.out('dry run: nothing is claimed, recorded or published');
  const { discovery, pages } = await dryRunSource(source, settings);
  const byChannel = (kind: string) =>
    discovery.articles.filter((a) => a.foundIn.some((f) => f.kind === kind)).length;
  io.out(
    `discovered ${discovery.articles.length} article URL(s): ${byChannel('feed')} in feeds, ` +
      `${byChannel('sitemap')} in sitemaps, ${byChannel('listing')} in listings`,
  );
  for (const error of discovery.errors) io.err(`discovery: ${error.kind} ${error.url}: ${error.message}`);
  pages.forEach((page, index) => printPage(page, `[${index + 1}/${pages.length}]`, io));
  const published = pages.filter((page) => page.problem === undefined);
  const conferences = published.filter((page) => page.conference).length;
  io.out(
    `would publish ${published.length} page.fetched.v1, ${published.length} article.parsed.v1, ` +
      `${conferences} conference.extracted.v1; ${pages.length - published.length} page(s) with a problem`,
  );
  return discovery.articles.length > 0 && published.length > 0 ? 0 : 1;
}

function printPage(page: DryRunPage, label: string, io: CommandIo): void {
  io.out(`${label} ${page.url}`);
  io.out(`  status       ${page.status ?? '-'}`);
  if (page.problem !== undefined) {
    io.out(`  problem      ${page.problem}`);
    return;
  }
  io.out(`  title        ${page.title ?? '-'}`);
  io.out(`  publishedAt  ${page.publishedAt ?? '-'}`);
  io.out(`  conference   ${page.isConference ? 'yes' : 'no'}`);
  if (page.conference) {
    io.out(`  name         ${page.conference.name}`);
    io.out(`  date         ${page.conference.date ?? '-'}`);
  }
}
