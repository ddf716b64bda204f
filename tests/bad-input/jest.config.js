import preset from '../../jest.preset.js';

export default { ...preset, rootDir: import.meta.dirname, displayName: 'bad-input', testTimeout: 60_000 };
