import { describe, expect, it } from '@jest/globals';
import { sumCounter } from './prometheus.js';

const metrics = [
  '# HELP hoinghi_messages_handled_total Messages handled',
  '# TYPE hoinghi_messages_handled_total counter',
  'hoinghi_messages_handled_total{subject="hoinghi.parsed.article.v1",outcome="acked"} 40',
  'hoinghi_messages_handled_total{subject="hoinghi.parsed.conference.v1",outcome="acked"} 12',
  'hoinghi_messages_handled_total{subject="hoinghi.parsed.conference.v1",outcome="redelivered"} 1',
  'hoinghi_messages_handled_total_other{subject="hoinghi.parsed.article.v1",outcome="acked"} 99',
  'process_cpu_seconds_total 3.5',
].join('\n');

describe('sumCounter', () => {
  it('adds the samples whose labels match, by value or by prefix', () => {
    expect(sumCounter(metrics, 'hoinghi_messages_handled_total', { outcome: 'acked' })).toBe(52);
    expect(
      sumCounter(metrics, 'hoinghi_messages_handled_total', {
        subject: { prefix: 'hoinghi.parsed.conference' },
      }),
    ).toBe(13);
    expect(sumCounter(metrics, 'process_cpu_seconds_total')).toBe(3.5);
  });

  it('counts nothing for a counter that is absent or labels that no sample has', () => {
    expect(sumCounter(metrics, 'hoinghi_missing_total')).toBe(0);
    expect(sumCounter(metrics, 'hoinghi_messages_handled_total', { outcome: 'dead_lettered' })).toBe(0);
  });
});
