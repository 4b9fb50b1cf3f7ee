import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { EcokgError, ErrorCode } from '../errors/error-codes.ts';
import type { Logger } from '../logging/create-logger.ts';

const PUBLIC_CODES = new Set<string>(Object.values(ErrorCode));

/**
 * Shapes every error a client sees: a public code and a message, never a stack trace or a driver's
 * internals. Unexpected errors are logged in full and, in production, masked as INTERNAL_SERVER_ERROR.
 */
export function createErrorFormatter(options: { production: boolean; logger: Logger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const where = { ...(formatted.locations && { locations: formatted.locations }), ...(formatted.path && { path: formatted.path }) };
    if (original instanceof EcokgError) {
      if (original.code === ErrorCode.INTERNAL_SERVER_ERROR) options.logger.error({ err: original }, 'internal error');
      return { message: original.message, ...where, extensions: { code: original.code } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return { message: formatted.message, ...where, extensions: { code } };
    }
    options.logger.error({ err: original }, 'unexpected error');
    return {
      message: options.production ? 'Internal server error' : formatted.message,
      ...where,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
