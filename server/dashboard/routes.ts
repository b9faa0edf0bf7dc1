import { countClaimsByStatus } from '../claims/list-repository';
import { dbOf } from '../http/context';
import { secureRouter } from '../http/secure-router';
import { STATUS_LABELS } from '../claims/present';
import { bars, CHART, lastDays } from './chart';
import { articlesBeingChecked, myQueue, recentActivity, reviewsPerDay, uncertainSpeakers } from './repository';
import { can } from '../auth/permissions';

const DAYS = 14;
/** The uncertain speakers, and the articles still being checked, are counted up to this many; beyond, the dashboard says "more than". */
const COUNT_CAP = 1000;

const r = secureRouter();

r.get('/', 'read:dashboard', async (req, res) => {
  const db = dbOf(req);
  const [counts, queue, activity, perDay, uncertain, open] = await Promise.all([
    countClaimsByStatus(db),
    myQueue(db, req.user!.id, 10),
    recentActivity(db, 10),
    reviewsPerDay(db, new Date(`${lastDays(new Map(), DAYS)[0]!.day}T00:00:00Z`)),
    // (for those who settle them: editors and admins)
    can(req.user!.role, 'attribute:claims') ? uncertainSpeakers(db, COUNT_CAP) : null,
    articlesBeingChecked(db, COUNT_CAP),
  ]);
  const series = lastDays(perDay, DAYS);
  res.render('dashboard/index', {
    title: 'Dashboard', counts, statusLabels: STATUS_LABELS, queue, activity,
    uncertain: uncertain === null ? null : { n: Math.min(uncertain, COUNT_CAP), more: uncertain > COUNT_CAP },
    openArticles: { n: Math.min(open, COUNT_CAP), more: open > COUNT_CAP },
    chart: { ...bars(series), ...CHART, series, total: series.reduce((n, d) => n + d.count, 0) },
  });
});

export default r.router;
