import type { Repair } from '../types';

/** The boundary repairs the engine records, in words a reviewer understands. */
export const REPAIRS = {
  openLost: { code: 'open-mark-missing', description: 'opening quote mark missing' },
  closeLost: { code: 'close-mark-missing', description: 'closing quote mark missing' },
  turnedOpen: { code: 'open-mark-misplaced', description: 'opening quote mark displaced or turned the wrong way' },
  turnedClose: { code: 'close-mark-misplaced', description: 'closing quote mark displaced or turned the wrong way' },
  detached: { code: 'mark-on-own-line', description: 'quote marks cut onto lines of their own' },
  unmarked: { code: 'marks-lost', description: 'quotation lost its quote marks; recognised from the layout' },
  unmarkedSpeech: { code: 'marks-lost', description: 'quotation lost its quote marks; recognised as the speaker’s own words before the cue' },
} satisfies Record<string, Repair>;

/**
 * The repairs of a quotation that needed none: one list shared by all of them, never changed (a wall of quotations
 * would otherwise keep an empty list alive for each, to the end of the extraction).
 */
export const NO_REPAIRS: Repair[] = [];
