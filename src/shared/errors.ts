/**
 * One error type for the whole app. `code` decides the HTTP status; `messageKey` is a catalogue key so the
 * user sees a localized message; `field` points at the input that needs fixing.
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  CSRF: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type FieldIssue = { field: string; messageKey: string; params?: Record<string, string | number> };

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly options: {
      params?: Record<string, string | number>;
      issues?: FieldIssue[];
      cause?: unknown;
    } = {},
  ) {
    super(`${code}: ${messageKey}`, { cause: options.cause });
    this.name = "AppError";
    this.status = ERROR_STATUS[code];
  }

  get issues(): FieldIssue[] {
    return this.options.issues ?? [];
  }
}

export const notFound = () => new AppError("NOT_FOUND", "error.notFound");
