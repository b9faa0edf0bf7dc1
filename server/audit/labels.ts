/** What each recorded action is called on the pages; the code itself stays beside it for filtering and support. */
const ACTION_LABELS: Record<string, string> = {
  'article.create': 'Article imported',
  'article.update': 'Article facts corrected',
  'article.remove': 'Article removed',
  'claim.create': 'Claim added',
  'claim.remove': 'Claim removed',
  'claim.verdict': 'Verdict',
  'claim.attribution_approve': 'Attribution approved',
  'claim.attribution_correct': 'Attribution corrected',
  'claim.assign': 'Assigned',
  'claim.assign_many': 'Claims assigned together',
  'claim.speaker_merge': 'Speaker changed by a merge',
  'claim.speaker_rename': 'Speaker’s name corrected',
  'speaker.merge': 'Speakers merged',
  'speaker.update': 'Speaker corrected',
  'user.sign_in': 'Signed in',
  'user.sign_in_failed': 'Sign-in failed',
  'user.sign_out': 'Signed out',
  'user.create': 'Account created',
  'user.update': 'Account changed',
  'user.password_change': 'Password changed',
  'user.password_change_failed': 'Password change refused',
  'user.password_reset': 'Password reset',
  'audit.check': 'Audit trail check started',
  'audit.check_result': 'Audit trail checked',
};

/** "Claim 12 was removed by Ana Silva on 2026-11-30: a show's title." — from the event that removed it. */
export function removalSentence(subject: string, removal: { actor_name: string | null; note: string | null; occurred_at: Date }): string {
  const when = removal.occurred_at.toISOString().slice(0, 10);
  return `${subject} was removed by ${removal.actor_name ?? 'someone'} on ${when}: ${removal.note ?? 'no reason given'}`.replace(/([^.!?])$/, '$1.');
}

/** The words for an action code ("claim.verdict" → "Verdict"); an unknown code as it is. */
export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}
