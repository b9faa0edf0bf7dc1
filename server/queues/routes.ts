import { oldestUnreviewed } from '../claims/repository';
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
    order: { sort: 'updated', dir: 'asc' },
  });
});

/** The oldest unreviewed claim assigned to me, else the oldest nobody has taken. */
r.get('/queue/next', 'review:claims', async (req, res) => {
  const db = dbOf(req);
  const me = actorOf(req).id;
  const next = (await oldestUnreviewed(db, me)) ?? (await oldestUnreviewed(db, null));
  if (next === undefined) {
    flash(req, 'info', 'Nothing left to review: every claim has a verdict or is in someone else’s queue.');
    return res.redirect(303, '/queue');
  }
  res.redirect(303, `/claims/${next}`);
});

export default r.router;
