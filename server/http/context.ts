import type { Request } from 'express';
import type { Db } from '../db/knex';
import { unauthorized } from './errors';

/** The app's database, set by createApp; feature routers are module-level, so they read it here. */
export function dbOf(req: Request): Db {
  const db = req.app.locals.db as Db | undefined;
  if (!db) throw new Error('createApp did not attach a database');
  return db;
}

export interface Actor {
  id: number;
  ip: string | null;
}

/** Who is acting, for services and audit events; only on routes that require a permission. */
export function actorOf(req: Request): Actor {
  if (!req.user) throw unauthorized();
  return { id: req.user.id, ip: req.ip ?? null };
}
