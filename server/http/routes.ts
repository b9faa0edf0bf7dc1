import type { Router } from 'express';
import articlesRouter from '../articles/routes';
import auditCheckRouter from '../audit/check-routes';
import auditRouter from '../audit/routes';
import claimsRouter from '../claims/routes';
import dashboardRouter from '../dashboard/routes';
import queuesRouter from '../queues/routes';
import speakersRouter from '../speakers/routes';

/**
 * Feature routers, mounted after the foundation's (sign-in, account, admin, health).
 * Each is built with secureRouter(), so every route declares its permission.
 */
export const featureRouters: Router[] = [articlesRouter, claimsRouter, queuesRouter, auditRouter, auditCheckRouter, speakersRouter, dashboardRouter];
