/**
 * Loaded with `node --import` into child processes of tests: runs the workspace's TypeScript sources
 * directly, as Jest does (SWC, decorators, `@hoinghi/*` mapped to `src/index.ts`, `./x.js` to `./x.ts`).
 * Plain Node strips types only; our sources also need decorators and parameter properties.
 */
import { existsSync, readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transformSync } from '@swc/core';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const workspaceSources: Record<string, string> = {
  contracts: 'libs/contracts',
  messaging: 'libs/messaging',
  'service-kit': 'libs/service-kit',
  'test-kit': 'libs/test-kit',
  'demo-site': 'tools/demo-site',
  stack: 'tools/stack',
};

registerHooks({
  resolve(specifier, context, nextResolve) {
    const workspace = /^@hoinghi\/([a-z-]+)$/.exec(specifier)?.[1];
    if (workspace && workspaceSources[workspace]) {
      return {
        url: pathToFileURL(`${root}${workspaceSources[workspace]}/src/index.ts`).href,
        shortCircuit: true,
      };
    }
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
      const candidate = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
      if (existsSync(candidate)) return { url: candidate.href, shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (!url.startsWith('file:') || !url.endsWith('.ts') || url.includes('/node_modules/')) {
      return nextLoad(url, context);
    }
    const path = fileURLToPath(url);
    const { code } = transformSync(readFileSync(path, 'utf8'), {
      filename: path,
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2023',
      },
      module: { type: 'es6' },
      sourceMaps: 'inline',
    });
    return { format: 'module', source: code, shortCircuit: true };
  },
});
