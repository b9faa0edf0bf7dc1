import { ConfigError, loadConfig } from '../config';
import { openDatabase, type Database } from '../db/connect';
import { DataDirInUseError } from '../db/embedded';

/** Runs a command-line entry point: its result is the exit code; expected failures print plainly. */
export function runCli(main: () => Promise<number>): void {
  main()
    .then((code) => process.exit(code))
    .catch((err: unknown) => {
      console.error(err instanceof ConfigError || err instanceof DataDirInUseError ? err.message : err);
      process.exit(2);
    });
}

/** Opens the configured database (DATABASE_URL or the embedded one) for the length of `fn`. */
export async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(loadConfig());
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}
