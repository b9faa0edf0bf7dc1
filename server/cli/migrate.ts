import { migrateLatest, migrationStatus } from '../db/migrate';
import { lossWords, rollbackLatest, type Rollback } from '../db/rollback';
import { runCli, withDatabase } from './run';

const USAGE = `Usage: npm run migrate [-- latest | status | rollback [--drop-data]]
  latest       apply every pending migration (default)
  status       list applied and pending migrations
  rollback     undo the latest applied migration, one per call, and name it. Its undo is tried first in a
               transaction that is rolled back: if it would drop a table or a column holding data, or empty a
               table, nothing is changed and the command names what would be lost (exit code 1)
  --drop-data  with rollback: undo it even so, and lose that data`;

async function main(args: string[]): Promise<number> {
  const [command = 'latest', ...options] = args;
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  const dropData = command === 'rollback' && options.length === 1 && options[0] === '--drop-data';
  if (!['latest', 'rollback', 'status'].includes(command) || (options.length && !dropData)) {
    console.error(USAGE);
    return 2;
  }
  return withDatabase(async ({ db }) => {
    if (command === 'status') {
      const { done, pending } = await migrationStatus(db);
      console.log(`Applied (${done.length}):\n${done.map((n) => `  ${n}`).join('\n')}`);
      console.log(`Pending (${pending.length}):\n${pending.map((n) => `  ${n}`).join('\n')}`);
      return 0;
    }
    if (command === 'latest') {
      const applied = await migrateLatest(db);
      console.log(applied.length ? `Applied:\n${applied.map((n) => `  ${n}`).join('\n')}` : 'Already up to date.');
      return 0;
    }
    return report(await rollbackLatest(db, { dropData }));
  });
}

function report(rollback: Rollback): number {
  switch (rollback.outcome) {
    case 'nothing':
      console.log('Nothing to roll back: no migration is applied.');
      return 0;
    case 'failed':
      console.error(`Not rolled back: undoing ${rollback.name} failed when tried, and nothing was changed: ${rollback.error.message}`);
      return 1;
    case 'refused':
      console.error(
        `Not rolled back: undoing ${rollback.name} would delete data:\n${rollback.losses.map((l) => `  ${lossWords(l)}\n`).join('')}` +
          'Nothing was changed. To undo it anyway and lose that data: npm run migrate -- rollback --drop-data',
      );
      return 1;
    case 'undone': {
      const dropped = rollback.losses.length ? `, deleting ${rollback.losses.map(lossWords).join('; ')}` : '';
      console.log(`Rolled back ${rollback.name}${dropped}.`);
      const [previous, n] = [rollback.remaining.at(-1), rollback.remaining.length];
      console.log(previous
        ? `${n} migration${n === 1 ? '' : 's'} still applied; the next rollback would undo ${previous}.`
        : 'No migration is applied now; `npm run migrate` applies them all again.');
      return 0;
    }
  }
}

runCli(() => main(process.argv.slice(2)));
