import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { STREAMS, SUBJECTS } from '@hoinghi/contracts';
import { ensureTopology } from '@hoinghi/messaging';
import { startNatsServer, type TestNatsServer } from '@hoinghi/test-kit';
import { UsageError, parseCommand, runCommand, sequenceList } from './index.js';

describe('parseCommand', () => {
  it('reads a replay by sequence, with the server from the environment', () => {
    const { command, servers } = parseCommand(
      ['replay', '--stream', 'HOINGHI_PAGES', '--consumer', 'parser', '--from-seq', '10', '--to-seq', '20'],
      { NATS_URL: 'nats://a:4222,nats://b:4222' },
    );
    expect(servers).toEqual(['nats://a:4222', 'nats://b:4222']);
    expect(command).toMatchObject({
      kind: 'replay',
      request: { stream: 'HOINGHI_PAGES', consumer: 'parser', fromSeq: 10, toSeq: 20, dryRun: false },
    });
  });

  it('reads a replay by time and the dead-letter commands', () => {
    const replay = parseCommand([
      'replay',
      '--stream',
      'S',
      '--consumer',
      'c',
      '--from-time',
      '2025-01-31T08:00:00Z',
    ]);
    expect(replay.command).toMatchObject({ request: { fromTime: new Date('2025-01-31T08:00:00Z') } });
    expect(
      parseCommand(['dead-letters', 'list', '--stage', 'parser', '--reason', 'max_deliveries']).command,
    ).toEqual({
      kind: 'dead-letters list',
      json: false,
      filter: {
        stage: 'parser',
        reason: 'max_deliveries',
        subject: undefined,
        fromSeq: undefined,
        limit: undefined,
      },
    });
    expect(parseCommand(['dead-letters', 'republish', '--seq', '3,5,7-9', '--force']).command).toEqual({
      kind: 'dead-letters republish',
      json: false,
      sequences: [3, 5, 7, 8, 9],
      force: true,
    });
    expect(parseCommand([]).command).toEqual({ kind: 'help' });
  });

  it('names what is wrong on the command line', () => {
    expect(() => parseCommand(['replay', '--stream', 'S'])).toThrow('--consumer is required');
    expect(() => parseCommand(['replay', '--stream', 'S', '--consumer', 'c', '--from-seq', 'x'])).toThrow(
      '--from-seq must be a positive integer',
    );
    expect(() => parseCommand(['dead-letters', 'list', '--reason', 'bad'])).toThrow(
      '--reason must be one of',
    );
    expect(() => parseCommand(['purge'])).toThrow(UsageError);
    expect(() => sequenceList('9-7')).toThrow('bad range');
  });
});

describe('runCommand against NATS', () => {
  let nats: TestNatsServer;
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  beforeAll(async () => {
    nats = await startNatsServer();
    nc = await connect({ servers: nats.url });
    jsm = await jetstreamManager(nc);
    await ensureTopology(jsm, { streams: ['pages'], consumers: ['parser'], replicas: 1 });
  });
  afterAll(async () => {
    await nc.close();
    await nats.dispose();
  });

  it('replays a range and reports what it did', async () => {
    const js = jsm.jetstream();
    for (let i = 1; i <= 5; i++) await js.publish(SUBJECTS.pageFetchedV1, `page ${i}`, { msgID: `p${i}` });
    const lines: string[] = [];
    const request = { stream: STREAMS.pages.name, consumer: 'parser', fromSeq: 2, toSeq: 4, id: 'r1' };
    expect(await runCommand({ kind: 'replay', request, json: false }, jsm, (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toContain('replayed 3 message(s) of HOINGHI_PAGES');
    expect((await jsm.streams.info(STREAMS.pages.name)).state.messages).toBe(8);
  });

  it('lists no dead letters and reports a dead letter that does not exist', async () => {
    const lines: string[] = [];
    await runCommand({ kind: 'dead-letters list', filter: {}, json: false }, jsm, (l) => lines.push(l));
    const code = await runCommand(
      { kind: 'dead-letters republish', sequences: [42], force: false, json: false },
      jsm,
      (l) => lines.push(l),
    );
    expect(code).toBe(1);
    expect(lines).toEqual(['no dead letters match', '#42 not found: no dead letter #42']);
  });
});
