import type { Express } from 'express';
import { declaredAccess, type Access } from '../../server/http/secure-router';

export interface DeclaredRoute {
  method: string;
  path: string;
  access: Access | undefined;
}

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean>; stack: { handle: unknown }[] };
  handle?: { stack?: Layer[] };
}

/** Every route the app serves, with the access rule its first handler declares (if any). */
export function declaredRoutes(app: Express): DeclaredRoute[] {
  const router = (app as unknown as { router: { stack: Layer[] } }).router;
  const out: DeclaredRoute[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        const access = declaredAccess(layer.route.stack[0]?.handle);
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        for (const method of Object.keys(layer.route.methods).filter((m) => layer.route!.methods[m])) {
          for (const path of paths) out.push({ method: method.toUpperCase(), path, access });
        }
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack);
      }
    }
  };
  walk(router.stack);
  return out;
}

/** A concrete URL for a route pattern: parameters become 1, optional parts are dropped. */
export function concretePath(pattern: string): string {
  return pattern.replace(/\{[^}]*\}/g, '').replace(/:(\w+)/g, '1').replace(/\*\w+/g, 'x') || '/';
}
