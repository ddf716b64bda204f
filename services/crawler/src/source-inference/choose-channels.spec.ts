import { describe, expect, it } from '@jest/globals';
import { chooseChannels, type ChannelYield } from './choose-channels.js';

const urls = (from: number, to: number) =>
  new Set(Array.from({ length: to - from + 1 }, (_, i) => `a${from + i}`));
const channel = (
  name: string,
  kind: ChannelYield<string>['kind'],
  articles: Set<string>,
  requests: number,
) => ({
  channel: name,
  kind,
  articles,
  requests,
});

describe('chooseChannels', () => {
  it('takes the channels that add most per request until everything reachable is covered', () => {
    const choice = chooseChannels([
      channel('feed', 'feed', urls(1, 20), 1),
      channel('sitemap', 'sitemap', urls(1, 100), 3),
      channel('section', 'listing', urls(90, 110), 5),
      channel('tag', 'listing', urls(95, 99), 1),
    ]);
    expect(choice.chosen.map((c) => [c.channel, c.adds])).toEqual([
      ['sitemap', 89],
      ['section', 10],
    ]);
    expect(choice.left.map((c) => [c.channel, c.adds])).toEqual([
      ['feed', 0],
      ['tag', 0],
    ]);
    expect(choice.covered.size).toBe(110);
    expect(choice.reachable.size).toBe(110);
  });

  it('drops a channel taken early that the later ones cover together', () => {
    const choice = chooseChannels([
      channel('home', 'listing', new Set(['a1', 'a11', 'a21']), 1),
      channel('section-1', 'listing', urls(1, 10), 2),
      channel('section-2', 'listing', urls(11, 20), 2),
      channel('section-3', 'listing', urls(21, 30), 2),
    ]);
    expect(choice.chosen.map((c) => c.channel).sort()).toEqual(['section-1', 'section-2', 'section-3']);
    expect(choice.left.map((c) => c.channel)).toEqual(['home']);
  });

  it('prefers a feed to a listing that finds the same for the same cost', () => {
    const choice = chooseChannels([
      channel('listing', 'listing', urls(1, 10), 1),
      channel('feed', 'feed', urls(1, 10), 1),
    ]);
    expect(choice.chosen.map((c) => c.channel)).toEqual(['feed']);
  });
});
