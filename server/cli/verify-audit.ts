import { parseArgs } from 'node:util';
import { chainReportWords, resultOf } from '../audit/check';
import { recordCommandLineCheck } from '../audit/check-repository';
import { headText, parseHead, type ChainHead } from '../audit/heads';
import { CHAIN_LOCK_WAIT_MS, verifyAuditChain } from '../audit/service';
import { migrateLatest } from '../db/migrate';
import { runCli, withDatabase } from './run';

const USAGE = `Usage: npm run audit:verify [-- --head SEQ:HASH ...] [--wait SECONDS]
Checks the audit trail's whole hash chain, and that it still holds the head every earlier check verified.
--head SEQ:HASH  a head printed by an earlier check and kept outside the database: the chain must still hold it
                 (may be given more than once)
--wait SECONDS   how long to wait for another session holding the chain's lock before checking without the events
                 it keeps from being linked (default ${CHAIN_LOCK_WAIT_MS / 1000})
Exit code: 0 intact, 1 broken, 2 a wrong argument, 3 intact as far as linked, with events left unlinked and unchecked`;

/**
 * Links the events still pending, then checks the whole chain, and that it still holds the heads earlier checks
 * verified and those given. Exit 0 when it is intact, printing its head to keep; 1 naming the first problem
 * otherwise; 2 for arguments it does not take; 3 when it is intact but another session held the chain's lock for the
 * whole wait, so pending events could not be linked and checked (who holds it is named). The check is recorded beside
 * those admins run in the app (/audit/check), so the checks after it compare the chain with its head too.
 */
async function main(): Promise<number> {
  const args = parsedArgs(process.argv.slice(2));
  if ('help' in args) {
    console.log(USAGE);
    return 0;
  }
  if ('error' in args) {
    console.error(`${args.error}\n\n${USAGE}`);
    return 2;
  }
  const { heads, waitMs } = args;
  return withDatabase(async ({ db }) => {
    await migrateLatest(db);
    const started = Date.now();
    const report = await verifyAuditChain(db, heads, waitMs);
    await recordCommandLineCheck(db, Date.now() - started, resultOf(report));
    if (!report.ok) {
      console.error(chainReportWords(report));
      return 1;
    }
    // the events it could not link are a problem to see, even where only errors are read
    (report.lockHeld ? console.error : console.log)(chainReportWords(report));
    if (heads.length) console.log(`The chain still holds the head${heads.length > 1 ? 's' : ''} given.`);
    if (report.head) {
      console.log(`Head: ${headText(report.head)}`);
      console.log(`Keep it outside the database; \`npm run audit:verify -- --head ${headText(report.head)}\` later shows whether the trail still holds it.`);
    }
    return report.lockHeld ? 3 : 0;
  });
}

function parsedArgs(args: string[]): { heads: ChainHead[]; waitMs: number } | { help: true } | { error: string } {
  let values: { head?: string[]; wait?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args, options: { head: { type: 'string', multiple: true }, wait: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (err) {
    return { error: (err as Error).message };
  }
  if (values.help) return { help: true };
  const heads: ChainHead[] = [];
  for (const text of values.head ?? []) {
    const head = parseHead(text);
    if (!head) return { error: `--head ${text}: a head is written SEQ:HASH, the number of an event in the chain and its 64-character hash` };
    heads.push(head);
  }
  const wait = values.wait ?? String(CHAIN_LOCK_WAIT_MS / 1000);
  if (!/^\d+(\.\d+)?$/.test(wait) || Number(wait) > 86_400) return { error: `--wait ${wait}: give a number of seconds from 0 to 86400` };
  return { heads, waitMs: Number(wait) * 1000 };
}

runCli(main);
