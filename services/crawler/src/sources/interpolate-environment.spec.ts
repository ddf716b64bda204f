import { describe, expect, it } from '@jest/globals';
import { interpolateEnvironment } from './interpolate-environment.js';

describe('interpolateEnvironment', () => {
  const file = {
    allowedHosts: ['${DEMO_HOST:-127.0.0.1}'],
    discovery: { feeds: ['${DEMO_SITE_URL}/rss.xml'] },
    rateLimit: { requestsPerSecond: 5 },
  };

  it('substitutes set variables and defaults, in nested strings only', () => {
    expect(interpolateEnvironment(file, { DEMO_SITE_URL: 'http://demo-site:8080' })).toEqual({
      value: {
        allowedHosts: ['127.0.0.1'],
        discovery: { feeds: ['http://demo-site:8080/rss.xml'] },
        rateLimit: { requestsPerSecond: 5 },
      },
      missing: [],
    });
  });

  it('names the variables that are neither set nor defaulted', () => {
    expect(interpolateEnvironment(file, {}).missing).toEqual(['DEMO_SITE_URL']);
  });
});
