import type { TLocalizedValidationError } from 'typebox/error';

export interface Violation {
  /** JSON pointer of the offending field, "/" for the message itself. */
  path: string;
  message: string;
}

/** Thrown when a message does not match its contract; carries every violation, not just the first. */
export class ContractViolation extends Error {
  constructor(
    readonly messageType: string,
    readonly violations: Violation[],
  ) {
    super(
      `${messageType} violates its contract: ${violations.map((v) => `${v.path} ${v.message}`).join('; ')}`,
    );
    this.name = 'ContractViolation';
  }
}

/**
 * Turns raw validator output into one line per problem. A union (`anyOf`) reports a failure per branch;
 * we keep the branch errors that reach deepest into the value, which is where the real mistake is.
 */
export function describeViolations(errors: TLocalizedValidationError[]): Violation[] {
  const specific = errors.filter((e) => e.keyword !== 'anyOf');
  const kept = specific.filter(
    (e) =>
      !(
        e.keyword === 'type' &&
        (e.params as { type?: string }).type === 'null' &&
        specific.some((o) => o !== e && o.instancePath.startsWith(e.instancePath))
      ),
  );
  const chosen = kept.length > 0 ? kept : errors;
  const seen = new Set<string>();
  const violations: Violation[] = [];
  for (const e of chosen) {
    const message = e.keyword === 'enum' ? `${e.message}: ${formatAllowed(e.params)}` : e.message;
    const path = e.instancePath || '/';
    const key = `${path} ${message}`;
    if (!seen.has(key)) {
      seen.add(key);
      violations.push({ path, message });
    }
  }
  return violations;
}

function formatAllowed(params: object): string {
  const allowed = (params as { allowedValues?: unknown[] }).allowedValues ?? [];
  return allowed.map((v) => JSON.stringify(v)).join(', ');
}
