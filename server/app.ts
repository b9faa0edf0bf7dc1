import path from 'node:path';
import express, { type Express } from 'express';
import session from 'express-session';
import type pg from 'pg';
import pino, { type Logger } from 'pino';
import './auth/types';
import type { Config } from './config';
import type { Db } from './db/knex';
import { createPassport } from './auth/passport';
import { AccountSessionStore, SESSION_COOKIE } from './auth/session-store';
import { actionLabel } from './audit/labels';
import { authRouter } from './auth/routes';
import { SignInThrottle, DEFAULT_THROTTLE, type ThrottleOptions } from './auth/throttle';
import { accountRouter } from './account/routes';
import { adminUsersRouter } from './users/routes';
import { csrfProtection } from './http/csrf';
import { flashMessages } from './http/flash';
import { errorHandler, notFoundHandler } from './http/error-handler';
import { healthRouter } from './http/health';
import { viewLocals } from './http/locals';
import { ejsEngine } from './http/views';
import { featureRouters } from './http/routes';
import { noStore, securityHeaders } from './http/security';
import { limitAnonymous, SIGN_IN_PAGE_LIMIT, type PageLimit } from './http/rate-limit';
import { refreshSessionExpiry } from './http/session-refresh';
import { refuseUnstorableInput } from './http/unstorable-input';
import { requestLogging } from './http/request-log';
import { offersNewSpeaker } from './claims/typed-speaker';

export interface AppDeps {
  config: Pick<Config, 'sessionSecret' | 'trustProxy' | 'nodeEnv' | 'logLevel'>;
  db: Db;
  /** A pg pool for the session store; its owner closes it (before the database stops). */
  sessionPool: pg.Pool;
  /** Whether the database is a PostgreSQL server, where connections may prepare named statements. */
  prepareStatements?: boolean;
  logger?: Logger;
  throttle?: ThrottleOptions;
  /** Views of the sign-in page allowed per client address when not signed in (see SIGN_IN_PAGE_LIMIT). */
  signInPageLimit?: PageLimit;
}

export { SESSION_COOKIE };
/** Where public/ is served: stylesheets and scripts are `/assets/css/…`, `/assets/js/…`. */
export const ASSETS_PREFIX = '/assets';
const SESSION_HOURS = 12;

export function createApp(deps: AppDeps): Express {
  const { config, db } = deps;
  const logger = deps.logger ?? pino({ level: config.logLevel });
  const app = express();

  app.set('trust proxy', config.trustProxy);
  app.set('view engine', 'ejs');
  // Compiled templates are kept unless someone is editing them: `npm start` serves newsrooms, not template work.
  app.set('view cache', config.nodeEnv !== 'development');
  const viewsDir = path.resolve(__dirname, '../views');
  app.set('views', viewsDir);
  app.engine('ejs', ejsEngine(viewsDir));
  app.disable('x-powered-by');
  // Pages carry a per-session CSRF token and are never revalidated; hashing every body for an ETag bought nothing.
  app.set('etag', false);
  app.locals.db = db;
  app.locals.actionLabel = actionLabel;
  app.locals.offersNewSpeaker = offersNewSpeaker;

  const requestLog = requestLogging(app, logger);
  if (requestLog) app.use(requestLog);
  app.use(securityHeaders());
  // Under a prefix of their own, so no page request pays for a file-system look-up first.
  app.use(ASSETS_PREFIX, express.static(path.resolve(__dirname, '../public'), { index: false, maxAge: '1h', fallthrough: false }));
  app.use(noStore);
  app.use(healthRouter(db));
  app.use(flashMessages(config.sessionSecret));

  app.use(
    session({
      name: SESSION_COOKIE,
      secret: config.sessionSecret,
      store: new AccountSessionStore({
        pool: deps.sessionPool,
        prepareStatements: deps.prepareStatements ?? false,
        pruneSessionInterval: config.nodeEnv === 'test' ? false : 15 * 60,
      }),
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: SESSION_HOURS * 3600_000 },
    }),
  );

  const throttle = new SignInThrottle(db, deps.throttle ?? DEFAULT_THROTTLE);
  const passport = createPassport(db, throttle);
  app.use(passport.initialize());
  app.use(passport.session());
  app.use(refreshSessionExpiry);

  // why: an article may have 1,000,000 characters, and a character outside Latin script is up to 9 bytes once a form
  // encodes it (a pasted Chinese article of 600,000 characters was 5.4 MB); other forms are far smaller
  const articleForm = express.urlencoded({ extended: false, limit: '10mb', parameterLimit: 2000 });
  const otherForms = express.urlencoded({ extended: false, limit: '5mb', parameterLimit: 2000 });
  app.use((req, res, next) => (req.path === '/articles' ? articleForm : otherForms)(req, res, next));
  app.use(express.json({ limit: '1mb' }));
  app.use(refuseUnstorableInput);
  app.use(csrfProtection(config.sessionSecret));
  app.use(viewLocals);

  // on the route itself, so every spelling express sends there ("/LOGIN", "/login/", HEAD) is counted
  const signInPage = limitAnonymous(deps.sessionPool, deps.prepareStatements ?? false, 'sign_in_page', deps.signInPageLimit ?? SIGN_IN_PAGE_LIMIT);
  app.use(authRouter(db, passport, signInPage));
  app.use(accountRouter(db, throttle));
  app.use(adminUsersRouter(db));
  for (const router of featureRouters) app.use(router);

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
