import { lookup } from 'node:dns/promises';
import http, { type Server } from 'node:http';
import { hostname } from 'node:os';
import type { AddressInfo } from 'node:net';
import { refusedRange } from '../../server/imports/address-policy';
import { fetchArticlePage, FetchRefused, guardedLookup, parseFetchableUrl } from '../../server/imports/fetch-url';

describe('address policy', () => {
  it.each([
    ['127.0.0.1', 'loopback'], ['127.8.9.10', 'loopback'], ['10.1.2.3', 'private'], ['172.16.5.4', 'private'],
    ['192.168.0.10', 'private'], ['169.254.169.254', 'linkLocal'], ['100.64.0.1', 'carrierGradeNat'],
    ['100.100.100.200', 'carrierGradeNat'], ['224.0.0.251', 'multicast'], ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'], ['192.0.0.192', 'reserved'], ['198.18.0.1', 'reserved'],
    ['::1', 'loopback'], ['::', 'unspecified'], ['fe80::1', 'linkLocal'], ['fc00::1', 'uniqueLocal'],
    ['fd00:ec2::254', 'uniqueLocal'], ['ff02::1', 'multicast'], ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:169.254.169.254', 'linkLocal'], ['2002:7f00:1::1', '6to4'], ['64:ff9b::7f00:1', 'rfc6052'], ['2001::1', 'teredo'],
    // the deprecated IPv4-compatible form, which some hosts route to the IPv4 address inside
    ['::7f00:1', 'ipv4Compatible'], ['::a9fe:a9fe', 'ipv4Compatible'],
  ])('when the address is %s, then it is refused as %s', (address, range) => {
    expect(refusedRange(address)).toBe(range);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2001:4860:4860::8888'])('when the address %s is public, then it passes', (address) => {
    expect(refusedRange(address)).toBeNull();
  });

  it('when an address is explicitly allowed, then only that address passes', () => {
    expect(refusedRange('127.0.0.1', { allow: ['127.0.0.1'] })).toBeNull();
    expect(refusedRange('127.0.0.2', { allow: ['127.0.0.1'] })).toBe('loopback');
  });
});

describe('URL checks before connecting', () => {
  it.each(['ftp://example.com/a', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,hi', 'gopher://example.com/'])(
    'when the scheme is not http(s) (%s), then it is refused', (url) => {
      expect(() => parseFetchableUrl(url, {})).toThrow('only http and https');
    });

  it.each(['http://localhost/', 'http://LOCALHOST./x', 'http://a.localhost/', 'http://metadata.google.internal/computeMetadata/v1/',
    'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'http://10.0.0.1/', 'http://2130706433/', 'http://0x7f.1/'])(
    'when the URL names an internal host (%s), then it is refused', (url) => {
      expect(() => parseFetchableUrl(url, {})).toThrow(FetchRefused);
    });

  it('when the URL carries credentials or is malformed, then it is refused', () => {
    expect(() => parseFetchableUrl('http://user:pw@example.com/', {})).toThrow('user name or password');
    expect(() => parseFetchableUrl('not a url', {})).toThrow('not valid');
  });

  it('when a host name resolves to loopback, then the connect-time lookup refuses it', async () => {
    const lookup = guardedLookup({});
    const err = await new Promise<Error | null>((resolve) => lookup('localhost', {}, (e) => resolve(e)));
    expect(err).toBeInstanceOf(FetchRefused);
    expect(err?.message).toContain('not on the public internet');
  });
});

describe('fetching from a local test server', () => {
  let server: Server;
  let base: string;
  const local = { allow: ['127.0.0.1'] };

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const hops = Number(url.searchParams.get('n') ?? 0);
      switch (url.pathname) {
        case '/article':
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body><p>Bonjour à tous</p></body></html>');
          return;
        case '/chain':
          res.writeHead(302, { location: hops > 0 ? `/chain?n=${hops - 1}` : '/article' }).end();
          return;
        case '/to':
          res.writeHead(301, { location: url.searchParams.get('target') ?? '/' }).end();
          return;
        case '/image':
          res.writeHead(200, { 'content-type': 'image/png' }).end('png');
          return;
        case '/declared-big':
          res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(5000) }).end('x'.repeat(5000));
          return;
        case '/streamed-big':
          res.writeHead(200, { 'content-type': 'text/plain' });
          for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
          res.end();
          return;
        case '/slow':
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.write('the start');
          return; // never ends
        case '/hang':
          return; // never answers
        default:
          res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('when the test allowance is not given, then the local server is refused', async () => {
    await expect(fetchArticlePage(`${base}/article`)).rejects.toThrow('not on the public internet: it is this machine (loopback)');
  });

  it('when the local server is allowed, then the page is fetched and decoded', async () => {
    const page = await fetchArticlePage(`${base}/article`, local);
    expect(page).toEqual({ url: `${base}/article`, contentType: 'text/html', body: expect.stringContaining('Bonjour à tous') });
  });

  it('when redirects stay within the limit, then they are followed', async () => {
    const page = await fetchArticlePage(`${base}/chain?n=4`, local);
    expect(page.url).toBe(`${base}/article`);
  });

  it('when there are more than five redirects, then the fetch is refused', async () => {
    await expect(fetchArticlePage(`${base}/chain?n=5`, local)).rejects.toThrow('redirected more than 5 times');
  });

  it.each(['http://10.0.0.1/', 'http://169.254.169.254/latest/meta-data/', 'http://localhost:1/', 'http://[::1]:1/',
    'http://127.0.0.2:1/', 'file:///etc/passwd'])('when a redirect points at %s, then it is refused', async (target) => {
    await expect(fetchArticlePage(`${base}/to?target=${encodeURIComponent(target)}`, local)).rejects.toThrow(FetchRefused);
  });

  it('when the content type is not text, then it is refused', async () => {
    await expect(fetchArticlePage(`${base}/image`, local)).rejects.toThrow('content type "image/png"');
  });

  it('when the page is larger than the limit, then it is refused whether declared or streamed', async () => {
    await expect(fetchArticlePage(`${base}/declared-big`, { ...local, maxBytes: 4000 })).rejects.toThrow('larger than');
    await expect(fetchArticlePage(`${base}/streamed-big`, { ...local, maxBytes: 4000 })).rejects.toThrow('larger than');
  });

  it('when the server does not answer in time, then the fetch is refused', async () => {
    await expect(fetchArticlePage(`${base}/hang`, { ...local, timeoutMs: 300 })).rejects.toThrow('took longer than');
    await expect(fetchArticlePage(`${base}/slow`, { ...local, timeoutMs: 300 })).rejects.toThrow('too long');
  });

  it('when a host name resolves to an allowed or refused address, then the connect-time lookup decides', async () => {
    // The machine's own name resolves to loopback here; this is the path where Node, not the URL check, resolves the host.
    const { address } = await lookup(hostname());
    if (address !== '127.0.0.1') return;
    const port = (server.address() as AddressInfo).port;
    await expect(fetchArticlePage(`http://${hostname()}:${port}/article`)).rejects.toThrow('resolves to 127.0.0.1');
    await expect(fetchArticlePage(`http://${hostname()}:${port}/article`, local)).resolves.toMatchObject({ contentType: 'text/html' });
  });

  it('when nothing listens at the address, then the refusal says so in words, not only as an error code', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(fetchArticlePage(`http://127.0.0.1:${port}/article`, local)).rejects.toThrow('the page could not be fetched: the server refused the connection (ECONNREFUSED)');
  });

  it('when the page is missing, then the status is reported', async () => {
    await expect(fetchArticlePage(`${base}/nothing`, local)).rejects.toThrow('HTTP status 404');
  });
});
