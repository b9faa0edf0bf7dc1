import type { Request, Response } from 'express';
import { FLASH_COOKIE, FLASH_KEPT, flash, flashMessages, takeFlash } from '../../server/http/flash';

const SECRET = 'flash-test-secret-that-is-long-enough-0123456789';

/** A request through the flash middleware, arriving with `cookie`; `sent` records what its response set. */
function request(cookie?: string, secret = SECRET) {
  const sent: { value?: string | null } = {};
  const res = {
    headersSent: false,
    cookie: (name: string, value: string) => name === FLASH_COOKIE && (sent.value = value),
    clearCookie: (name: string) => name === FLASH_COOKIE && (sent.value = null),
  };
  const req = { headers: { cookie: cookie === undefined ? undefined : `other=1; ${FLASH_COOKIE}=${encodeURIComponent(cookie)}` }, secure: false, res } as unknown as Request;
  flashMessages(secret)(req, res as unknown as Response, () => undefined);
  return { req, sent };
}

describe('flash messages', () => {
  test('when a post queues messages, then the next page takes them in order and the cookie is cleared', () => {
    const post = request();
    flash(post.req, 'success', 'Claim 1 marked verified.');
    flash(post.req, 'error', 'Claim 2 changed meanwhile.');
    expect(typeof post.sent.value).toBe('string');

    const page = request(post.sent.value!);
    expect(takeFlash(page.req)).toEqual([
      { type: 'success', message: 'Claim 1 marked verified.' },
      { type: 'error', message: 'Claim 2 changed meanwhile.' },
    ]);
    expect(page.sent.value).toBeNull();
    expect(takeFlash(page.req)).toEqual([]);
  });

  test('when a client posts many forms without reading a page, then only the newest messages are kept', () => {
    let cookie: string | undefined;
    for (let i = 1; i <= 40; i++) {
      const post = request(cookie);
      flash(post.req, 'success', `Claim ${i} marked verified.`);
      cookie = post.sent.value!;
    }
    const kept = takeFlash(request(cookie).req);
    expect(kept).toHaveLength(FLASH_KEPT);
    expect(kept.at(-1)?.message).toBe('Claim 40 marked verified.');
    expect(kept[0]?.message).toBe(`Claim ${41 - FLASH_KEPT} marked verified.`);
  });

  test('when the cookie was altered or signed with another secret, then no message is shown', () => {
    const post = request();
    flash(post.req, 'info', 'Saved.');
    const signed = post.sent.value!;
    const forgedPayload = Buffer.from(JSON.stringify([{ type: 'info', message: 'Your account is locked, call 555…' }])).toString('base64url');

    expect(takeFlash(request(`${forgedPayload}${signed.slice(signed.indexOf('.'))}`).req)).toEqual([]);
    expect(takeFlash(request(signed, 'another-secret-that-is-long-enough-9876543210').req)).toEqual([]);
    expect(takeFlash(request('not even signed').req)).toEqual([]);
    expect(takeFlash(request(signed).req)).toEqual([{ type: 'info', message: 'Saved.' }]);
  });

  test('when a page takes its messages and queues one of its own, then only its own goes on to the next page', () => {
    const post = request();
    flash(post.req, 'success', 'First.');
    const page = request(post.sent.value!);
    flash(page.req, 'info', 'Second.');
    expect(takeFlash(page.req)).toEqual([{ type: 'success', message: 'First.' }]);
    expect(takeFlash(request(page.sent.value!).req)).toEqual([{ type: 'info', message: 'Second.' }]);
  });

  test('when the request did not pass the middleware, then nothing is queued and nothing throws', () => {
    const req = {} as Request;
    flash(req, 'info', 'ignored');
    expect(takeFlash(req)).toEqual([]);
  });
});
