import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ContractViolation, MESSAGES, type MessageDefinition } from './index.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

const root = join(import.meta.dirname, '..');
const examples = readdirSync(join(root, 'examples')).map((file) => {
  const event = JSON.parse(readFileSync(join(root, 'examples', file), 'utf8')) as { type: string } & Json;
  return { file, event, definition: MESSAGES.find((m) => m.type === event.type)! };
});

/** Every path into a JSON value, the value itself included. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  const here = [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (value !== null && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  }
  return here;
}

const pointer = (path: Path) =>
  `/${path.map((p) => String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;

/** Two JSON pointers on one line from the root: one is the other or inside it. */
const related = (a: string, b: string) =>
  a === b || a === '/' || b === '/' || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);

interface Mutation {
  kind: 'replace' | 'delete' | 'add';
  path: Path;
  value: Json;
  key: string;
}

/** Changes a copy of `value` at `path`; returns it and the pointer of what changed. */
function mutate(value: Json, mutation: Mutation): { value: Json; at: string } {
  const copy = structuredClone(value);
  const { kind, path } = mutation;
  if (path.length === 0) {
    return kind === 'replace' ? { value: mutation.value, at: '/' } : { value: copy, at: '/' };
  }
  let parent = copy as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  const last = path[path.length - 1];
  const target = parent[last];
  if (kind === 'replace') {
    parent[last] = mutation.value;
    return { value: copy, at: pointer(path) };
  }
  if (kind === 'delete') {
    if (Array.isArray(parent)) {
      parent.splice(Number(last), 1);
      return { value: copy, at: pointer(path.slice(0, -1)) };
    }
    delete parent[last];
    return { value: copy, at: pointer(path) };
  }
  if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
    (target as Record<string, Json>)[mutation.key] = mutation.value;
    return { value: copy, at: pointer([...path, mutation.key]) };
  }
  parent[last] = mutation.value;
  return { value: copy, at: pointer(path) };
}

const mutationOf = (event: Json) =>
  fc.record({
    kind: fc.constantFrom<Mutation['kind']>('replace', 'delete', 'add'),
    path: fc.constantFrom(...pathsOf(event)),
    value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
    key: fc.string({ minLength: 1, maxLength: 12 }),
  });

/** Runs a validator: the value it accepted, or the violation; anything else thrown fails the test. */
function check(parse: (value: unknown) => unknown, value: unknown): ContractViolation | null {
  try {
    parse(value);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(ContractViolation);
    return error as ContractViolation;
  }
}

describe('contract validators, on mutated examples', () => {
  it.each(examples.map((e) => [e.file, e] as const))(
    '%s: a change anywhere is accepted, or refused with a violation on the path of the change',
    (_file, { event, definition }) => {
      fc.assert(
        fc.property(mutationOf(event), (mutation) => {
          const { value, at } = mutate(event, mutation);
          const violation = check(definition.parseEvent, value);
          if (violation === null) return;
          expect(violation.violations.length).toBeGreaterThan(0);
          for (const v of violation.violations) {
            expect(v.path.startsWith('/')).toBe(true);
            expect(v.message).not.toBe('');
          }
          // The change is named: at it, above it (a missing required field), or inside what replaced it.
          // Other violations may come from the other branch of a union (PageBody: inline or stored).
          const paths = violation.violations.map((v) => v.path);
          expect([at, paths.some((path) => related(at, path))]).toEqual([at, true]);
          expect(violation.message).toContain(definition.type);
        }),
      );
    },
  );

  it.each(examples.map((e) => [e.file, e] as const))(
    '%s: parseData and parseEvent agree on the data',
    (_file, { event, definition }) => {
      const data = (event as unknown as { data: Json }).data;
      fc.assert(
        fc.property(mutationOf(data), (mutation) => {
          const { value } = mutate(data, mutation);
          const alone = check(definition.parseData, value) === null;
          const wrapped = check(definition.parseEvent, { ...(event as object), data: value }) === null;
          expect(wrapped).toBe(alone);
        }),
      );
    },
  );
});

describe('contract validators, on anything at all', () => {
  const definitions = fc.constantFrom<MessageDefinition>(...MESSAGES);

  it('throw nothing but a ContractViolation, whatever they are given', () => {
    fc.assert(
      fc.property(
        definitions,
        fc.anything({ withNullPrototype: true, withSparseArray: true, withBigInt: true }),
        (definition, value) => {
          check(definition.parseEvent, value);
          check(definition.parseData, value);
        },
      ),
    );
  });

  it('refuse any JSON that is not their message', () => {
    fc.assert(
      fc.property(definitions, fc.jsonValue({ maxDepth: 4 }), (definition, value) => {
        const violation = check(definition.parseEvent, value);
        expect(violation).not.toBeNull();
        expect(violation!.violations.every((v) => v.path.startsWith('/') && v.message !== '')).toBe(true);
      }),
    );
  });
});
