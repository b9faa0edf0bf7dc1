import type { Express, RequestHandler } from 'express';
import type { Logger } from 'pino';
import pinoHttp from 'pino-http';

/** What a request's log lines say of it: method, path and status only (headers carry session cookies and CSRF tokens). */
const serializers = {
  req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
    id: req.id, method: req.method, url: req.url, remoteAddress: req.remoteAddress,
  }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};

/**
 * Gives every request its `req.log`, and logs each finished request (but the health check's) when the level is `info`
 * or finer. pino-http logs a finished request, failed or not, at `info`: at a coarser level (`warn`, the usual setting
 * under load) it would write nothing, yet still make a child logger and watch each response, about a tenth of the
 * smallest signed-in page's CPU. There `req.log` is made only when something logs through it (an error page), with
 * the request's method and path, and requests cost the logger nothing.
 */
export function requestLogging(app: Express, logger: Logger): RequestHandler | null {
  if (logger.isLevelEnabled('info')) {
    return pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/healthz' }, serializers });
  }
  const own = (req: object, log: Logger) => Object.defineProperty(req, 'log', { value: log, configurable: true, writable: true, enumerable: true });
  Object.defineProperty(app.request, 'log', {
    configurable: true,
    get(this: { method: string; originalUrl: string }) {
      const log = logger.child({ req: { method: this.method, url: this.originalUrl } });
      own(this, log);
      return log;
    },
    // (a request's own logger, set by whoever handles it, as pino-http's would be)
    set(this: object, log: Logger) {
      own(this, log);
    },
  });
  return null;
}
