/** Character range into the article's original text (UTF-16 code units, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  index: number;
  /** Site clutter: navigation, "Read also", copyright lines. Never yields claims. */
  boilerplate: boolean;
}

export interface ArticleFacts {
  title: string | null;
  /** ISO 8601, as found in the text or HTML. */
  publishedAt: string | null;
  /** Display name of the publishing outlet ("Source: lecourant" → "Le Courant"). */
  outlet: string | null;
  author: string | null;
  /** BCP 47 primary tag, e.g. "en". */
  language: string | null;
  /** Republished through a machine-translation aggregator. */
  translated: boolean;
  /** Name of the aggregator or site that republished the text, when recognised. */
  republishedBy: string | null;
}

/** The article cut into paragraphs, with its facts; produced by `structure.ts`. */
export interface ArticleDocument {
  text: string;
  paragraphs: Paragraph[];
  facts: ArticleFacts;
  /** The language the text itself is written in (`detectLanguage`), whatever the page's HTML says: the engine's hints
   * and the pronouns it reads follow the words it reads. */
  language: string | null;
  /**
   * Stretches in marks that name something rather than quote anyone (titles, slogans, documents: "the plan «Healthy
   * Finances 2025»"), in order, set by `findQuotes`: no claim, and no speaker's name, is read inside them.
   */
  names?: Span[];
  /** A section's label printed over the title ("Justice", "Fútbol | Segunda División"), in order: read as `names` are,
   * so no speaker's name is read in it. */
  labels?: Span[];
}

export type QuoteKind = 'direct' | 'partial' | 'unmarked';
export type ClaimKind = QuoteKind | 'indirect';

/** A boundary repair the engine had to make, e.g. "closing mark on its own line", "opening mark missing". */
export interface Repair {
  code: string;
  description: string;
}

/** A quotation found in the text; produced by `quotes.ts`. Offsets exclude the quote marks. */
export interface QuoteCandidate extends Span {
  kind: QuoteKind;
  /** Where the opening mark starts, -1 when the quotation has none (or this is a later piece of one). */
  openAt: number;
  /** Where the closing mark ends, -1 when the quotation has none (or this is an earlier piece of one). */
  closeEnd: number;
  repairs: Repair[];
  /** 0..1: how sure the engine is that this is a quotation of speech. */
  confidence: number;
}

export interface Speaker {
  /** Key of the speaker within one extraction ("s1", "s2", …). */
  key: string;
  name: string;
  /** The other names and the descriptions the article used for the speaker ("Ruiz", "the senator"). */
  aliases: string[];
  /** Those of `aliases` that describe the speaker rather than name them ("the senator", "the Vermont governor"): they
   * stand for this speaker in this article only. */
  descriptions: string[];
  kind: 'person' | 'organization';
  /** Role or description given in the article ("professor emeritus at the port school"). */
  role: string | null;
}

export interface Attribution {
  speakerKey: string | null;
  /** Where the speaker is named (or referred to) at this attribution: the reviewer's evidence. */
  mention: Span | null;
  cue: string | null;
  cueSpan: Span | null;
  /** Agency or venue the claim was reported through, when the text names one. */
  source: string | null;
  sourceSpan: Span | null;
  /** 0..1 confidence of the attribution. */
  confidence: number;
  /** How the speaker was reached, in words a reviewer understands ("pronoun 'he' → Tomas Berg"). */
  evidence: string;
}

/** Reported speech without quote marks ("According to X, …", "…, he assured"). */
export interface IndirectClaim extends Span {
  attribution: Attribution;
  /** The speaker's own words, whose quote marks were lost: a claim of kind `unmarked`. */
  verbatim: boolean;
}

export interface TranslationHint {
  reason: string;
}

export interface Claim extends Span {
  text: string;
  kind: ClaimKind;
  speaker: string | null;
  speakerKey: string | null;
  mention: Span | null;
  cue: string | null;
  cueSpan: Span | null;
  source: string | null;
  sourceSpan: Span | null;
  confidence: number;
  evidence: string;
  repairs: Repair[];
  translationReview: TranslationHint | null;
  /** The paragraph the claim starts in. */
  paragraph: Span;
}

export interface Extraction {
  facts: ArticleFacts;
  claims: Claim[];
  speakers: Speaker[];
  /** Paragraph spans recognised as site clutter. */
  boilerplate: Span[];
}

export interface ExtractInput {
  text: string;
  /** The article's HTML, when it was imported from HTML; facts found there take precedence. */
  html?: string;
}
