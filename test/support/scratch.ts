import { randomBytes } from 'node:crypto';
import { createDb } from '../../server/db/knex';

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * A database named `<prefix>_<random>` on the server of `serverUrl`: empty, or a copy of `template` (a database of
 * the same server that no one is connected to).
 */
export async function createScratchDatabase(
  serverUrl: string,
  prefix: string,
  { template }: { template?: string } = {},
): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return { name, url: u.toString(), drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const admin = createDb(serverUrl, { poolMax: 1 });
  try {
    await admin.raw(sql);
  } finally {
    await admin.destroy();
  }
}
