import preset from '../../jest.preset.js';

// One suite of long steps against one stack; run by run.sh (an engine and the stand-ins first).
export default { ...preset, rootDir: import.meta.dirname, displayName: 'compose', testTimeout: 600_000 };
