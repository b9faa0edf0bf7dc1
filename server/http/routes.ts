import type { Router } from 'express';
import auditRouter from '../audit/routes';
import claimsRouter from '../claims/routes';
import queuesRouter from '../queues/routes';

/**
 * Feature routers, mounted after the foundation's (sign-in, account, admin, health).
 * Each is built with secureRouter(), so every route declares its permission.
 */
export const featureRouters: Router[] = [claimsRouter, queuesRouter, auditRouter];
