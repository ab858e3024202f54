/**
 * The closed set of error codes shared by the server and the web client, with their HTTP status.
 * Messages are localised by the server (Accept-Language) and by the client from the same keys.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  /** an account whose roles require a second factor, past its grace period: only enrolment is open */
  MFA_ENROLMENT_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  /** a service the request depends on (e.g. the single sign-on provider) cannot be reached */
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

/** One failing field (or part of a field, e.g. a NIP's birth date). */
export interface FieldIssue {
  path: string;
  /** machine-readable reason, e.g. `nip.birthDate`, `too_small` */
  code: string;
  message: string;
  /** for a NIP, which part failed */
  part?: string;
}

export interface ErrorEnvelope {
  error: {
    code: ErrorCode;
    message: string;
    details: unknown;
    requestId: string;
  };
}
