import preset from '../../jest.preset.js';

// One long run: the stack under a fault schedule, then checks of what it stored.
export default { ...preset, rootDir: import.meta.dirname, displayName: 'faults', testTimeout: 300_000 };
