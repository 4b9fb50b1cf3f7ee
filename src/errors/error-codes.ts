/**
 * The error codes clients can rely on, set as `extensions.code` on every GraphQL error.
 * They are public API: add codes, never rename one. The classes that carry them are internal.
 */
export const ErrorCode = {
  /** An argument or variable is outside what the API accepts; the message says what is allowed. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The query could cost more than the service allows (depth, aliases, or nodes it could touch). */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** The HTTP request is not a GraphQL request: malformed JSON, wrong method or content type. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The query text is not valid GraphQL syntax. */
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  /** The query does not fit the schema (unknown field, wrong argument type …). */
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  /** The operationName names no operation of the document. */
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  /** An automatic persisted query hash the service has not seen yet: send the query with it. */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** Nothing is served at this path. */
  NOT_FOUND: 'NOT_FOUND',
  /** The request body is larger than the service accepts. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** Neo4j cannot be reached or is overloaded; retrying later may succeed. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** The database did not answer within the transaction timeout. */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /**
   * The client went away before the answer was ready, so its queries were cancelled. No client ever receives it:
   * it names the outcome in the service's logs and metrics.
   */
  CLIENT_CLOSED_REQUEST: 'CLIENT_CLOSED_REQUEST',
  /**
   * The report is in the graph already (the same text, URL or id): one report is one document. The error's
   * `extensions.existing` names the copy; load again with `"replace": true` to replace it.
   */
  DOCUMENT_EXISTS: 'DOCUMENT_EXISTS',
  /** A protected operation was called without a valid bearer token. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** Something failed inside the service; details stay in its logs. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/** One of the public error codes. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error whose code and message may be shown to clients as they are. */
export class EcokgError extends Error {
  override readonly name = 'EcokgError';
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Throws in a `default:` branch that TypeScript proves unreachable, so a `switch` stays total. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
