import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ROLES } from '../auth/permissions';
import { generatePassword, newPassword, passwordHardToGuess } from '../auth/passwords';
import { migrateLatest } from '../db/migrate';
import { accountEmail, accountName } from '../users/inputs';
import { createAccount, EmailTakenError } from '../users/service';
import { runCli, withDatabase } from './run';

const USAGE = `Usage: npm run user:create -- --email EMAIL --name NAME [--role fact_checker|editor|admin] [--password PASSWORD]
Without --password (or VERBATIM_NEW_PASSWORD in the environment) a strong password is generated and printed once.`;

// the rules and words of the admin's form for a new account, so the command line makes no account that form would refuse
const input = z.object({
  email: accountEmail,
  name: accountName,
  role: z.enum(ROLES, `must be one of ${ROLES.join(', ')}`),
  password: newPassword.optional(),
}).check(passwordHardToGuess('leave it out to have one generated'));

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', default: 'fact_checker' },
      password: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const parsed = input.safeParse({ ...values, password: values.password ?? process.env.VERBATIM_NEW_PASSWORD });
  if (!parsed.success) {
    const from = (field: PropertyKey) => (field === 'password' && values.password === undefined ? 'VERBATIM_NEW_PASSWORD' : `--${String(field)}`);
    console.error(`${parsed.error.issues.map((i) => `${from(i.path[0]!)}: ${i.message}`).join('\n')}\n\n${USAGE}`);
    return 2;
  }
  const password = parsed.data.password ?? generatePassword();
  return withDatabase(async ({ db }) => {
    await migrateLatest(db);
    try {
      const user = await createAccount(db, null, { ...parsed.data, password });
      console.log(`Created ${user.role} ${user.email} (id ${user.id}).`);
      if (!parsed.data.password) console.log(`Password (shown only once): ${password}`);
      return 0;
    } catch (err) {
      if (!(err instanceof EmailTakenError)) throw err;
      console.error(`${parsed.data.email}: ${err.message}`);
      return 1;
    }
  });
}

runCli(main);
