import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { rangeInWords, refusedHostName, refusedRange, type AddressPolicy } from './address-policy';
import { decodeDocument } from './decode';

export interface FetchOptions extends AddressPolicy {
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
}

export interface FetchedPage {
  /** The URL the content finally came from, after redirects. */
  url: string;
  contentType: string;
  body: string;
}

/** A URL the server will not or could not fetch; `message` is written for the person who gave the URL. */
export class FetchRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FetchRefused';
  }
}

export const FETCH_DEFAULTS: Required<Omit<FetchOptions, 'allow'>> = { maxBytes: 2 * 1024 * 1024, timeoutMs: 10_000, maxRedirects: 5 };
const ACCEPTED_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown'];

/**
 * Fetches an article page for import without letting a user aim the server at its own network: every hop's
 * host is resolved through a lookup that refuses unsafe addresses at connect time (so DNS rebinding
 * between a check and the connection cannot slip through), and redirects are followed by hand.
 */
export async function fetchArticlePage(rawUrl: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const opts = { ...FETCH_DEFAULTS, ...options };
  const deadline = AbortSignal.timeout(opts.timeoutMs);
  let url = parseFetchableUrl(rawUrl, opts);
  for (let hop = 0; ; hop++) {
    const res = await request(url, opts, deadline);
    if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
      res.resume();
      if (hop >= opts.maxRedirects) throw new FetchRefused(`the page redirected more than ${opts.maxRedirects} times`);
      url = parseFetchableUrl(new URL(res.headers.location, url).toString(), opts);
      continue;
    }
    if (res.statusCode !== 200) {
      res.resume();
      throw new FetchRefused(`the page answered with HTTP status ${res.statusCode}`);
    }
    const contentType = (res.headers['content-type'] ?? '').toLowerCase();
    const mime = contentType.split(';')[0]!.trim();
    if (!ACCEPTED_TYPES.includes(mime)) {
      res.resume();
      throw new FetchRefused(`the page is not text or HTML (content type "${mime || 'none'}")`);
    }
    const bytes = await readLimited(res, opts.maxBytes, deadline);
    const body = decodeDocument(bytes, /charset=["']?([\w-]+)/.exec(contentType)?.[1] ?? null, mime === 'text/html');
    if (body === null) throw new FetchRefused('it is not text');
    return { url: url.toString(), contentType: mime, body };
  }
}

export function parseFetchableUrl(raw: string, policy: AddressPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new FetchRefused('the URL is not valid');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused('only http and https URLs can be fetched');
  if (url.username || url.password) throw new FetchRefused('URLs with a user name or password are not fetched');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (refusedHostName(host)) throw new FetchRefused(`the host ${host} is not on the public internet`);
  if (isIP(host)) {
    const range = refusedRange(host, policy);
    if (range) throw new FetchRefused(`the address ${host} is not on the public internet: it is ${rangeInWords(range)}`);
  }
  return url;
}

/** A DNS lookup that fails when any resolved address is unsafe; Node connects only to what it returns. */
export function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 4);
      const bad = addresses.find((a) => refusedRange(a.address, policy));
      if (bad || addresses.length === 0) {
        const range = bad ? refusedRange(bad.address, policy) : null;
        const refusal = new FetchRefused(bad
          ? `the host ${hostname} resolves to ${bad.address}, which is not on the public internet: it is ${rangeInWords(range!)}`
          : `the host ${hostname} resolves to no address`);
        return callback(refusal as NodeJS.ErrnoException, '', 4);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function request(url: URL, opts: typeof FETCH_DEFAULTS & AddressPolicy, signal: AbortSignal): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method: 'GET',
      agent: false,
      lookup: guardedLookup(opts),
      signal,
      headers: { 'user-agent': 'Verbatim article import', accept: 'text/html, text/plain;q=0.9, */*;q=0.1' },
    }, resolve);
    req.on('error', (err) => reject(fetchError(err, opts.timeoutMs)));
    req.end();
  });
}

function readLimited(res: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    return Promise.reject(new FetchRefused(`the page is larger than ${Math.round(maxBytes / 1024)} KB`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onAbort = () => res.destroy(new FetchRefused('the page took too long to download'));
    signal.addEventListener('abort', onAbort, { once: true });
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) res.destroy(new FetchRefused(`the page is larger than ${Math.round(maxBytes / 1024)} KB`));
      else chunks.push(chunk);
    });
    res.on('end', () => { signal.removeEventListener('abort', onAbort); resolve(Buffer.concat(chunks)); });
    res.on('error', (err) => { signal.removeEventListener('abort', onAbort); reject(fetchError(err, 0)); });
  });
}

function fetchError(err: Error, timeoutMs: number): FetchRefused {
  if (err instanceof FetchRefused) return err;
  const cause = (err as { cause?: unknown }).cause;
  if (cause instanceof FetchRefused) return cause;
  if (err.name === 'AbortError' || err.name === 'TimeoutError') {
    return new FetchRefused(`the page took longer than ${Math.round(timeoutMs / 1000)} s to answer`);
  }
  const code = (err as NodeJS.ErrnoException).code;
  const plain = code ? NETWORK_FAILURES[code] ?? (code.startsWith('ERR_TLS') || /CERT|SSL/.test(code) ? 'its security certificate could not be trusted' : null) : null;
  return new FetchRefused(`the page could not be fetched: ${plain ?? 'the connection failed'}${code ? ` (${code})` : ''}`);
}

/** What the network errors a fetch meets mean, for the person who gave the link. */
const NETWORK_FAILURES: Record<string, string> = {
  ENOTFOUND: 'no server answers to that name; check the address',
  EAI_AGAIN: 'the name could not be looked up just now; try again in a moment',
  ECONNREFUSED: 'the server refused the connection',
  ECONNRESET: 'the server cut the connection',
  ETIMEDOUT: 'the server did not answer in time',
  EHOSTUNREACH: 'the server cannot be reached from here',
  ENETUNREACH: 'the server cannot be reached from here',
  HPE_INVALID_CONSTANT: 'the server did not answer in HTTP',
};
