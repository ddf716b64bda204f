import type { SourceIssue } from './source-error.js';

/** The parts of a TypeBox validation error we read. */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message: string;
}

type SchemaNode = Record<string, unknown>;

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields (name: value)',
  null: 'empty',
};

/**
 * Turns JSON-Schema errors into one plain-language issue per field. Validators report several
 * errors for one mistake (each branch of a union, `additionalProperties` twice); a user needs one.
 */
export function describeSchemaErrors(errors: Iterable<SchemaError>, schema: unknown): SourceIssue[] {
  const issues = new Map<string, SourceIssue>();
  const add = (path: Array<string | number>, message: string) => {
    const key = JSON.stringify(path);
    if (!issues.has(key)) issues.set(key, { path, message });
  };
  for (const error of errors) {
    const path = parsePointer(error.instancePath);
    const node = schemaAt(schema, error.schemaPath);
    switch (error.keyword) {
      case 'required':
        for (const name of (error.params.requiredProperties as string[] | undefined) ?? []) {
          add([...path, name], 'is required');
        }
        break;
      case 'boolean':
        // `additionalProperties: false` reports each unknown field this way.
        add(path, unknownFieldMessage(schemaAt(schema, parentPointer(error.schemaPath))));
        break;
      case 'additionalProperties':
        break;
      default:
        add(path, describe(error, hintFor(schema, error.schemaPath) ?? undefined, node));
    }
  }
  return [...issues.values()];
}

function describe(error: SchemaError, hint: string | undefined, node: SchemaNode | undefined): string {
  if (hint !== undefined && ['type', 'pattern', 'anyOf', 'minimum', 'format'].includes(error.keyword)) {
    return `must be ${hint}`;
  }
  const limit = error.params.limit;
  switch (error.keyword) {
    case 'type': {
      const type = String(error.params.type ?? node?.type);
      return `must be ${TYPE_WORDS[type] ?? type}`;
    }
    case 'minItems':
      return `must list at least ${String(limit)} item${limit === 1 ? '' : 's'}`;
    case 'minLength':
      return limit === 1 ? 'must not be empty' : `must be at least ${String(limit)} characters long`;
    case 'maxLength':
      return `must be at most ${String(limit)} characters long`;
    case 'minimum':
      return `must be at least ${String(limit)}`;
    case 'maximum':
      return `must be at most ${String(limit)}`;
    case 'exclusiveMinimum':
      return `must be greater than ${String(limit)}`;
    case 'pattern':
      return hint === undefined ? 'has an invalid format' : `must be ${hint}`;
    default:
      return error.message;
  }
}

function unknownFieldMessage(parent: SchemaNode | undefined): string {
  const known = parent?.properties ? Object.keys(parent.properties as object) : [];
  return known.length === 0
    ? 'is not a known field'
    : `is not a known field (check the spelling; allowed here: ${known.join(', ')})`;
}

/** The nearest `hint` at or above the failing schema, without leaving the field (a union's branches share their owner's hint). */
function hintFor(schema: unknown, schemaPath: string): string | null {
  let pointer = schemaPath;
  for (;;) {
    const hint = schemaAt(schema, pointer)?.hint;
    if (typeof hint === 'string') return hint;
    const owner = pointer.match(/^(.*)\/(?:anyOf|oneOf)\/\d+$/);
    if (!owner) return null;
    pointer = owner[1]!;
  }
}

function parsePointer(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function parentPointer(schemaPath: string): string {
  return schemaPath.replace(/\/[^/]*$/, '');
}

function schemaAt(schema: unknown, schemaPath: string): SchemaNode | undefined {
  let node: unknown = schema;
  for (const segment of parsePointer(schemaPath.replace(/^#/, ''))) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node !== null && typeof node === 'object' ? (node as SchemaNode) : undefined;
}
