import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { TObject } from 'typebox';
import { SERVICE_RUNTIME } from '@hoinghi/stack';
import { readCompose } from './compose-environment.js';
import { CrawlerEnvironment } from '../../../services/crawler/src/crawler-environment.js';
import { ParserEnvironment } from '../../../services/parser/src/parser-environment.js';
import { StoreEnvironment } from '../../../services/store/src/store-environment.js';

const root = join(import.meta.dirname, '../../..');
// The Compose Specification's JSON Schema (Apache-2.0, see fixtures/compose-spec.LICENSE).
const schemaPath = join(import.meta.dirname, '../fixtures/compose-spec.json');
const compose = readCompose();
const services = compose.services;

/** Variables each image reads, from the schema it validates its environment with at boot. */
const environments: Record<string, TObject> = {
  crawler: CrawlerEnvironment,
  parser: ParserEnvironment,
  store: StoreEnvironment,
};
/** Read by the image itself (deploy/service.Dockerfile), not by the service's code. */
const imageVariables = ['ENTRY', 'HEALTH_URL', 'NODE_FLAGS', 'MALLOC_ARENA_MAX'];

/** The projects the Dockerfile builds into the image every service shares. */
const builtProjects =
  readFileSync(join(root, 'deploy/service.Dockerfile'), 'utf8')
    .match(/nx run-many -t build -p ([\w -]+?) --/)?.[1]
    .split(' ') ?? [];

describe('docker-compose.yml', () => {
  it('is valid against the Compose Specification', () => {
    // The schema names draft-07 by an https URI Ajv does not know; it is draft-07, which Ajv validates by default.
    const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    expect(validate(compose) ? [] : validate.errors).toEqual([]);
    expect(validate({ services: { broken: { ports: 'not a list', restart: 1 } } })).toBe(false);
  });

  it('builds one image for every service, from a Dockerfile and entry files that exist', () => {
    const built = Object.values(services).filter((service) => service.build);
    expect(built).toHaveLength(4);
    expect(new Set(built.map((service) => `${service.image} ${JSON.stringify(service.build)}`)).size).toBe(1);
    for (const [name, service] of Object.entries(services)) {
      if (!service.build) continue;
      const context = join(root, service.build.context);
      expect(existsSync(join(context, service.build.dockerfile))).toBe(true);
      const entry = service.environment?.ENTRY;
      expect({ name, entry }).toEqual({ name, entry: expect.stringMatching(/\/dist\/.+\.js$/) });
      const source = entry!.replace('/dist/', '/src/').replace(/\.js$/, '.ts');
      expect({ name, source, exists: existsSync(join(context, source)) }).toEqual({
        name,
        source,
        exists: true,
      });
      const project = JSON.parse(
        readFileSync(join(context, entry!.split('/dist/')[0], 'project.json'), 'utf8'),
      );
      expect({ name, built: builtProjects }).toEqual({
        name,
        built: expect.arrayContaining([project.name]),
      });
    }
  });

  it('mounts files and folders that exist', () => {
    for (const service of Object.values(services)) {
      for (const volume of service.volumes ?? []) {
        const source = volume.split(':')[0].replace(/^\$\{[A-Z_]+:-(.*)\}$/, '$1');
        if (source.startsWith('.'))
          expect({ volume, exists: existsSync(join(root, source)) }).toEqual({ volume, exists: true });
      }
    }
  });

  it.each(Object.keys(environments))(
    'gives %s only variables it reads, and every one it requires',
    (name) => {
      const schema = environments[name];
      const given = Object.keys(services[name].environment ?? {});
      const known = new Set([...Object.keys(schema.properties), ...imageVariables]);
      expect(given.filter((variable) => !known.has(variable))).toEqual([]);
      const required = (schema.required ?? []).filter(
        (variable: string) => (schema.properties[variable] as { default?: unknown }).default === undefined,
      );
      expect(required.filter((variable: string) => !given.includes(variable))).toEqual([]);
      expect(services[name].environment?.NATS_URL).toBe('nats://nats:4222');
    },
  );

  it('health-checks the servers it runs', () => {
    expect(services.nats.healthcheck).toBeDefined();
    expect(services.postgres.healthcheck).toBeDefined();
    for (const name of ['crawler', 'parser', 'store', 'demo-site']) {
      expect(services[name].environment?.HEALTH_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    }
  });
});

describe('deploy/service.Dockerfile', () => {
  const dockerfile = readFileSync(join(root, 'deploy/service.Dockerfile'), 'utf8').replace(/\\\n\s*/g, ' ');
  const env = (name: string) =>
    dockerfile.match(new RegExp(`\\b${name}=("[^"]*"|\\S+)`))?.[1].replace(/"/g, '');

  it('runs every service with the runtime the native stack launches it with', () => {
    expect(env('NODE_FLAGS')?.split(' ')).toEqual(SERVICE_RUNTIME.nodeFlags);
    expect(env('MALLOC_ARENA_MAX')).toBe(SERVICE_RUNTIME.env.MALLOC_ARENA_MAX);
    expect(dockerfile).toContain('CMD ["sh", "-c", "exec node $NODE_FLAGS \\"${ENTRY:?');
  });
});
