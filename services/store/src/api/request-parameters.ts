import { BadRequestException } from '@nestjs/common';
import Type, { type TObject, type TProperties } from 'typebox';
import { Compile } from 'typebox/compile';
import Value from 'typebox/value';
import { CONFERENCE_KINDS, ConferenceDocument, FORMATS, SCOPES } from '@hoinghi/contracts';
import type { ConferenceFilters } from '../queries/conference-filter.js';
import { searchWords } from '../queries/search-patterns.js';

/** One parameter a request got wrong, and why. */
export interface ParameterProblem {
  parameter: string;
  message: string;
}

/** A 400 naming every parameter that is wrong and why; nothing of it has reached SQL. */
export class InvalidParameters extends BadRequestException {
  constructor(readonly problems: ParameterProblem[]) {
    super({
      statusCode: 400,
      error: 'Bad Request',
      message: problems.map((p) => `${p.parameter} ${p.message}`).join('; '),
      problems,
    });
  }
}

export const MAX_LIMIT = 100;
const MAX_TEXT = 200;

const Text = (description: string) => Type.String({ minLength: 1, maxLength: MAX_TEXT, description });
const Day = (description: string) => Type.String({ format: 'date', description });

export const PageParameters = {
  limit: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: MAX_LIMIT,
      default: 20,
      description: `Page size, 1 to ${MAX_LIMIT}`,
    }),
  ),
  cursor: Type.Optional(
    Type.String({
      maxLength: 512,
      pattern: '^[A-Za-z0-9_-]+$',
      description: 'Opaque: the `nextCursor` of the previous page',
    }),
  ),
};

export const DocumentKey = Type.String({ ...ConferenceDocument.properties.key, maxLength: 64 });

export const ConferenceFilterParameters = {
  from: Type.Optional(Day('First day, YYYY-MM-DD')),
  to: Type.Optional(Day('Last day, YYYY-MM-DD')),
  scope: Type.Optional(Type.Enum([...SCOPES], { description: 'Scope of the conference' })),
  kind: Type.Optional(Type.Enum([...CONFERENCE_KINDS], { description: 'Kind of conference' })),
  format: Type.Optional(Type.Enum([...FORMATS], { description: 'In person, online or both' })),
  organizer: Type.Optional(Text('Organizer, whole words, diacritics optional: "Ban Bi thu"')),
  person: Type.Optional(Text('A person who took part, whole words, diacritics optional: "To Lam"')),
  document: Type.Optional({ ...DocumentKey, description: 'Key of a cited document: NQ:18, HNTW:8/XIII' }),
  province: Type.Optional(Text('Province or city of the venue or a connection point: "Hai Phong"')),
  q: Type.Optional(
    Text(
      'Words of a name or article text, diacritics optional, the last may be cut short: "hoi nghi toan qu"',
    ),
  ),
};

const strict = <P extends TProperties>(properties: P) =>
  Type.Object(properties, { additionalProperties: false });

export const ConferenceListQuery = strict({ ...ConferenceFilterParameters, ...PageParameters });
export const StatsQuery = strict(ConferenceFilterParameters);
export const PeopleQuery = strict({
  q: Type.Optional(Text('Starts of words of the name, diacritics optional: "le tien ch"')),
  ...PageParameters,
});
export const PageQuery = strict(PageParameters);
export const UuidPath = strict({ id: Type.String({ format: 'uuid' }) });
export const DocumentPath = strict({ key: DocumentKey });

/** Rounds out a type's parameters: TypeBox's static type, with `limit` always set by its default. */
export type ParsedParameters<T extends TObject> = Type.Static<T> &
  ('limit' extends keyof T['properties'] ? { limit: number } : object);

const validators = new WeakMap<TObject, ReturnType<typeof Compile>>();

const shown = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/**
 * Integer parameters from their text, written plainly ("20"): anything else ("2.5", "0x10", "1e2") stays
 * text and fails validation, where a lenient conversion would quietly mean something else.
 */
function withIntegers(schema: TObject, raw: Record<string, unknown>): Record<string, unknown> {
  const value = { ...raw };
  for (const [name, property] of Object.entries(schema.properties)) {
    const text = value[name];
    if (
      (property as { type?: unknown }).type === 'integer' &&
      typeof text === 'string' &&
      /^\d{1,9}$/.test(text)
    ) {
      value[name] = Number(text);
    }
  }
  return value;
}

/**
 * Request parameters (query string or path) checked against their schema: integers converted from their
 * text, defaults applied, unknown or repeated parameters refused; any problem is a 400 naming them all.
 */
export function parseParameters<T extends TObject>(
  schema: T,
  raw: Record<string, unknown>,
): ParsedParameters<T> {
  let validator = validators.get(schema);
  if (!validator) validators.set(schema, (validator = Compile(schema)));
  const value = Value.Default(schema, withIntegers(schema, raw)) as Record<string, unknown>;
  if (validator.Check(value)) return value as ParsedParameters<T>;
  const problems: ParameterProblem[] = [];
  for (const error of validator.Errors(value)) {
    const unknown = (error.params as { additionalProperties?: string[] }).additionalProperties;
    if (unknown) {
      for (const name of unknown)
        problems.push({ parameter: name, message: 'is not a parameter of this request' });
      continue;
    }
    if (error.keyword === 'boolean') continue;
    const parameter = error.instancePath.replace(/^\//, '');
    const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
    const message = allowed ? `must be one of ${allowed.join(', ')}` : error.message;
    problems.push({ parameter, message: `${message} (got ${shown(raw[parameter])})` });
  }
  throw new InvalidParameters(problems);
}

const TEXT_FILTERS = ['organizer', 'person', 'province', 'q'] as const;

/**
 * Conference filters parsed as `parseParameters` does, then what a schema cannot say: days exist in
 * Postgres, the range is not reversed, and text filters hold a word to search for (not only punctuation).
 */
export function parseConferenceFilters<T extends typeof ConferenceListQuery | typeof StatsQuery>(
  schema: T,
  raw: Record<string, unknown>,
): ParsedParameters<T> & ConferenceFilters {
  const parsed = parseParameters(schema, raw) as ParsedParameters<T> & ConferenceFilters;
  const problems: ParameterProblem[] = [];
  for (const name of ['from', 'to'] as const) {
    // The format allows year 0, which Postgres does not have.
    if (parsed[name]?.startsWith('0000')) {
      problems.push({ parameter: name, message: `must be a day of year 1 or later (got ${parsed[name]})` });
    }
  }
  if (parsed.from && parsed.to && parsed.from > parsed.to) {
    problems.push({ parameter: 'from', message: `must not be after to (got ${parsed.from} > ${parsed.to})` });
  }
  for (const name of TEXT_FILTERS) {
    const text = parsed[name];
    if (text !== undefined && searchWords(text).length === 0) {
      problems.push({ parameter: name, message: `must contain a letter or digit (got ${shown(text)})` });
    }
  }
  if (problems.length > 0) throw new InvalidParameters(problems);
  return parsed;
}
