import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/** Strict headers: scripts and styles only from our own origin, never inline. */
export const securityHeaders = () =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        scriptSrcAttr: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'same-origin' },
  });

/**
 * Pages are never stored by the browser or anything between: they show reviewers' work and carry CSRF tokens, and on
 * a newsroom's shared machine the back button after signing out must not bring a signed-in page back from a cache.
 * Stylesheets and scripts are served before this and keep their own caching.
 */
export function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.set('Cache-Control', 'no-store');
  next();
}
