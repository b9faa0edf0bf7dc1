/**
 * The load generator, run as its own process so autocannon never shares an event loop with the server it measures.
 * Reads one scenario as JSON from argv[2], runs it, prints one JSON line with the figures.
 */
import autocannon from 'autocannon';
import type { LoadResult, Scenario } from './scenario';

interface VerdictContext {
  claim: { id: number; version: number };
  session: { cookie: string; csrf: string };
}

async function run(s: Scenario): Promise<LoadResult> {
  let pathCursor = 0;
  const nextPath = () => s.paths![pathCursor++ % s.paths!.length]!;
  const free = [...(s.verdicts?.claims ?? [])];
  let statusMix = 0;
  let sessionCursor = 0;
  const statuses: Record<number, number> = {};

  const requests: autocannon.Request[] = s.verdicts
    ? [
        {
          method: 'POST',
          setupRequest: (req, context) => {
            const claim = free.shift();
            if (!claim) throw new Error('more connections than claims to review');
            const ctx = context as VerdictContext;
            ctx.claim = claim;
            // autocannon clears the context between requests, so reviewers take turns request by request.
            ctx.session = s.verdicts!.sessions[sessionCursor++ % s.verdicts!.sessions.length]!;
            const status = ['verified', 'disputed', 'needs_translation_review'][statusMix++ % 3]!;
            const body = new URLSearchParams({
              status,
              note: status === 'verified' ? '' : 'Checked against the agency wire.',
              // why: a verdict the claim already holds writes nothing; each one's own link makes every one a write
              evidence_url: `https://example.org/evidence/${statusMix}`,
              version: String(claim.version),
              _csrf: ctx.session.csrf,
            }).toString();
            return {
              ...req,
              path: `/claims/${claim.id}/verdict`,
              headers: { ...req.headers, cookie: ctx.session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
              body,
            };
          },
          onResponse: (status, _body, context) => {
            const { claim } = context as VerdictContext;
            // A 303 means the verdict was stored and the version moved on; anything else leaves the claim stale.
            if (status === 303) {
              claim.version++;
              free.push(claim);
            }
          },
        },
      ]
    : [{ method: 'GET', setupRequest: (req) => ({ ...req, path: nextPath() }) }];

  const cpuBefore = process.cpuUsage();
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: s.url, connections: s.connections, duration: s.duration, headers: s.headers, requests },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client, statusCode) => {
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
  const cpu = process.cpuUsage(cpuBefore);
  const total = Object.values(statuses).reduce((a, b) => a + b, 0);
  return {
    name: s.name,
    p50: r.latency.p50,
    p99: r.latency.p99,
    rps: total / (r.duration || s.duration),
    requests: total,
    errors: r.errors + r.timeouts,
    statuses,
    kilobytes: total > 0 ? r.throughput.total / 1024 / total : 0,
    loadCpu: total > 0 ? (cpu.user + cpu.system) / 1000 / total : 0,
  };
}

const scenario = JSON.parse(process.argv[2] ?? '{}') as Scenario;
run(scenario).then(
  (result) => process.stdout.write(JSON.stringify(result) + '\n'),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
