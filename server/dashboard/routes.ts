import type { Db } from '../db/knex';
import { countClaimsByStatus } from '../claims/list-repository';
import { dbOf } from '../http/context';
import { secureRouter } from '../http/secure-router';
import { STATUS_LABELS } from '../articles/pages';
import { bars, CHART, lastDays } from './chart';
import { myQueue, recentActivity, reviewsPerDay } from './repository';

const DAYS = 14;
// The chart may lag by a minute; at scale the fortnight's reviews are the one aggregate here worth not redoing per request.
const CHART_TTL_MS = 60_000;
let chartCache: { at: number; db: Db; counts: Map<string, number> } | null = null;

async function reviewCounts(db: Db): Promise<Map<string, number>> {
  const now = Date.now();
  if (chartCache && chartCache.db === db && now - chartCache.at < CHART_TTL_MS) return chartCache.counts;
  const from = new Date(lastDays(new Map(), DAYS)[0]!.day + 'T00:00:00Z');
  const counts = await reviewsPerDay(db, from);
  chartCache = { at: now, db, counts };
  return counts;
}

/** Lets a test see a review it just wrote without waiting out the cache. */
export function forgetDashboardChart(): void {
  chartCache = null;
}

const r = secureRouter();

r.get('/', 'read:dashboard', async (req, res) => {
  const db = dbOf(req);
  const [counts, queue, activity, perDay] = await Promise.all([
    countClaimsByStatus(db),
    myQueue(db, req.user!.id, 10),
    recentActivity(db, 10),
    reviewCounts(db),
  ]);
  const series = lastDays(perDay, DAYS);
  res.render('dashboard/index', {
    title: 'Dashboard', counts, statusLabels: STATUS_LABELS, queue, activity,
    chart: { ...bars(series), ...CHART, series, total: series.reduce((n, d) => n + d.count, 0) },
  });
});

export default r.router;
