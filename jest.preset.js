// Shared Jest settings: TypeScript through SWC, kept as ES modules (NestJS 12 ships ESM only),
// run with `node --experimental-vm-modules` on Node 24. Workspace libraries map to their sources.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(fileURLToPath(import.meta.url));

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2023',
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    '^@hoinghi/(contracts|extraction|messaging|service-kit|test-kit)$': `${root}/libs/$1/src/index.ts`,
    '^@hoinghi/(demo-site|stack)$': `${root}/tools/$1/src/index.ts`,
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
