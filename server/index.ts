import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { startAuditChainer } from './audit/chainer';
import { autovacuumRuns, startMaintenance } from './db/maintenance';
import { ConfigError, databaseUrlProblem, readSettings, withSessionSecret, type Config } from './config';
import { openDatabase, type Database } from './db/connect';
import { DataDirInUseError } from './db/embedded';
import { APP_TIMEOUTS } from './db/knex';
import { migrateLatest } from './db/migrate';
import { ensureFirstAdmin } from './users/bootstrap';

async function main(): Promise<void> {
  let config: Config;
  try {
    const settings = readSettings();
    // a server that cannot be used stops the start before anything is written (a session secret made in DATA_DIR)
    const problem = settings.databaseUrl ? await databaseUrlProblem(settings.databaseUrl) : null;
    if (problem) return fail(problem);
    config = withSessionSecret(settings);
  } catch (err) {
    if (err instanceof ConfigError) return fail(err.message);
    throw err;
  }
  const logger = pino({ level: config.logLevel });
  const started = Date.now();

  let database: Database;
  // the app's modules load while the embedded database starts in its worker thread
  const appModule = import('./app.js');
  try {
    database = await openDatabase(config, { logger, timeouts: APP_TIMEOUTS });
  } catch (err) {
    if (err instanceof DataDirInUseError || err instanceof ConfigError) return fail(err.message);
    throw err;
  }
  const { db } = database;
  logger.info({ database: database.embedded ? `embedded (${config.dataDir})` : 'DATABASE_URL' }, 'database ready');

  const applied = await migrateLatest(db);
  if (applied.length) logger.info({ applied }, 'migrations applied');

  // What can still stop the start (a setting express refuses, a port in use) comes before the first admin is made:
  // its password is shown only once.
  const { createApp } = await appModule;
  const app = createApp({ config, db, sessionPool: database.sessionPool, prepareStatements: database.prepareStatements, logger });
  const server = app.listen(config.port);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  }).catch(async (err: NodeJS.ErrnoException) => {
    await database.close();
    fail(err.code === 'EADDRINUSE' ? `Port ${config.port} is already in use; set PORT to another port.` : String(err));
  });

  // an ADMIN_PASSWORD the account forms would refuse stops the start in one line naming it, no account made
  const firstAdmin = await ensureFirstAdmin(db, { email: config.adminEmail, password: config.adminPassword }).catch(async (err: unknown) => {
    if (!(err instanceof ConfigError)) throw err;
    server.close();
    await database.close();
    return fail(err.message);
  });
  if (firstAdmin) {
    console.log(`\nFirst admin account: ${firstAdmin.user.email}`);
    if (firstAdmin.generatedPassword) {
      console.log(`Generated password (shown only once, change it after signing in): ${firstAdmin.generatedPassword}\n`);
    }
  }

  const auditChainer = startAuditChainer(db, {
    onError: (err) => logger.error({ err }, 'linking audit events failed; retrying every 250 ms, quietly until it works again'),
    onRecovered: (failedPasses) => logger.info({ failedPasses }, 'linking audit events works again'),
  });

  // the embedded database has no autovacuum: this process, the only one on its data folder, vacuums it; a server's own
  // autovacuum does that there, and when it is off the operator is told at every start
  const maintenance = database.embedded
    ? startMaintenance(db, {
        everyTableFirst: true,
        onVacuumed: (tables, ms) => logger.info({ tables, ms }, 'vacuumed the embedded database'),
        onError: (err) => logger.warn({ err }, 'vacuuming the embedded database failed; the next pass tries again'),
      })
    : null;
  if (!database.embedded && !(await autovacuumRuns(db).catch(() => true))) {
    logger.warn('autovacuum is off on this PostgreSQL server: every change leaves dead rows that slow the pages until the tables are vacuumed; turn autovacuum on, or vacuum the database on a schedule');
  }

  const { port } = server.address() as AddressInfo;
  logger.info({ ms: Date.now() - started }, 'started');
  console.log(`Verbatim is running at http://localhost:${port}/`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => server.closeAllConnections(), 5000).unref();
    server.close(() => {
      clearTimeout(force);
      auditChainer
        .stop()
        .then(() => maintenance?.stop())
        .then(() => database.close())
        .then(() => process.exit(0))
        .catch((err: unknown) => {
          logger.error({ err }, 'shutdown failed');
          process.exit(1);
        });
    });
    server.closeIdleConnections();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
