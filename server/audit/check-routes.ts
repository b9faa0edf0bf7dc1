import { actorOf, dbOf } from '../http/context';
import { flash } from '../http/flash';
import { secureRouter } from '../http/secure-router';
import { auditChecks, startAuditCheck } from './check';

/** While a check runs, its page reloads itself this often (no script needed) to show how far it has come. */
const RELOAD_SECONDS = 3;

const r = secureRouter();

r.get('/audit/check', 'verify:audit', async (req, res) => {
  const checks = await auditChecks(dbOf(req));
  const running = checks.find((c) => c.state === 'running') ?? null;
  res.render('audit/check', { title: 'Check the audit trail', checks, running, reloadSeconds: running ? RELOAD_SECONDS : null });
});

r.post('/audit/check', 'verify:audit', async (req, res) => {
  const { started } = await startAuditCheck(dbOf(req), actorOf(req), (err) => req.log.error({ err }, 'audit trail check failed'));
  if (!started) flash(req, 'info', 'A check is already under way; its progress is below.');
  res.redirect(303, '/audit/check');
});

export default r.router;
