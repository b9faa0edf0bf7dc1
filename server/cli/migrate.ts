import { migrateLatest, migrateRollback, migrationStatus } from '../db/migrate';
import { runCli, withDatabase } from './run';

const USAGE = `Usage: npm run migrate [-- latest | rollback | rollback-all | status]
  latest        apply every pending migration (default)
  rollback      undo the last batch
  rollback-all  undo every migration
  status        list applied and pending migrations`;

async function main(command = 'latest'): Promise<number> {
  if (!['latest', 'rollback', 'rollback-all', 'status'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  return withDatabase(async ({ db }) => {
    if (command === 'status') {
      const { done, pending } = await migrationStatus(db);
      console.log(`Applied (${done.length}):\n${done.map((n) => `  ${n}`).join('\n')}`);
      console.log(`Pending (${pending.length}):\n${pending.map((n) => `  ${n}`).join('\n')}`);
    } else if (command === 'latest') {
      const applied = await migrateLatest(db);
      console.log(applied.length ? `Applied:\n${applied.map((n) => `  ${n}`).join('\n')}` : 'Already up to date.');
    } else {
      const undone = await migrateRollback(db, command === 'rollback-all');
      console.log(undone.length ? `Rolled back:\n${undone.map((n) => `  ${n}`).join('\n')}` : 'Nothing to roll back.');
    }
    return 0;
  });
}

runCli(() => main(process.argv[2]));
