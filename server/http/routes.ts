import type { Router } from 'express';

/**
 * Feature routers, mounted after the foundation's (sign-in, account, admin, health).
 * Each is built with secureRouter(), so every route declares its permission.
 */
export const featureRouters: Router[] = [];
