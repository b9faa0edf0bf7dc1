import type { ClaimEvent } from './history-repository';
import type { ClaimRow } from './repository';

/** A stale form: the claim as it is now and what happened to it since the user's version. */
export interface Conflict {
  current: ClaimRow;
  events: ClaimEvent[];
}

/** What changed under a claim's verdict, so that it no longer holds: the claim is unreviewed again. */
export type Reopened = 'words' | 'speaker' | 'speaker and words';

/** `alreadySo`: the claim already read as the form asked, so nothing was written (the page says so as a notice). */
export type ClaimChange = { ok: true; claim: ClaimRow; createdSpeaker?: boolean; reopened?: Reopened; alreadySo?: boolean } | { ok: false; conflict: Conflict } | { ok: false; invalid: Record<string, string> };

export type { Actor } from '../http/context';
