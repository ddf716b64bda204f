import { runSourcesCommand } from './sources-command.js';

// `npm run sources -- add URL` / `validate` / `test <id>`: see sources-command.ts.
process.exitCode = await runSourcesCommand(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
});
