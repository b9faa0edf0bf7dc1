import type { Request } from 'express';

export type FlashType = 'success' | 'error' | 'info';
export interface FlashMessage {
  type: FlashType;
  message: string;
}

/** Queues a message for the next page this session renders (post/redirect/get). */
export function flash(req: Request, type: FlashType, message: string): void {
  if (!req.session) return;
  (req.session.flash ??= []).push({ type, message });
}

/** Takes the queued messages, leaving none behind. */
export function takeFlash(req: Request): FlashMessage[] {
  const messages = req.session?.flash ?? [];
  if (req.session?.flash) delete req.session.flash;
  return messages;
}
