import { verifyAuditChain } from '../audit/service';
import { runCli, withDatabase } from './run';

/** Exit 0 when the audit chain is intact, 1 naming the first broken event otherwise. */
runCli(() =>
  withDatabase(async ({ db }) => {
    const report = await verifyAuditChain(db);
    if (report.ok) {
      console.log(`Audit trail intact: ${report.events} events, hash chain verified.`);
      return 0;
    }
    console.error(`Audit trail BROKEN: ${report.message}.`);
    return 1;
  }),
);
