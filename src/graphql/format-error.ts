import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { EcokgError, ErrorCode } from '../errors/error-codes.ts';

const PUBLIC_CODES = new Set<string>(Object.values(ErrorCode));

/** Whether an error is a bug (logged in full, masked in production) rather than an answer with a public code. */
export function isUnexpectedError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof EcokgError) return original.code === ErrorCode.INTERNAL_SERVER_ERROR;
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
  return !(typeof code === 'string' && PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR);
}

/**
 * Shapes every error a client sees: a public code and a message, never a stack trace or a driver's
 * internals. Unexpected errors are masked as INTERNAL_SERVER_ERROR in production; the request log plugin
 * logs them in full, with the request's id.
 */
export function createErrorFormatter(options: {
  production: boolean;
  /** The values of an enum of the schema, so a wrong one can be answered with the allowed ones. */
  enumValues?: (enumName: string) => readonly string[] | undefined;
}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const where = { ...(formatted.locations && { locations: formatted.locations }), ...(formatted.path && { path: formatted.path }) };
    if (original instanceof EcokgError) {
      return { message: original.message, ...where, extensions: { code: original.code } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return { message: withAllowedEnumValues(formatted.message, options.enumValues), ...where, extensions: { code } };
    }
    return {
      message: options.production ? 'Internal server error' : formatted.message,
      ...where,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

// graphql-js says which enum value is wrong, in a literal or a variable, but not which are allowed; this is the one
// place its message text is read, and only to add to it.
const UNKNOWN_ENUM_VALUE = /Value "[^"]*" does not exist in "(\w+)" enum\.|Enum "(\w+)" cannot represent non-enum value/;

function withAllowedEnumValues(message: string, enumValues: ((enumName: string) => readonly string[] | undefined) | undefined): string {
  const match = UNKNOWN_ENUM_VALUE.exec(message);
  const enumName = match?.[1] ?? match?.[2];
  const allowed = enumName === undefined ? undefined : enumValues?.(enumName);
  return allowed ? `${message} Allowed: ${allowed.join(', ')}.` : message;
}
