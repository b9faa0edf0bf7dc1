import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { can, ROLE_LABELS, ROLES, type Permission, type Role } from '../auth/permissions';
import { requireCsrfChecked } from './csrf';
import { forbidden, unauthorized } from './errors';

/** Marks a route anyone may reach, signed in or not. */
export const PUBLIC = 'public' as const;
export type Access = Permission | typeof PUBLIC;

export const ACCESS = Symbol('verbatim.access');
type Guard = RequestHandler & { [ACCESS]: Access };

/** `form`: the route takes a form, whose refusal says what it needed (the error page gives back what it held). */
function guard(access: Access, form: boolean): Guard {
  const check: RequestHandler = (req: Request, _res: Response, next: NextFunction) => {
    if (access === PUBLIC) return next();
    if (!req.user) return next(unauthorized());
    if (!can(req.user.role, access)) return next(forbidden(form ? formRefusal(req.user.role, access) : pageRefusal(req.user.role, access)));
    next();
  };
  return Object.assign(check, { [ACCESS]: access });
}

/** Why a form was refused: the role it needs and the sender's, which an admin may have changed while it was open. */
function formRefusal(role: Role, access: Permission): string {
  // an admin holds every permission
  const needed = ROLES.find((r) => can(r, access)) ?? 'admin';
  return `This form was not saved: it needs the role ${ROLE_LABELS[needed]}, and yours is ${ROLE_LABELS[role]} ` +
    '(an administrator may have changed it since you opened the form).';
}

/** Why a page was refused: the role it is for, so the reader knows whom to ask. */
function pageRefusal(role: Role, access: Permission): string {
  const needed = ROLES.find((r) => can(r, access)) ?? 'admin';
  const who = needed === 'admin' ? 'administrators' : `${ROLE_LABELS[needed].toLowerCase()}s and administrators`;
  return `This page is for ${who}; your role is ${ROLE_LABELS[role]}. An administrator can change your role.`;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface SecureRouter {
  router: Router;
  get(path: string | string[], access: Access, ...handlers: RequestHandler[]): void;
  post(path: string | string[], access: Access, ...handlers: RequestHandler[]): void;
  put(path: string | string[], access: Access, ...handlers: RequestHandler[]): void;
  patch(path: string | string[], access: Access, ...handlers: RequestHandler[]): void;
  delete(path: string | string[], access: Access, ...handlers: RequestHandler[]): void;
}

/**
 * A router whose every route names the permission it needs; the check runs before any handler.
 * Unsafe methods also get the CSRF check right before the final handler, after any body parser
 * the route brings along (multer for uploads).
 */
export function secureRouter(): SecureRouter {
  const router = Router();
  const add =
    (method: Method) =>
    (path: string | string[], access: Access, ...handlers: RequestHandler[]) => {
      if (access !== PUBLIC && typeof access !== 'string') throw new Error(`Route ${String(path)} needs an access rule`);
      if (handlers.length === 0) throw new Error(`Route ${method.toUpperCase()} ${String(path)} has no handler`);
      const chain = method === 'get' ? handlers : [...handlers.slice(0, -1), requireCsrfChecked, handlers.at(-1)!];
      router[method](path, guard(access, method !== 'get'), ...chain);
    };
  return {
    router,
    get: add('get'),
    post: add('post'),
    put: add('put'),
    patch: add('patch'),
    delete: add('delete'),
  };
}

/** The access rule a route layer declared, if it came from secureRouter. */
export function declaredAccess(handler: unknown): Access | undefined {
  return typeof handler === 'function' ? (handler as Partial<Guard>)[ACCESS] : undefined;
}
