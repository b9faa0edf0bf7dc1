/**
 * Below this confidence the engine's speaker is a guess a reviewer should know about: a quotation no cue names (the
 * passage's subject), one carried over from the quotation before or after it, a description resolved to a name
 * written only after it, a surname people named earlier share. On the kit's dev news the engine's speaker was right
 * for 85 % of the claims below it and 96.5 % of those above.
 *
 * The claims list's filter tests the same condition in SQL (UNCERTAIN_SQL), and a partial index holds exactly those
 * claims (migration 20261207150000): change one and the others must change with it.
 */
export const UNCERTAIN_BELOW = 0.75;

/** What a page or the export reads to say so: a claim's attribution as stored. */
export interface AttributionShown {
  attribution_status: string;
  speaker_id: number | null;
  confidence: number;
}

/**
 * Whether a claim's speaker is the engine's uncertain proposal: once an editor approves or corrects the attribution,
 * the speaker is theirs and no longer a guess; a claim with no speaker has nothing to doubt.
 */
export function speakerUncertain(c: AttributionShown): boolean {
  return c.attribution_status === 'proposed' && c.speaker_id !== null && c.confidence < UNCERTAIN_BELOW;
}

/**
 * The same condition over `claims AS c`, written as the partial index's predicate is (migration 20261207150000), so the
 * planner can prove the index holds every claim it asks for. The bound is a literal, never a parameter, for the same
 * reason.
 */
export const UNCERTAIN_SQL = `c.attribution_status = 'proposed' AND c.speaker_id IS NOT NULL AND c.confidence < ${UNCERTAIN_BELOW}`;
