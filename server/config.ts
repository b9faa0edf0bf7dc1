import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { dataDirProblem, USABLE_DATA_DIR } from './startup-problems';

export { databaseUrlProblem } from './startup-problems';

export interface Config {
  port: number;
  dataDir: string;
  databaseUrl: string | null;
  /** Whether connections to DATABASE_URL's server prepare named statements (never on the embedded database). */
  preparedStatements: boolean;
  sessionSecret: string;
  adminEmail: string | null;
  adminPassword: string | null;
  nodeEnv: 'development' | 'production' | 'test';
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** express's `trust proxy`: false, a hop count, or the proxies' addresses and subnets; never true (see parseTrustProxy). */
  trustProxy: false | number | string;
}

export class ConfigError extends Error {}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const schema = z.object({
  PORT: z.preprocess(
    blankToUndefined,
    z.string().regex(/^\d{1,5}$/, 'must be a port number (0–65535)').default('3000').transform(Number).pipe(z.number().max(65535, 'must be a port number (0–65535)')),
  ),
  DATA_DIR: z.preprocess(blankToUndefined, z.string().default('./data')),
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      // pg reads it as a URL (a socket's "user@/db?host=/run/…" has no host), and otherwise stops on its first query
      .refine((v) => URL.canParse(v) || URL.canParse(v.replace('@/', '@socket/')), 'is not a valid URL (check the port and any characters to %-encode in the password)')
      .optional(),
  ),
  // off behind a connection pooler that hands each transaction a different server session and cannot keep them
  DATABASE_PREPARED_STATEMENTS: z.preprocess(blankToUndefined, z.enum(['on', 'off']).default('on')),
  SESSION_SECRET: z.preprocess(blankToUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
  ADMIN_EMAIL: z.preprocess(blankToUndefined, z.email('must be an email address').optional()),
  ADMIN_PASSWORD: z.preprocess(blankToUndefined, z.string().min(12, 'must be at least 12 characters').optional()),
  NODE_ENV: z.preprocess(blankToUndefined, z.enum(['development', 'production', 'test']).default('production')),
  LOG_LEVEL: z.preprocess(
    blankToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  // express's own syntax, checked here: express only checks it when the app is built, after the first admin is made
  TRUST_PROXY: z.preprocess(blankToUndefined, z.string().default('false')).transform((v, ctx) => {
    const parsed = parseTrustProxy(v.trim());
    if (typeof parsed === 'object') ctx.addIssue({ code: 'custom', message: parsed.problem });
    return typeof parsed === 'object' ? z.NEVER : parsed;
  }),
});

/** The settings as the environment gives them, checked, before anything is written: no session secret generated yet. */
export type Settings = Omit<Config, 'sessionSecret'> & { sessionSecret: string | null };

/** Reads the environment once; throws ConfigError naming every bad variable, and writes nothing. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL ?? null,
    preparedStatements: e.DATABASE_PREPARED_STATEMENTS === 'on',
    sessionSecret: e.SESSION_SECRET ?? null,
    adminEmail: e.ADMIN_EMAIL ?? null,
    adminPassword: e.ADMIN_PASSWORD ?? null,
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
  };
}

/** The settings with their session secret: SESSION_SECRET, or the one kept in DATA_DIR (made on the first start). */
export function withSessionSecret(settings: Settings): Config {
  return { ...settings, sessionSecret: settings.sessionSecret ?? sessionSecretFromDataDir(settings.dataDir) };
}

/** Reads the environment once; throws ConfigError naming every bad variable, before writing anything. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return withSessionSecret(readSettings(env));
}

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const NOT_AN_ADDRESS = 'is not an IP address, a subnet (10.0.0.0/8) or one of loopback, linklocal, uniquelocal';
const TRUST_PROXY_FORMS =
  'is not false, a hop count (1) or a comma-separated list of proxy addresses (10.0.0.1, 10.0.0.0/8, ::1, loopback, linklocal, uniquelocal)';
const TRUSTS_EVERY_HOP =
  '"true" would take the client address from the left of X-Forwarded-For, which the client writes itself: anyone could pick ' +
  'the address sign-in throttling counts and the audit trail records. Give the number of proxies in front of Verbatim (1) ' +
  'or their addresses or subnets (10.0.0.1, 10.0.0.0/8, loopback)';

/**
 * What express's `trust proxy` accepts, or why not: `false`, a hop count, or a list of addresses or subnets. Not `true`,
 * which trusts every address in X-Forwarded-For, the client's own entries too.
 */
function parseTrustProxy(v: string): false | number | string | { problem: string } {
  if (v === 'true') return { problem: TRUSTS_EVERY_HOP };
  if (v === 'false') return false;
  if (/^\d+$/.test(v)) return Number(v);
  const entries = v.split(',').map((e) => e.trim());
  if (entries.includes('')) return { problem: `"${v}" has an empty entry in its list` };
  for (const entry of entries) {
    const problem = trustedProxyProblem(entry);
    if (!problem) continue;
    if (entries.length > 1) return { problem: `"${v}": "${entry}" ${problem}` };
    return { problem: `"${v}" ${problem === NOT_AN_ADDRESS ? TRUST_PROXY_FORMS : problem}` };
  }
  return v;
}

/**
 * Why an entry of the list is not an address, a subnet (prefix length or IPv4 netmask) or a named range. IPv4 only in
 * four dotted decimals: ipaddr.js also reads "127.1", which express's older copy of it refuses.
 */
function trustedProxyProblem(entry: string): string | null {
  if (NAMED_RANGES.has(entry)) return null;
  const slash = entry.lastIndexOf('/');
  const address = slash === -1 ? entry : entry.slice(0, slash);
  const ipv4 = ipaddr.IPv4.isValidFourPartDecimal(address);
  if (!ipv4 && !ipaddr.IPv6.isValid(address)) return NOT_AN_ADDRESS;
  if (slash === -1) return null;
  const suffix = entry.slice(slash + 1);
  const max = ipv4 ? 32 : 128;
  const bits = /^\d{1,3}$/.test(suffix)
    ? Number(suffix)
    : ipv4 && ipaddr.IPv4.isValidFourPartDecimal(suffix) ? ipaddr.IPv4.parse(suffix).prefixLengthFromSubnetMask() : null;
  return bits !== null && bits >= 1 && bits <= max ? null : `has no valid prefix length or netmask (1–${max} bits)`;
}

/** A secret generated on first start and kept, so sessions survive restarts. */
function sessionSecretFromDataDir(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  try {
    const existing = readSecret(file);
    if (existing !== null && existing.length >= 32) return existing;
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString('hex');
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    return secret;
  } catch (err) {
    throw new ConfigError(`DATA_DIR: cannot keep the session secret: ${dataDirProblem(dataDir, err)}; ${USABLE_DATA_DIR}, or set SESSION_SECRET`);
  }
}

/** DATA_DIR named with what is wrong with it, from an error creating or writing in it (the embedded database's files). */
export function dataDirError(dataDir: string, err: unknown): ConfigError {
  return new ConfigError(`DATA_DIR: ${dataDirProblem(dataDir, err)}; ${USABLE_DATA_DIR}`);
}

function readSecret(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}
