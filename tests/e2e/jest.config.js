import preset from '../../jest.preset.js';

export default { ...preset, rootDir: import.meta.dirname, displayName: 'e2e', testTimeout: 120_000 };
