import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** scripts/audit.mjs against a stand-in `npm` that prints what the real one prints in each situation. */
const script = join(import.meta.dirname, '../scripts/audit.mjs');
const dir = mkdtempSync(join(tmpdir(), 'hoinghi-fake-npm-'));
writeFileSync(join(dir, 'npm'), '#!/bin/sh\ncat "$FAKE_NPM_OUTPUT"\nexit 1\n');
chmodSync(join(dir, 'npm'), 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function audit(npmOutput: unknown) {
  const file = join(dir, 'output.json');
  writeFileSync(file, typeof npmOutput === 'string' ? npmOutput : JSON.stringify(npmOutput));
  const run = spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    env: { PATH: `${dir}:${process.env.PATH}`, FAKE_NPM_OUTPUT: file },
  });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

const report = (vulnerabilities: Record<string, { severity: string; range: string }>) => ({
  auditReportVersion: 2,
  vulnerabilities: Object.fromEntries(
    Object.entries(vulnerabilities).map(([name, v]) => [name, { name, fixAvailable: true, ...v }]),
  ),
  metadata: {
    vulnerabilities: Object.values(vulnerabilities).reduce<Record<string, number>>(
      (counts, v) => ({ ...counts, [v.severity]: (counts[v.severity] ?? 0) + 1 }),
      {},
    ),
  },
});

describe('scripts/audit.mjs', () => {
  it('says the advisory endpoint is unreachable when it answers 405, and exits 2', () => {
    const { code, output } = audit({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      body: '',
    });
    expect(code).toBe(2);
    expect(output).toContain(
      'the advisory endpoint is unreachable from this machine (405 Method Not Allowed',
    );
    expect(output).toContain('No vulnerability data was obtained');
  });

  it('says so for a network failure too', () => {
    const { code, output } = audit({
      error: { code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND registry' },
    });
    expect(code).toBe(2);
    expect(output).toContain('unreachable from this machine (getaddrinfo ENOTFOUND registry)');
  });

  it('exits 2 when npm prints no report', () => {
    expect(audit('npm ERR! something odd').code).toBe(2);
  });

  it('lists high and critical advisories and exits 1', () => {
    const { code, output } = audit(
      report({
        lodash: { severity: 'high', range: '<4.17.21' },
        minimist: { severity: 'critical', range: '<1.2.6' },
        debug: { severity: 'low', range: '<2.6.9' },
      }),
    );
    expect(code).toBe(1);
    expect(output).toContain(
      '2 package(s) with high or critical advisories (1 critical, 1 high, 0 moderate, 1 low)',
    );
    expect(output).toMatch(/high\s+lodash \(<4\.17\.21\)/);
    expect(output).not.toContain('debug');
  });

  it('passes with only moderate and low advisories', () => {
    const { code, output } = audit(report({ debug: { severity: 'moderate', range: '<2.6.9' } }));
    expect(code).toBe(0);
    expect(output).toContain('no high or critical advisories (0 critical, 0 high, 1 moderate, 0 low)');
  });
});
