import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const deploy = join(import.meta.dirname, '../../../deploy');
const secrets = {
  NATS_CRAWLER_PASSWORD: 'a',
  NATS_PARSER_PASSWORD: 'b',
  NATS_STORE_PASSWORD: 'c',
  NATS_CONSUMER_PASSWORD: 'd',
};

/** The NATS configurations, laid out as the compose files mount them, checked by nats-server itself. */
describe('NATS configuration', () => {
  // /etc/nats and /etc/nats-cluster, as the compose files mount them.
  const etc = mkdtempSync(join(tmpdir(), 'hoinghi-nats-conf-'));
  cpSync(join(deploy, 'nats'), join(etc, 'nats'), { recursive: true });
  cpSync(join(deploy, 'nats-cluster'), join(etc, 'nats-cluster'), { recursive: true });
  const files = [
    join(etc, 'nats', 'nats-server.conf'),
    ...readdirSync(join(etc, 'nats-cluster'))
      .filter((f) => f.endsWith('.conf'))
      .map((f) => join(etc, 'nats-cluster', f)),
  ];
  afterAll(() => rmSync(etc, { recursive: true, force: true }));

  it.each(files.map((file) => [file.slice(etc.length + 1), file]))('%s is valid', (_name, file) => {
    const check = spawnSync(process.env.NATS_SERVER_BIN ?? 'nats-server', ['-t', '-c', file], {
      env: { ...process.env, ...secrets },
      encoding: 'utf8',
    });
    expect(`${check.stdout}${check.stderr}`).toContain('is valid');
    expect(check.status).toBe(0);
  });

  it('describes a three-node cluster', () => {
    expect(files.filter((f) => f.includes('/nats-cluster/'))).toHaveLength(3);
  });
});
