import { describe, expect, it } from '@jest/globals';
import { SERVICE_RUNTIME, serviceRuntime } from './service-processes.js';

describe('serviceRuntime', () => {
  it('is the deployed runtime unless the environment changes it', () => {
    expect(serviceRuntime({})).toEqual(SERVICE_RUNTIME);
    expect(SERVICE_RUNTIME.nodeFlags).toContain('--heap-growing-percent=30');
  });

  it('takes NODE_FLAGS and MALLOC_ARENA_MAX from the environment, an empty NODE_FLAGS meaning none', () => {
    expect(
      serviceRuntime({
        NODE_FLAGS: ' --max-semi-space-size=16  --optimize-for-size ',
        MALLOC_ARENA_MAX: '4',
      }),
    ).toEqual({
      nodeFlags: ['--max-semi-space-size=16', '--optimize-for-size'],
      env: { MALLOC_ARENA_MAX: '4' },
    });
    expect(serviceRuntime({ NODE_FLAGS: '' }).nodeFlags).toEqual([]);
  });
});
