import { parseArgs } from 'node:util';
import { chainReportWords, resultOf } from '../audit/check';
import { recordCommandLineCheck } from '../audit/check-repository';
import { headText, parseHead, type ChainHead } from '../audit/heads';
import { verifyAuditChain } from '../audit/service';
import { migrateLatest } from '../db/migrate';
import { runCli, withDatabase } from './run';

const USAGE = `Usage: npm run audit:verify [-- --head SEQ:HASH ...]
Checks the audit trail's whole hash chain, and that it still holds the head every earlier check verified.
--head SEQ:HASH  a head printed by an earlier check and kept outside the database: the chain must still hold it
                 (may be given more than once)`;

/**
 * Links the events still pending, then checks the whole chain, and that it still holds the heads earlier checks
 * verified and those given. Exit 0 when it is intact, printing its head to keep; 1 naming the first problem
 * otherwise; 2 for arguments it does not take. The check is recorded beside those admins run in the app
 * (/audit/check), so the checks after it compare the chain with its head too.
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
  const { heads } = args;
  return withDatabase(async ({ db }) => {
    await migrateLatest(db);
    const started = Date.now();
    const report = await verifyAuditChain(db, heads);
    await recordCommandLineCheck(db, Date.now() - started, resultOf(report));
    if (!report.ok) {
      console.error(chainReportWords(report));
      return 1;
    }
    console.log(chainReportWords(report));
    if (heads.length) console.log(`The chain still holds the head${heads.length > 1 ? 's' : ''} given.`);
    if (report.head) {
      console.log(`Head: ${headText(report.head)}`);
      console.log(`Keep it outside the database; \`npm run audit:verify -- --head ${headText(report.head)}\` later shows whether the trail still holds it.`);
    }
    return 0;
  });
}

function parsedArgs(args: string[]): { heads: ChainHead[] } | { help: true } | { error: string } {
  let values: { head?: string[]; help?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { head: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } }));
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
  return { heads };
}

runCli(main);
