import type { Role } from './permissions';

/** The signed-in user as every request sees it; never carries the password hash. */
export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    // passport types req.user as Express.User
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface User extends SessionUser {}
  }
}

declare module 'express-session' {
  interface SessionData {
    /** The account's sessions_revoked_at its sign-in saw, as ISO 8601 (see auth/session-store). */
    sessionsRevokedAt?: string | null;
  }
}
