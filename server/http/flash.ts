import type { Request } from 'express';

export type FlashType = 'success' | 'error' | 'info';
export interface FlashMessage {
  type: FlashType;
  message: string;
}

/**
 * A client that posts without following its redirects (a script, a tab closed mid-submit) never reads its messages;
 * only the newest few are kept, so the session row cannot grow with every form it submits.
 */
export const FLASH_KEPT = 5;

/** Queues a message for the next page this session renders (post/redirect/get). */
export function flash(req: Request, type: FlashType, message: string): void {
  if (!req.session) return;
  const queue = (req.session.flash ??= []);
  queue.push({ type, message });
  if (queue.length > FLASH_KEPT) queue.splice(0, queue.length - FLASH_KEPT);
}

/** Takes the queued messages, leaving none behind. */
export function takeFlash(req: Request): FlashMessage[] {
  const messages = req.session?.flash ?? [];
  if (req.session?.flash) delete req.session.flash;
  return messages;
}
