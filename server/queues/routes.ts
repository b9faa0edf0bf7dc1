import { nextUnreviewed, QUEUE_ORDER } from '../claims/repository';
import { renderClaimList } from '../claims/list-page';
import { actorOf, dbOf } from '../http/context';
import { flash } from '../http/flash';
import { secureRouter } from '../http/secure-router';

const r = secureRouter();

r.get('/queue', 'read:claims', async (req, res) => {
  await renderClaimList(req, res, {
    view: 'claims/queue',
    path: '/queue',
    pinned: (userId) => ({ assigneeId: userId, status: 'unreviewed' }),
    order: { sort: QUEUE_ORDER.sort, dir: QUEUE_ORDER.dir },
  });
});

/** The claim a link names (`?after=12`); anything else is no claim, and Next starts from the top. */
function claimNumber(value: unknown): number | undefined {
  return typeof value === 'string' && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : undefined;
}

/**
 * The first unreviewed claim in my queue, else the first nobody has taken, in queue order (the queue page's); from a
 * claim's page (`after`), the one after it, so Next skips the claim on screen.
 */
r.get('/queue/next', 'review:claims', async (req, res) => {
  const db = dbOf(req);
  const me = actorOf(req).id;
  const after = claimNumber(req.query.after);
  const next = await nextUnreviewed(db, me, after);
  if (next !== undefined) return res.redirect(303, `/claims/${next}`);
  if (after !== undefined && (await nextUnreviewed(db, me)) !== undefined) {
    flash(req, 'info', `No unreviewed claim comes after claim ${after} in your queue or among those nobody has taken. Next unreviewed claim, from here, starts again at the top.`);
  } else {
    flash(req, 'info', 'Nothing left to review: every claim has a verdict or is in someone else’s queue.');
  }
  res.redirect(303, '/queue');
});

export default r.router;
