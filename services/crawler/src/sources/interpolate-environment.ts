const REFERENCE = /\$\{([A-Z_][A-Z0-9_]*)(?::-([^}]*))?\}/g;

/**
 * Replaces `${NAME}` and `${NAME:-default}` in every string of a parsed source file with the environment's
 * value, so one file serves several deployments (the demo site is 127.0.0.1 locally, `demo-site` in compose).
 * Returns the names that are neither set nor defaulted.
 */
export function interpolateEnvironment(
  value: unknown,
  env: NodeJS.ProcessEnv,
): { value: unknown; missing: string[] } {
  const missing = new Set<string>();
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(REFERENCE, (reference, name: string, fallback: string | undefined) => {
        const set = env[name];
        if (set !== undefined && set !== '') return set;
        if (fallback !== undefined) return fallback;
        missing.add(name);
        return reference;
      });
    }
    if (Array.isArray(node)) return node.map(walk);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child)]));
    }
    return node;
  };
  return { value: walk(value), missing: [...missing] };
}
