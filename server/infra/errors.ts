// One table of error codes, one renderer. Services and policies throw AppError; the
// error handler turns every error into RFC 9457 application/problem+json.
export const ERROR_STATUS = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  request_timeout: 408,
  conflict: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  unprocessable: 422,
  headers_too_large: 431,
  rate_limited: 429,
  internal: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ERROR_TITLE: Record<ErrorCode, string> = {
  validation_failed: 'Your request is not valid',
  unauthenticated: 'Sign in first',
  forbidden: 'You may not do this',
  csrf_failed: 'Missing or wrong CSRF token',
  not_found: 'Not found',
  request_timeout: 'The request took too long',
  conflict: 'Conflict with the current state',
  payload_too_large: 'Too large',
  uri_too_long: 'Address too long',
  unsupported_media_type: 'Unsupported media type',
  unprocessable: 'The request cannot be processed as sent',
  headers_too_large: 'Headers too large',
  rate_limited: 'Too many attempts',
  internal: 'Internal error',
  service_unavailable: 'Not available on this server',
};

export interface FieldError {
  /** A JSON pointer-like dotted path, e.g. "body.marking" or "query.limit". */
  path: string;
  message: string;
  /**
   * Which rule of the route's schema the value broke (`required` for a field not given,
   * `custom` where the schema words the refusal itself — show `message` —, else zod's issue
   * code: `invalid_type`, `too_small`, `too_big`, `invalid_format`, `invalid_value`, …), with the bound it broke
   * (`limit`) and what was measured (`origin`: string, number, array, date…). With them a
   * client words the refusal in its user's language; `message` stays the English one.
   */
  rule?: string;
  limit?: number | string;
  origin?: string;
  /**
   * For a refusal the server words itself (`rule` its stable code: `alias_taken`, a file's
   * `gazetteer_pcode_missing`…), what the words depend on — json-safe values (ADR 0037).
   */
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly errors: FieldError[] = [],
    public readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (why: string) => new AppError('forbidden', why);
export const invalid = (path: string, message: string, coded?: { rule: string; params?: Record<string, string | number> }) =>
  new AppError('validation_failed', `${path}: ${message}`, [{ path, message, ...coded }]);
