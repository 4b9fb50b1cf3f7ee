import { EcokgError, ErrorCode } from '../errors/error-codes.ts';
import { ID_PATTERN } from '../graph-model/entity-ids.ts';

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

/** Refuses a required text argument that is empty or too long; returns it trimmed. */
export function requireText(name: string, value: string, maxLength = 200): string {
  return optionalText(name, value, maxLength) as string;
}

const MAX_DOCUMENTS = 100;

/** Refuses a list of document ids that is empty, too long, or holds an id that cannot name a document. */
export function optionalDocumentIds(name: string, value: readonly string[] | null | undefined): string[] | null {
  if (value === null || value === undefined) return null;
  if (value.length === 0 || value.length > MAX_DOCUMENTS) {
    throw new EcokgError(ErrorCode.BAD_USER_INPUT, `${name} must name 1 to ${MAX_DOCUMENTS} documents, got ${value.length}`);
  }
  return value.map((id, index) => {
    const checked = requireWellFormedId(`${name}[${index}]`, id);
    if (!checked.startsWith('document:')) {
      throw new EcokgError(ErrorCode.BAD_USER_INPUT, `${name}[${index}] must be a document id (document:slug), got ${JSON.stringify(id)}`);
    }
    return checked;
  });
}

/** Refuses a period whose start comes after its end; both are ISO dates the Date scalar has checked. */
export function requireOrderedDates(fromName: string, from: string | null | undefined, toName: string, to: string | null | undefined): void {
  if (from && to && from > to) {
    throw new EcokgError(ErrorCode.BAD_USER_INPUT, `${fromName} must not be after ${toName}, got ${fromName} ${from} and ${toName} ${to}`);
  }
}

/** What scopes a relation or list to some reports: a period ($from, $to) and a list of documents, as Cypher parameters. */
// A type, not an interface, so it fits where a record of Cypher parameters is expected.
export type ReportScope = {
  from: string | null;
  to: string | null;
  documents: string[] | null;
};

/** The arguments that scope a field to some reports. */
export interface ReportScopeArgs {
  from?: string | null;
  to?: string | null;
  documents?: readonly string[] | null;
}

/** Checks and returns the `from`, `to` and `documents` arguments of a field. */
export function reportScope(args: ReportScopeArgs): ReportScope {
  requireOrderedDates('from', args.from, 'to', args.to);
  return { from: args.from ?? null, to: args.to ?? null, documents: optionalDocumentIds('documents', args.documents) };
}
