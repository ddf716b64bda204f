// The npm registry reachable here serves only some platforms' builds of native packages (no darwin or
// win32 @swc/core, nx, unrs-resolver …). `npm install` then leaves those optional dependencies out of
// package-lock.json, and `npm ci` refuses the lockfile as out of sync. Recording each missing optional
// dependency (version only, no tarball) makes the lockfile complete; `npm ci` skips them on this platform.
// Run after every `npm install` that changes the lockfile: `npm run lock:complete`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path === '' ? '' : `${path}/`}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[nested] || packages[hoisted]) continue;
    packages[hoisted] = { version, ...(entry.dev ? { dev: true } : {}), optional: true };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: recorded ${added} optional dependencies missing from the registry`);
