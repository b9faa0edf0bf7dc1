/** An error with an HTTP status; `expose` says whether its message may be shown to the user. */
export class AppError extends Error {
  readonly status: number;
  readonly expose: boolean;

  constructor(status: number, message: string, expose = status < 500) {
    super(message);
    this.name = 'AppError';
    this.status = status;
    this.expose = expose;
  }
}

/**
 * A form that was refused before any handler read it (its CSRF token belongs to an earlier session, or it holds what
 * the database cannot store): the error page gives back what the user typed, so refusing it loses nothing.
 */
export class UnsavedFormError extends AppError {
  constructor(status: number, message: string) {
    super(status, message);
    this.name = 'UnsavedFormError';
  }
}

export const notFound = (what = 'Page') => new AppError(404, `${what} not found`);
export const forbidden = (message = 'You do not have permission to do that') => new AppError(403, message);
export const conflict = (message: string) => new AppError(409, message);
export const unauthorized = () => new AppError(401, 'Please sign in');
