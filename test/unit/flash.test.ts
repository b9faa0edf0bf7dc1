import type { Request } from 'express';
import { FLASH_KEPT, flash, takeFlash } from '../../server/http/flash';

const requestWithSession = () => ({ session: {} }) as unknown as Request;

describe('flash messages', () => {
  test('when messages are queued, then the next page takes them in order and leaves none', () => {
    const req = requestWithSession();
    flash(req, 'success', 'Claim 1 marked verified.');
    flash(req, 'error', 'Claim 2 changed meanwhile.');

    expect(takeFlash(req)).toEqual([
      { type: 'success', message: 'Claim 1 marked verified.' },
      { type: 'error', message: 'Claim 2 changed meanwhile.' },
    ]);
    expect(takeFlash(req)).toEqual([]);
  });

  test('when a client posts many forms without reading a page, then only the newest messages are kept', () => {
    const req = requestWithSession();
    for (let i = 1; i <= 1000; i++) flash(req, 'success', `Claim ${i} marked verified.`);

    const kept = takeFlash(req);
    expect(kept).toHaveLength(FLASH_KEPT);
    expect(kept.at(-1)?.message).toBe('Claim 1000 marked verified.');
    expect(kept[0]?.message).toBe(`Claim ${1001 - FLASH_KEPT} marked verified.`);
  });

  test('when the request has no session, then nothing is queued and nothing throws', () => {
    const req = {} as Request;
    flash(req, 'info', 'ignored');
    expect(takeFlash(req)).toEqual([]);
  });
});
