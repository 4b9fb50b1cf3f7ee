import { EcokgError, ErrorCode } from '../errors/error-codes.ts';

const ID_PATTERN = /^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 200;

/** Refuses a number outside [min, max] with a message that says what is allowed. */
export function requireIntInRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new EcokgError(ErrorCode.BAD_USER_INPUT, `${name} must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

/** Refuses an id that cannot name an entity; an id that is well formed but unknown is not an error. */
export function requireWellFormedId(name: string, value: string): string {
  if (value.length > MAX_ID_LENGTH || !ID_PATTERN.test(value)) {
    const shown = value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
    throw new EcokgError(
      ErrorCode.BAD_USER_INPUT,
      `${name} must be an id of the form kind:slug such as person:li-ganjie (lower-case letters, digits and dashes), got ${shown}`,
    );
  }
  return value;
}

/** Like requireWellFormedId for an optional filter value. */
export function optionalWellFormedId(name: string, value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : requireWellFormedId(name, value);
}

/** Refuses a text filter that is empty or too long; returns null when absent. */
export function optionalText(name: string, value: string | null | undefined, maxLength = 200): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > maxLength) {
    throw new EcokgError(ErrorCode.BAD_USER_INPUT, `${name} must be 1 to ${maxLength} characters, got ${value.length}`);
  }
  return trimmed;
}
