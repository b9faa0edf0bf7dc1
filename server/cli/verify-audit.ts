import { verifyAuditChain } from '../audit/service';
import { ConfigError, loadConfig } from '../config';
import { openDatabase } from '../db/connect';

/** Exit 0 when the audit chain is intact, 1 naming the first broken event otherwise. */
async function main(): Promise<number> {
  const database = await openDatabase(loadConfig());
  try {
    const report = await verifyAuditChain(database.db);
    if (report.ok) {
      console.log(`Audit trail intact: ${report.events} events, hash chain verified.`);
      return 0;
    }
    console.error(`Audit trail BROKEN: ${report.message}.`);
    return 1;
  } finally {
    await database.close();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(2);
  });
