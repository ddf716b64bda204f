import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '@hoinghi/stack';

export interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; args?: Record<string, string> };
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: unknown;
}

/** docker-compose.yml as compose reads it (YAML merge keys applied). */
export function readCompose(): { services: Record<string, ComposeService> } {
  return parse(readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8'), { merge: true });
}

/** A value as compose interpolates it when the variables it names are unset: `${VAR:-default}` → default. */
export function interpolateDefaults(value: string): string {
  return value.replace(
    /\$\{[A-Za-z_][A-Za-z0-9_]*(?::?-([^}]*))?\}/g,
    (_, fallback?: string) => fallback ?? '',
  );
}

export interface LocalAddresses {
  /** What a container reaches by a compose name, and what a process here reaches instead: `nats:4222` → `127.0.0.1:41234`. */
  addresses: Record<string, string>;
  /** A container's port → the free port the process listens on instead. */
  ports: Record<string, number>;
}

/**
 * A service's environment from the compose file, for the same service run as a process on this machine:
 * only what differs between a container and a process changes: the addresses of the other services
 * (compose names → local addresses), the ports (each service gets a free one), `0.0.0.0` (a process here
 * listens on loopback only) and container paths mounted from the repository (→ the repository's folder).
 */
export function localEnvironment(service: ComposeService, local: LocalAddresses): Record<string, string> {
  // Longer names first, so `demo-site:8080` is replaced before `demo-site`.
  const addresses = Object.entries(local.addresses).sort(([a], [b]) => b.length - a.length);
  const mounts = new Map(
    (service.volumes ?? []).map((volume) => {
      const [source, target] = interpolateDefaults(volume).split(':');
      return [target, resolve(REPO_ROOT, source)] as const;
    }),
  );
  const env: Record<string, string> = {};
  for (const [name, raw] of Object.entries(service.environment ?? {})) {
    let value = interpolateDefaults(String(raw));
    for (const [from, to] of addresses) value = value.replaceAll(from, to);
    value = value.replaceAll('0.0.0.0', '127.0.0.1');
    if (name.endsWith('_PORT') && local.ports[value] !== undefined) value = String(local.ports[value]);
    value = value.replace(/(\/\/127\.0\.0\.1:)(\d+)/, (whole, prefix: string, port: string) =>
      local.ports[port] !== undefined ? `${prefix}${local.ports[port]}` : whole,
    );
    env[name] = mounts.get(value) ?? value;
  }
  return env;
}
