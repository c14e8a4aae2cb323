/**
 * A failure talking to the sync service, in words a person can act on, with what kind it is so the pane can
 * decide: keep the change for later (offline, busy), ask to sign in (signed-out), or set it aside and say
 * what to fix (rejected, failed), never "try again" for something trying again cannot fix.
 */
export type ApiErrorKind = 'offline' | 'signed-out' | 'no-permission' | 'busy' | 'rejected' | 'failed' | 'unreadable' | 'needs-confirmation';

export interface ApiIssue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly details: { status?: number; code?: string; issues?: ApiIssue[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
