import { chainReportWords } from '../audit/check';
import { verifyAuditChain } from '../audit/service';
import { runCli, withDatabase } from './run';

/**
 * Links the events still pending, then checks the whole chain. Exit 0 when it is intact, 1 naming the first broken
 * event otherwise; events written while it ran are named as not yet linked. Admins can run the same check from the
 * app (/audit/check) while it runs.
 */
runCli(() =>
  withDatabase(async ({ db }) => {
    const report = await verifyAuditChain(db);
    if (report.ok) console.log(chainReportWords(report));
    else console.error(chainReportWords(report));
    return report.ok ? 0 : 1;
  }),
);
