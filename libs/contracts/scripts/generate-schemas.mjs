// Writes the JSON Schema of every message into ../schemas and the AsyncAPI document into ../asyncapi.json
// (both checked in; a test fails when they are stale).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAsyncApi, renderJsonSchemas } from '../dist/index.js';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'schemas');
mkdirSync(dir, { recursive: true });
const files = renderJsonSchemas();
for (const name of readdirSync(dir)) if (!files.has(name)) rmSync(join(dir, name));
for (const [name, text] of files) writeFileSync(join(dir, name), text);
writeFileSync(join(root, 'asyncapi.json'), `${JSON.stringify(renderAsyncApi(), null, 2)}\n`);
console.log(`wrote ${files.size} schemas to ${dir} and asyncapi.json`);
