import { z } from 'zod';
import { cleanName, nameProblem } from '../http/validation';

// One definition for the admin's account forms and `npm run user:create`, so the command line makes no account the
// forms would refuse, and says why in the forms' words.

const NOT_AN_EMAIL = 'Enter an email address like name@example.org';

/** An account's name as typed, cleaned as it is stored. */
export const accountName = z.string('Enter a name').transform(cleanName).superRefine((name, ctx) => {
  const problem = nameProblem(name);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** An account's email, lower-cased as it is stored and signed in with. */
export const accountEmail = z.string(NOT_AN_EMAIL).trim().toLowerCase().pipe(z.email(NOT_AN_EMAIL).max(254));
