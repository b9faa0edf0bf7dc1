import { countClaimsByStatus } from '../claims/list-repository';
import { dbOf } from '../http/context';
import { secureRouter } from '../http/secure-router';
import { STATUS_LABELS } from '../claims/present';
import { bars, CHART, lastDays } from './chart';
import { myQueue, recentActivity, reviewsPerDay } from './repository';

const DAYS = 14;

const r = secureRouter();

r.get('/', 'read:dashboard', async (req, res) => {
  const db = dbOf(req);
  const [counts, queue, activity, perDay] = await Promise.all([
    countClaimsByStatus(db),
    myQueue(db, req.user!.id, 10),
    recentActivity(db, 10),
    reviewsPerDay(db, new Date(`${lastDays(new Map(), DAYS)[0]!.day}T00:00:00Z`)),
  ]);
  const series = lastDays(perDay, DAYS);
  res.render('dashboard/index', {
    title: 'Dashboard', counts, statusLabels: STATUS_LABELS, queue, activity,
    chart: { ...bars(series), ...CHART, series, total: series.reduce((n, d) => n + d.count, 0) },
  });
});

export default r.router;
