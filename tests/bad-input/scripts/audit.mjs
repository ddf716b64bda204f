#!/usr/bin/env node
// `npm audit` for high and critical advisories, saying plainly when the advisory endpoint cannot be reached
// (behind some mirrors and proxies it answers 405), instead of passing or failing for the wrong reason.
//
//   node tests/bad-input/scripts/audit.mjs [npm audit options, e.g. --omit=dev]
//
// Exit 0: no high or critical advisory. Exit 1: some (listed). Exit 2: the audit could not be run.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');
const SEVERE = new Set(['high', 'critical']);
const UNREACHABLE = /^(ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|E\d{3})$/;

const run = spawnSync('npm', ['audit', '--json', ...process.argv.slice(2)], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});

function cannotAudit(reason) {
  console.error(`npm audit could not check for advisories: ${reason}`);
  console.error(
    'No vulnerability data was obtained. Run `npm audit --audit-level=high` where the registry answers ' +
      'its audit API (POST /-/npm/v1/security/advisories/bulk), e.g. in CI with direct access to registry.npmjs.org.',
  );
  process.exit(2);
}

if (run.error) cannotAudit(`npm did not run (${run.error.message})`);

let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  cannotAudit(
    `npm printed no JSON report (exit ${run.status}): ${run.stderr.trim().split('\n').pop() ?? ''}`,
  );
}

// An endpoint that refused the request: { statusCode: 405, message: "405 Method Not Allowed - POST …" }
// or a network failure: { error: { code: "ENOTFOUND", summary: … } }.
const failure = report.statusCode ?? report.error?.code;
if (report.metadata === undefined && (failure !== undefined || report.message !== undefined)) {
  const code = String(failure ?? '');
  const detail = report.message ?? report.error?.summary ?? report.error?.detail ?? code;
  cannotAudit(
    UNREACHABLE.test(code) || /^\d{3}$/.test(code)
      ? `the advisory endpoint is unreachable from this machine (${detail})`
      : `npm audit failed (${detail})`,
  );
}

const counts = report.metadata?.vulnerabilities ?? {};
const severe = Object.values(report.vulnerabilities ?? {}).filter((v) => SEVERE.has(v.severity));
const summary = ['critical', 'high', 'moderate', 'low'].map((s) => `${counts[s] ?? 0} ${s}`).join(', ');
if (severe.length === 0) {
  console.log(`npm audit: no high or critical advisories (${summary}).`);
  process.exit(0);
}
console.log(`npm audit: ${severe.length} package(s) with high or critical advisories (${summary}):`);
for (const v of severe.sort((a, b) => a.name.localeCompare(b.name))) {
  const fix = v.fixAvailable === false ? 'no fix available' : 'fix available';
  console.log(`  ${v.severity.padEnd(8)} ${v.name} (${v.range}): ${fix}`);
}
process.exit(1);
