import type { Paragraph, Span } from '../types';
import { isLower, isQuoteChar, isSpaceAt, isUpper, isWordAt } from './chars';
import { endsWithIntroducer, isSpeechVerb, startsWithAttribution } from './intro';
import { countNewlines, endsSentence, voice } from './lines';
import { type RawQuote, unclosedEnd } from './pairing';
import { NO_REPAIRS, REPAIRS } from './repairs';
import { ownLanguageSpeechVerb } from '../attribution/gloss';

/** Unmarked quotations rebuilt from a lone punctuation line cover at most this many paragraphs. */
const MAX_UNMARKED_PARAGRAPHS = 3;
const MIN_WORDS = 3;
/** How far back from a line's end its attribution sentence is looked for. */
const ATTRIBUTION_TAIL = 80;

/** The label of an interviewer's question at a line's start ("Q: …", "Question: …"). */
const QUESTION_LABEL = /^(?:Q|Question):\s/;
const QUESTION_LABEL_CHARS = 10;

/** A line of an interview set out with labels: one to three capitalised words and a colon, then the words ("AKN: Dr.
 * Lanki, why …?", "CASTILLO: We ask …", "Q: …"). */
const LABELLED_LINE = /^[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,2}):[ \t]+(?=\S)/u;
/** Most characters of a line before its label's colon. */
const LABEL_CHARS = 48;
/** Fewest questions answered under the same two labels that make an interview. */
const MIN_INTERVIEW_TURNS = 2;

/**
 * why: "AKN: Dr. Lanki, why every year the same problem? ¶Lanki: Because we order from far away …": an interview the
 * paper sets out as lines labelled with who speaks, the question's label on lines that end on a question mark, the
 * answer's on the line after each; the answers are the interviewee's words, with no marks. The spans of the answers
 * (after their labels) when at least two questions under one label are answered under another, else none. A line that
 * opens on a quotation mark is left to the marks.
 */
export function interviewAnswers(text: string): Span[] {
  const lines: Array<{ label: string; line: number; start: number; end: number }> = [];
  // (only lines with a colon near their start are read: most articles have a few, and none of them a label)
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    // (one look per line, at its first colon: the next colon looked for is on a later line)
    const at = text.lastIndexOf('\n', colon) + 1;
    const nl = text.indexOf('\n', colon);
    const end = nl < 0 ? text.length : nl;
    const m = colon - at <= LABEL_CHARS ? LABELLED_LINE.exec(text.slice(at, Math.min(end, colon + 3))) : null;
    if (m) lines.push({ label: m[1]!, line: at, start: at + m[0].length, end });
    colon = end;
  }
  // (a question's line, then the answer's: the next labelled line, with only blank lines between; the interview is
  // known by its questions, after which a turn of the interviewer's that asks nothing is answered as well: "WABAGARI:
  // The government says that the veda is for the lobster. ¶CASTILLO: We agree to protect.")
  const turns = new Map<string, { asked: number; spans: Span[] }>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const q = lines[i]!;
    const a = lines[i + 1]!;
    if (q.label === a.label || text.slice(q.end, a.line).trim() !== '' || isQuoteChar(text[a.start]!)) continue;
    const key = `${q.label}\n${a.label}`;
    let turn = turns.get(key);
    if (!turn) turns.set(key, (turn = { asked: 0, spans: [] }));
    if (text.slice(q.start, q.end).trimEnd().endsWith('?')) turn.asked++;
    let e = a.end;
    while (e > a.start && isSpaceAt(text, e - 1)) e--;
    turn.spans.push({ start: a.start, end: e });
  }
  const out: Span[] = [];
  for (const turn of turns.values()) if (turn.asked >= MIN_INTERVIEW_TURNS) out.push(...turn.spans);
  return out.sort((x, y) => x.start - y.start);
}

/**
 * Quotations whose marks a scraper dropped altogether (they were set in italics): a line of their own that an
 * extra blank line or a lone punctuation line cuts from the text around it, next to the words that introduce or
 * attribute it. Only lines no marked quotation covers, and that hold no mark, are considered.
 */
export function findUnmarked(text: string, paragraphs: Paragraph[], covered: boolean[], hasMark: boolean[], quotes: readonly RawQuote[]): RawQuote[] {
  const out: RawQuote[] = [];
  // (whether a marked quotation runs over an offset: looked up in order, as paragraphs are walked in order)
  let m = 0;
  const marked = (at: number): boolean => {
    while (m < quotes.length && Math.max(quotes[m]!.end, quotes[m]!.closeEnd) <= at) m++;
    return m < quotes.length && Math.min(quotes[m]!.start, quotes[m]!.openAt < 0 ? quotes[m]!.start : quotes[m]!.openAt) <= at;
  };
  const candidate = (i: number) => {
    const p = paragraphs[i];
    return !!p && !p.boilerplate && !covered[i] && !hasMark[i] && wordsAtLeast(text, p, MIN_WORDS);
  };
  // why: the last line's gap runs to the end of the text, where a cut-out block at the article's end leaves its blank lines
  const gapAfter = (i: number) => countNewlines(text.slice(paragraphs[i]!.end, i + 1 < paragraphs.length ? paragraphs[i + 1]!.start : text.length));
  // (an interview's answers, labelled with who gives them: read here whatever marks or clutter the paragraph holds)
  const answers = interviewAnswers(text);
  for (const span of answers) if (!marked(span.start)) out.push({ start: span.start, end: span.end, openAt: -1, closeEnd: -1, repairs: [REPAIRS.unmarked] });
  m = 0;
  // (whether an answer starts in the paragraph: both in the text's order, walked together)
  let nextAnswer = 0;
  const inInterview = (p: Paragraph): boolean => {
    while (nextAnswer < answers.length && answers[nextAnswer]!.start < p.start) nextAnswer++;
    return nextAnswer < answers.length && answers[nextAnswer]!.start < p.end;
  };
  // (lines of the article's own that say "I": an opinion piece or readers' letters say it in line after line)
  let sayersOfI = 0;
  for (let i = 0; i < paragraphs.length && sayersOfI <= MAX_LINES_SAYING_I; i++) if (candidate(i) && saysI(text, paragraphs[i]!.start, paragraphs[i]!.end)) sayersOfI++;
  for (let i = 0; i < paragraphs.length; i++) {
    if (answers.length && inInterview(paragraphs[i]!)) continue;
    if (!candidate(i)) {
      // why: "The activist told the agency that the action is late. ¶The dunes are gone already ¶!": a scraper that
      // kept only line breaks leaves the italic block as the last line of the paragraph that led to it, its stop on a
      // line of its own; a mark in the narration above (a name in marks) does not make the block less of one
      const p = paragraphs[i]!;
      const line = p.boilerplate ? null : strandedLine(text, p);
      if (line && !marked(line.start)) out.push({ start: line.start, end: line.end, openAt: -1, closeEnd: -1, repairs: [REPAIRS.unmarked] });
      continue;
    }
    const p = paragraphs[i]!;
    const after = paragraphs[i + 1];
    const before = paragraphs[i - 1];
    // why: "We dug with the hoe until three in the morning. ¶— Dede Saepudin, to RRI Bandung": a block quotation
    // whose marks were lost, with the dash line that credits it kept under it, in its paragraph or one of its own
    const credit = creditedBelow(text, p);
    if (credit) {
      out.push({ start: credit.start, end: credit.end, openAt: -1, closeEnd: -1, repairs: [REPAIRS.unmarked] });
      continue;
    }
    if (after && !hasMark[i + 1] && dashCredit(text, after.start, after.end) && endsOnStop(text, p)) {
      out.push({ start: p.start, end: p.end, openAt: -1, closeEnd: -1, repairs: [REPAIRS.unmarked] });
      continue;
    }
    // The italic block's own full stop, stranded on a line of its own when the block was cut out: the line
    // before it lacks that stop. Some scrapers break the line before the stop without a blank line, leaving it as
    // the paragraph's last line ("…whom we elected\n?"): the block then ends at that break.
    const stranded = after && !hasMark[i + 1] && isPunctuationLine(text, after) ? p.end : strandedStop(text, p);
    if (stranded >= 0 && !endsSentence(text, { start: p.start, end: stranded, index: i, boilerplate: false })) {
      let first = i;
      while (i - first + 1 < MAX_UNMARKED_PARAGRAPHS && candidate(first - 1) && gapAfter(first - 1) <= 2 && !introduces(text, paragraphs[first - 1]!)) first--;
      // why: lines before the block belong to it only when the walk back reached the line that introduces it ("For the
      // researcher, …"); otherwise they are the article's own prose, its title and lead included
      if (first < i && !(paragraphs[first - 1] && introduces(text, paragraphs[first - 1]!))) first = i;
      out.push({ start: paragraphs[first]!.start, end: stranded, openAt: -1, closeEnd: -1, repairs: [REPAIRS.unmarked] });
      continue;
    }
    // A cut-out element leaves marks of the cut: an extra blank line, or a space left before or after the break.
    const trailingSpaceBefore = !!before && isSpaceAt(text, before.end - 1);
    const cutBefore = !!before && (gapAfter(i - 1) > 2 || trailingSpaceBefore);
    const cutAfter = !!after && (gapAfter(i) > 2 || isSpaceAt(text, after.start));
    if (startsWithAttributionLine(text, p)) continue;
    // why: "We asked her: ¶ Q: Did they ask you to pay something?": an interview's question is the paper's own, however
    // the line before introduces it
    if (QUESTION_LABEL.test(text.slice(p.start, p.start + QUESTION_LABEL_CHARS))) continue;
    // why: "— We were not informed, nobody came, he says with anger.": a line opened by a dash and closed by its
    // attribution is dialogue, which findDashed reads with its own bounds; read here too it was claimed twice
    if (DIALOGUE_DASHES.includes(text[p.start]!) && trailingAttribution(text, p) > p.start) continue;
    // The quotation, then the rest of its sentence: "\n\n said the senator."
    // (or a line that opens in lower case on the verb, which no sentence of the reporter's does: "\n\nadded the hejtman")
    // (not before a line that opens a quotation of its own: '„We had luck in the misfortune“, said Mayor …' after a lede)
    // ("The animal also has the right of living. ¶ Divisional Forest Officer Sonam Tobgay, speaking to BBS Radio": a
    // credit line, someone's name and where they spoke with no verb of its own, says whose the line above is, as a
    // caption does, cut or not)
    const attributed = !!after && !opensQuotation(text, after) &&
      (((cutBefore || invertedVerbFirst(text, after)) && (startsWithAttributionLine(text, after) || dashedAttributionLine(text, after))) ||
        (!hasMark[i + 1] && creditLine(text, after)));
    // Its introducer, then the quotation: "He says, \n\n…"; with no cut around it, a line in the speaker's own voice after
    // a line that ends on a verb of speech and a colon ("Ragab said, in televised statements …:")
    const introduced = !!before && introduces(text, before) &&
      (cutBefore || cutAfter || (text[lastCharOf(text, before)] === ':' && lastSentenceSpeaks(text, before) && voice(text, p) > 0));
    // Speech going on after an attribution line: "\" she said. \n\n…\n\n\n\n".
    const continued = !!before && trailingSpaceBefore && gapAfter(i) > 2 && (startsWithAttributionLine(text, before) || endsWithAttribution(text, before));
    // Someone's own words in the first person, right after the line that names what the speaker said: "Ms Atieno said
    // that prices doubled. ¶ We women are the ones who are hurt most. I take fish on credit …".
    // (not after a line that quotes: "…,” she said. ¶ We asked the campaigns …" is the paper's own "we")
    // (a name given in marks in that line, "known at the beach as \"Mama Omena\"", quotes no one)
    const spoken = !!before && opensInFirstPerson(text, p) && p.end - p.start <= FIRST_PERSON_CHARS && (!hasMark[i - 1] || onlyNamesInMarks(text, before)) &&
      endsWithAttribution(text, before);
    // why: "Ines Boro, who sells fish at the pier, showed us her empty crates. ¶ Before I was selling forty kilos a day,
    // now I sell ten. ¶ The market closes at noon.": a short line where someone says "I", between lines of narration
    // that never do, is the words of the person the line before presents: a reporter does not write "I" in the news
    // (not before a line that opens on its own source, "According to the harbour office, …", which attributes no words)
    // (the cheap tests first: most lines are no short line saying "I")
    const presented = !!before && !!after && i > 1 && sayersOfI <= MAX_LINES_SAYING_I && p.end - p.start <= FIRST_PERSON_CHARS &&
      !DIALOGUE_DASHES.includes(text[p.start]!) && saysI(text, p.start, p.end) && endsOnStop(text, before) && presentsPerson(text, before) &&
      !QUOTED_OR_ANNOUNCED.test(text.slice(p.start, p.end)) && !saysI(text, before.start, before.end) && !saysI(text, after.start, after.end) &&
      !introduces(text, after);
    // Someone's own words in the first person, then a line that points back at them as what someone said: "I have
    // survived many typhoons. ¶ This is what the 81-year-old told Abante." / "¶ She said so while showing …"
    const pointedBack = !!after && !hasMark[i + 1] && opensInFirstPerson(text, p) && p.end - p.start <= FIRST_PERSON_CHARS && pointsBackAtSpeech(text, after);
    // Someone's words in the first person that end their own line on the attribution, as a quotation's closing mark
    // would have stood before it: "In the morning I walked to the market, my legs are paining me, she told our reporter."
    // (the line's length first: the opening clause is read only on a line short enough to be someone's words)
    let tail = p.end - p.start <= FIRST_PERSON_CHARS && (opensInFirstPerson(text, p) || firstPersonInOpening(text, p)) ? trailingAttribution(text, p) : -1;
    // why: "It is not the fence that fails, it is that the money comes late, says Ana Ruiz on the radio.": a line whose
    // words run two clauses together with a bare comma, as speech does and a reporter's sentence does not, and end on a
    // last-comma attribution, is someone's words that lost their marks; a reported clause is one clause ("The bridge
    // will open in May, said the mayor."); a line opened by a dash is dialogue, which findDashed reads
    if (tail < 0 && p.end - p.start <= FIRST_PERSON_CHARS && !DIALOGUE_DASHES.includes(text[p.start]!)) {
      const cut = trailingAttribution(text, p);
      if (cut > p.start && commaSplice(text.slice(p.start, cut))) tail = cut;
    }
    if (tail > p.start && !(attributed || introduced || continued || spoken || pointedBack)) {
      out.push({ start: p.start, end: tail, openAt: -1, closeEnd: -1, repairs: [REPAIRS.unmarked] });
      continue;
    }
    if (attributed || introduced || continued || spoken || pointedBack || presented) out.push({ start: p.start, end: p.end, openAt: -1, closeEnd: -1, repairs: [REPAIRS.unmarked] });
  }
  // (the interview's answers were put first; the rest come in the text's order)
  return answers.length ? out.sort((x, y) => x.start - y.start) : out;
}

/**
 * Where the line's words end before a last-comma attribution (", she told our reporter."), else -1. Only words of more
 * than one clause: a single one ("We will repay the bonds, he assured.") is as often written down as reported speech.
 */
function trailingAttribution(text: string, p: Paragraph): number {
  const cut = unclosedEnd(text, p.start, p.end);
  if (cut >= p.end) return -1;
  // (a comma after the cut, within the line: read no further than the line's end)
  for (let i = cut + 1; i < p.end; i++) if (text.charCodeAt(i) === 44) return -1;
  const inner = text.slice(p.start, cut);
  return inner.includes(', ') || /[.?!] /.test(inner) ? cut : -1;
}

/** A finite verb that makes a stretch of words a clause. */
const FINITE = String.raw`(?:is|are|was|were|will|would|can|can't|cannot|could|must|should|has|have|had|does|do|did|thank|need|want)`;
/** The same, in the present or the future only: speech says what is; a reporter's run-on tells what was. */
const PRESENT = String.raw`(?:is|are|will|can|can't|cannot|must|should|has|have|does|do)`;
/** A clause that opens after a bare comma: an optional linking word, a subject (a pronoun, or a short phrase opened by
 * a determiner), and a finite verb right after it ("…, it is that …", "…, not a single house will …", "…, now the work
 * begins"). */
const SPLICED_CLAUSE = new RegExp(String.raw`, (?:(?:now|then|today)\s|but (?=whoever))?(?:it|this|there|we|you|they|i|whoever|nobody|(?:not\s)?(?:the|a|no|every|our|your|their)\s(?:\p{Ll}+\s){0,2}?\p{Ll}+)\s(?:${PRESENT}|(?!was\b)\p{Ll}{2,}s)\b`, 'u');
/** The same verb before the comma: the words before it are a clause of their own. */
const CLAUSE_BEFORE = new RegExp(String.raw`\b${FINITE}\b`, 'iu');

/** Whether the words, one sentence, run a clause into another with a bare comma ("It is not the fence that fails, it
 * is that …"); a coordinated clause (", and there is …") is the reporter's. */
function commaSplice(words: string): boolean {
  if (/[.?!;:]\s/u.test(words)) return false;
  const m = SPLICED_CLAUSE.exec(words);
  return !!m && CLAUSE_BEFORE.test(words.slice(0, m.index));
}

/** The offset of the line's last character that is no space. */
function lastCharOf(text: string, p: Paragraph): number {
  let e = p.end - 1;
  while (e > p.start && isSpaceAt(text, e)) e--;
  return e;
}

/** Whether the line opens on a quote mark glued to the word after it (an opening mark, not a closing one left first). */
function opensQuotation(text: string, p: Paragraph): boolean {
  return isQuoteChar(text[p.start] ?? '') && isWordAt(text, p.start + 1);
}

/** Whether the line opens in lower case on a verb of speech ("added the hejtman on Monday …"), or on a dash and one,
 * as languages that set speech off with dashes write the attribution after it ("– said the mother of six, …"). */
function invertedVerbFirst(text: string, p: Paragraph): boolean {
  const m = /^(?:[–—]\s?)?(\p{Ll}+)/u.exec(text.slice(p.start, Math.min(p.end, p.start + 20)));
  return !!m && isSpeechVerb(m[1]!);
}

/** Whether the line opens on a dash and then on a verb of speech in lower case ("– said the mother of six, …"). */
function dashedAttributionLine(text: string, p: Paragraph): boolean {
  return (text[p.start] === '–' || text[p.start] === '—') && invertedVerbFirst(text, p);
}

/** Longest credit line under a quotation that lost its marks. */
const CREDIT_LINE_CHARS = 160;
/** How a credit line says where the words were given: a participle of speech or a noun of a reaction, after a comma. */
const CREDIT = /[,)]\s+(?:(?:speaking|talking|writing|replying|reacting|responding)\s+(?:to|on|in|for|at)\b|in (?:a|an|his|her|their) (?:reaction|interview|statement|post|message|speech|address)\b|quoted by\b)/iu;
/** Most words before a credit line's first comma: a title, its place and a name ("Divisional Forest Officer of Bumthang"). */
const CREDITED_WORDS = 8;
/** Words in lower case that a title or a name holds ("Officer of Bumthang", "Durk van der Meer"). */
const NAME_JOINERS = new Set(['of', 'for', 'the', 'and', 'de', 'del', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'da', 'di', 'dos', 'bin', 'al']);

/** Whether the line opens on capitalised words (two or more, a title's joiners between them) up to a comma or a bracket. */
function opensOnName(line: string): boolean {
  const cut = line.search(/[,(]/u);
  if (cut <= 0) return false;
  const words = line.slice(0, cut).trim().split(/\s+/u);
  if (words.length > CREDITED_WORDS) return false;
  let capitals = 0;
  for (const w of words) {
    if (isUpper(w[0])) capitals++;
    else if (!NAME_JOINERS.has(w)) return false;
  }
  return capitals >= 2;
}

/**
 * Whether the line credits the words above it to someone, as a caption does: short, no sentence of its own (no stop at
 * its end, no verb of speech), a name first and, after a comma, where the words were given ("Deputy Hylke Bergsma
 * (Frisian culture), in a reaction to the agency ANP", "Sonam Tobgay, forest officer, speaking to BBS Radio").
 */
function creditLine(text: string, p: Paragraph): boolean {
  if (p.end - p.start > CREDIT_LINE_CHARS || !isUpper(text[p.start])) return false;
  const line = text.slice(p.start, p.end).trimEnd();
  if ('.?!:'.includes(line.at(-1) ?? '') || line.includes('\n')) return false;
  return opensOnName(line) && CREDIT.test(line);
}

/** Most words of a dash credit line after the name's comma ("to RRI Bandung", "speaking to Kaniva Tonga", "cultivator
 * at Rango", "to the Uyghur programme of Khabar TV"); the line has no stop at its end, which a line of dialogue has. */
const DASH_CREDIT_WORDS = 8;

/**
 * Whether `text[start, end)` is a line that credits the words above it with a dash, as a block quotation's caption
 * does: a dash, a name of capitalised words (two at least), and at most a short tail after a comma (where the person
 * is from, or where the words were given); no stop at its end, no marks.
 */
export function dashCredit(text: string, start: number, end: number): boolean {
  if (end - start > CREDIT_LINE_CHARS || (text[start] !== '—' && text[start] !== '–')) return false;
  const line = text.slice(start + 1, end).trim();
  if (!line || '.?!:;'.includes(line.at(-1)!) || line.includes('\n') || /["“”«»„]/u.test(line) || !isUpper(line[0])) return false;
  const comma = line.indexOf(',');
  if (!opensOnName(comma < 0 ? `${line},` : line)) return false;
  if (comma < 0) return true;
  // ("— Ilshat Mamutov, composer, to the Uyghur programme of Khabar TV", "— Mama Hilaria Quispe, alpaquera of the anexo
  // Chimboya, to Radio Onda Azul": a short role may stand between the name and where the words went)
  const parts = line.slice(comma + 1).split(',');
  if (parts.length > 1 + CREDIT_ROLES) return false;
  for (let i = 0; i < parts.length - 1; i++) if (parts[i]!.trim().split(/\s+/u).length > CREDIT_ROLE_WORDS) return false;
  return parts.at(-1)!.trim().split(/\s+/u).length <= DASH_CREDIT_WORDS;
}
/** Most roles between the name and the rest of a dash credit, and most words of each. */
const CREDIT_ROLES = 2;
const CREDIT_ROLE_WORDS = 6;

/**
 * The words of a paragraph whose last line is a dash credit ("…in the year. ¶— Aroha Tāwhiri, Te Araroa"), a credit
 * line (see creditLine) or a dash and a verb of speech ("¶— said the 77-year-old"), when those words close on a stop,
 * else null.
 */
function creditedBelow(text: string, p: Paragraph): Span | null {
  // (a paragraph that runs to the text's end keeps its last line break: the last line is the one before it)
  let end = p.end;
  while (end > p.start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  const nl = text.lastIndexOf('\n', end - 1);
  // ("… in the harbour. ¶Malik Zeeb, speaking to KNR Qanorooq": or a credit line with no dash, which says where the
  // words were given)
  const last = { start: nl + 1, end, index: p.index, boilerplate: false };
  // ("Never see. Fifty years doing oyster, never see cold like this. ¶— said the 77-year-old, who …": or a dash and a
  // verb of speech that open the line, the attribution of the words above it, under a block that is no dialogue line)
  const dashedVerb = nl > p.start && !DIALOGUE_DASHES.includes(text[p.start]!) && dashedAttributionLine(text, last);
  if (nl <= p.start || !(dashCredit(text, nl + 1, end) || creditLine(text, last) || dashedVerb)) return null;
  let e = nl;
  while (e > p.start && isSpaceAt(text, e - 1)) e--;
  // why: "We will stand here each morning until the last leu is on the card. Not for one day, not for two days ¶— Vasili
  // Kara, for GRT": a block a dash credits under it may end without its stop, as a pull quote is set, when it speaks in
  // the first or second person (a photo's caption over its credit does not); a credit line without the dash says
  // less, and the block above it must end as a sentence
  // (a verb's attribution line is a sentence's end, whose words are the line right above it: the lines before are the
  // reporter's, "An old man shook his head.")
  const block = { start: dashedVerb ? Math.max(p.start, text.lastIndexOf('\n', e - 1) + 1) : p.start, end: e, index: p.index, boilerplate: false };
  const stopped = '.?!…'.includes(text[e - 1]!) ||
    (!dashedVerb && DASHES.includes(text[nl + 1 + countLeadingSpaces(text, nl + 1)]!) && isWordAt(text, e - 1) && voice(text, block) > 0);
  return e > block.start && stopped && wordsAtLeast(text, block, MIN_WORDS) ? { start: block.start, end: e } : null;
}

/** The dashes a credit line opens on. */
const DASHES = '—–';

function countLeadingSpaces(text: string, at: number): number {
  let n = 0;
  while (text.charCodeAt(at + n) === 32 || text.charCodeAt(at + n) === 9) n++;
  return n;
}

/** Most words of a name given in marks ("known as \"Mama Omena\""). */
const NAME_IN_MARKS_WORDS = 4;

/**
 * Whether every stretch in double marks on the line is a short name given as one ("known as \"Mama Omena\"", "the
 * group called «Ultras Zêrin»"): capitalised words with no stop or comma inside, after a word that names. Such marks
 * quote no one. Reads a bounded stretch of the line.
 */
function onlyNamesInMarks(text: string, p: Paragraph): boolean {
  const line = text.slice(p.start, Math.min(p.end, p.start + 600));
  const inner = line.split(/["“”«»„]/u);
  if (inner.length < 3 || inner.length % 2 === 0) return false;
  for (let k = 1; k < inner.length; k += 2) {
    const words = inner[k]!.trim().split(/\s+/u);
    if (!words[0] || words.length > NAME_IN_MARKS_WORDS || /[.,;:!?]/.test(inner[k]!) || !words.every((w) => isUpper(w[0]))) return false;
    if (!NAMING_WORD.test(inner[k - 1]!)) return false;
  }
  return true;
}

/** The word before a name given in marks. */
const NAMING_WORD = /\b(?:as|called|named|dubbed|nicknamed|alias|aka|group|fans|movement|operation|campaign|programme|program|project|plan|initiative|association|club|party|band|company|brand|festival|slogan|network|collective|committee)\s*$/iu;

/** "This is what the 81-year-old told Abante.", "She said so while …", "He was saying these words while …", "So said
 * the mayor.", "The shepherd says it quietly, while …": a line whose first words point back at the words before as
 * someone's speech ("it" only before a comma or a stop, or an adverb and one: "says it will …" reports a new claim). */
function pointsBackAtSpeech(text: string, p: Paragraph): boolean {
  const head = text.slice(p.start, Math.min(p.end, p.start + 60));
  return /^(?:(?:this|that|these) (?:is|was|were|are) what [^.?!]{1,40}? (?:said|told|says|tells|wrote|declared|stated|explained|added)\b|(?:he|she|they) (?:said|says|told us|wrote|(?:was|were) saying|spoke) (?:so|this|that|these words|those words)\b|so (?:said|says) |(?:he|she|they|the [\p{Ll}-]+) (?:said|says) it(?: \p{Ll}+ly)?[,.])/iu.test(head);
}

/** "I" as the subject of a verb: at a sentence's or clause's start, after a word in lower case ("my wife and I
 * gathered") or after a word that opens a clause ("Before I was"); not a numeral after a name ("World War I was"). */
const I_SUBJECT = /(?:^|[.?!,;:]\s|\b\p{Ll}+\s|\b(?:Before|Now|Today|When|If|And|But|So|Then|Here)\s)I\s\p{Ll}/u;

/** Most lines outside marks saying "I" in an article that is news, not someone's own piece. */
const MAX_LINES_SAYING_I = 2;
/** A person's name of two words or more ("Ines Boro", "Lee Sang-min") as the subject of a sentence: followed by an
 * apposition (", who sells fish", " (37),") or a verb in lower case; not a possessive ("Clinton’s watch"), nor a
 * phrase of place or time ("In Iraq, …"). */
const NAMED = /\b(?!(?:In|At|On|For|From|To|By|With|The|After|Before|During|Under|Since|As|When|If|But|And)\b)\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Ll}+)?)+(?![’'\p{L}])(?:,| \(| \p{Ll})/u;

/** Whether the line's last sentence (its last `FIRST_PERSON_CHARS` characters at most) presents a person by name. */
function presentsPerson(text: string, p: Paragraph): boolean {
  return NAMED.test(lastSentence(text, p, FIRST_PERSON_CHARS));
}

/** The line's last sentence: from after the last stop followed by a space, reading back at most `most` characters. */
function lastSentence(text: string, p: Paragraph, most: number): string {
  const end = lastCharOf(text, p);
  let from = Math.max(p.start, end - most);
  for (let k = end - 1; k > from; k--) {
    if ('.?!'.includes(text[k]!) && isSpaceAt(text, k + 1)) {
      from = k + 1;
      break;
    }
  }
  return text.slice(from, end);
}

/** A mark of any kind, a single one opening after a space, or a colon: a line with one quotes or announces words of
 * its own, and is no block of someone's words that lost its marks. */
const QUOTED_OR_ANNOUNCED = /["“”„«»‹›「」『』‘:]|(?:^|\s)'/u;

const SPACE = /\s/;
const CAPITAL_I = 0x49;

/** Whether text[from, to) says "I" as a subject (read over at most `FIRST_PERSON_CHARS` * 2 characters). */
function saysI(text: string, from: number, to: number): boolean {
  const end = Math.min(to, from + FIRST_PERSON_CHARS * 2);
  // (the expression runs only where an "I" stands before a space: most lines have none. Read by code unit up to
  // `end`, not by indexOf, which would read the rest of the text whenever the line holds no "I")
  for (let k = from; k + 2 < end; k++) {
    if (text.charCodeAt(k) === CAPITAL_I && SPACE.test(text[k + 1]!)) return I_SUBJECT.test(text.slice(from, end));
  }
  return false;
}

/** Whether the line ends on a full stop (narration), not a colon or a mark. */
function endsOnStop(text: string, p: Paragraph): boolean {
  return text[lastCharOf(text, p)] === '.';
}

/** Longest line read as someone's words for opening in the first person. */
const FIRST_PERSON_CHARS = 400;

/** Whether the line opens on "I" or "We" as its subject ("I have survived …", "We will strengthen …"). */
function opensInFirstPerson(text: string, p: Paragraph): boolean {
  return /^(I|We)\s+\p{Ll}/u.test(text.slice(p.start, p.start + 12));
}

/** How far into a line its opening clause is read for a subject in the first person. */
const OPENING_CLAUSE_CHARS = 60;

/**
 * Whether "I" or "we" is the subject of a verb in the line's opening clause, after a setting of time or place ("In the
 * morning I walked …", "Every year we …") or in a clause of its own that says what ("All that we received, we invested
 * …", "What I earn …"): the first person of speech. A reporter writes "we" only for the paper ("As we reported"), and
 * opens no sentence on a setting followed by "I". Read up to the clause's first comma or stop.
 */
function firstPersonInOpening(text: string, p: Paragraph): boolean {
  const head = text.slice(p.start, Math.min(p.end, p.start + OPENING_CLAUSE_CHARS));
  const m = /^(?:(?:In|At|On|After|Before|Since|Every|Last|This|Yesterday|Today)\b[^.!?:;,–—"“”«»„]*?\b(?:I|we)|(?:All that|All|What|Whatever|Everything) (?:I|we))\s+(\p{Ll}+)/u.exec(head);
  return !!m && !REPORTED_BY_PAPER.has(m[1]!);
}

/** Verbs after "we" that make it the paper's ("as we reported", "we learned"). */
const REPORTED_BY_PAPER = new Set(['reported', 'report', 'wrote', 'write', 'learned', 'learnt', 'learn', 'asked', 'contacted', 'visited',
  'found', 'saw', 'spoke', 'talked', 'informed', 'told', 'reached', 'called', 'met']);

/** "He says," / "retorted:": a line ending in an introducer announces the next line's quotation. */
function introduces(text: string, p: Paragraph): boolean {
  if (endsWithIntroducer(text, p.start, p.end)) return true;
  // "For the researcher, …" / "According to …": a line attributing what follows it.
  const head = text.slice(p.start, Math.min(p.end, p.start + 40)).toLowerCase();
  return head.startsWith('according to') || /^for (the|this) [\p{L}-]+,/u.test(head);
}

/** `" she said.` / ` Gorka declared in an interview.`: a line that opens with an attribution. */
function startsWithAttributionLine(text: string, p: Paragraph): boolean {
  return startsWithAttribution(text, p.start, p.end);
}

/** Longest last sentence of a line read for its verb of speech before a colon ("Ragab said, in televised statements
 * for the programme … broadcast on the channel …:"). */
const COLON_SENTENCE_CHARS = 240;

/**
 * Whether the line's last sentence, read back to its start (as far as `COLON_SENTENCE_CHARS`), holds a verb of speech:
 * the introducer of a colon may put the venue, the programme and the channel between the verb and the colon.
 */
function lastSentenceSpeaks(text: string, p: Paragraph): boolean {
  const word = /[\p{L}]+/gu;
  const tail = lastSentence(text, p, COLON_SENTENCE_CHARS);
  for (let m = word.exec(tail); m; m = word.exec(tail)) if (isSpeechVerb(m[0])) return true;
  return false;
}

/** `…,” said Tomas Berg, a strategist.`: the line's last sentence attributes speech. */
function endsWithAttribution(text: string, p: Paragraph): boolean {
  const from = Math.max(p.start, p.end - ATTRIBUTION_TAIL);
  const tail = text.slice(from, p.end);
  const word = /[\p{L}]+/gu;
  for (let m = word.exec(tail); m; m = word.exec(tail)) if (isSpeechVerb(m[0])) return true;
  return false;
}

/**
 * Where the paragraph's text ends when its last line holds only a stop, broken off it by a single line break
 * ("…we elected\n?"), else -1: what is left of an italic block's end when the scraper broke the line, not the
 * paragraph. Reads the paragraph's last few characters only.
 */
function strandedStop(text: string, p: Paragraph): number {
  let e = p.end;
  while (e > p.start && isLineSpace(text.charCodeAt(e - 1))) e--;
  if (e - 1 <= p.start || !'.,;!?'.includes(text[e - 1]!)) return -1;
  let k = e - 2;
  while (k > p.start && isLineSpace(text.charCodeAt(k))) k--;
  if (text.charCodeAt(k) !== 10) return -1;
  while (k > p.start && isSpaceAt(text, k - 1)) k--;
  return k > p.start ? k : -1;
}

/**
 * The paragraph's last line when it is a block that lost its marks: its stop stranded on a line of its own after it,
 * the line before it ending a sentence (or on a colon), the block itself of a few words with no mark and no stop of its
 * own, opening in capitals; null otherwise.
 */
function strandedLine(text: string, p: Paragraph): Span | null {
  const end = strandedStop(text, p);
  if (end < 0) return null;
  const nl = text.lastIndexOf('\n', end - 1);
  if (nl <= p.start) return null;
  const start = nl + 1;
  const line = { start, end, index: 0, boilerplate: false };
  if (!isUpper(text[start]) || !wordsAtLeast(text, line, MIN_WORDS) || endsSentence(text, line)) return null;
  for (let k = start; k < end; k++) if (isQuoteChar(text[k]!)) return null;
  let b = nl;
  while (b > p.start && isSpaceAt(text, b - 1)) b--;
  const last = text[b - 1] ?? '';
  const closed = isQuoteChar(last) && '.?!'.includes(text[b - 2] ?? '');
  return '.?!:'.includes(last) || closed ? line : null;
}

/** A space or tab inside a line (a line break is not one). */
const isLineSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 13;

/** A line holding a single stop or comma, what is left of a block's end ("…" is an elision, not that). */
function isPunctuationLine(text: string, p: Paragraph): boolean {
  const line = text.slice(p.start, Math.min(p.end, p.start + 8)).trim();
  return line.length === 1 && '.,;!?'.includes(line);
}

function wordsAtLeast(text: string, p: Paragraph, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = p.start; i < p.end && count < n; i++) {
    const w = isWordAt(text, i);
    if (w && !inWord) count++;
    inWord = w;
  }
  return count >= n;
}

/** Dashes that open a line of dialogue ("– If the park comes, …", "—The water entered …"). */
const DIALOGUE_DASHES = '–—―';
/** Most words of the attribution that closes a line of dialogue (", the younger Kärkkäinen says to Yle."). */
const DIALOGUE_TAIL_WORDS = 16;
/** How many words into that attribution its speech verb must come. */
const DIALOGUE_VERB_WORDS = 6;

/**
 * Quotations that many languages mark with a dash opening the line, as their translations keep them: "– If the park
 * comes, we lose the pastures, Kärkkäinen says to Yle." (the speech runs to the comma before a closing attribution),
 * and "—The water entered in ten minutes —he told Clarín—. Nobody came." (an attribution set off by dashes inside the
 * line cuts it in two). A line opened by a dash with neither attribution is a list's item or a heading, not speech.
 * Only lines no marked quotation covers.
 */
export function findDashed(text: string, paragraphs: Paragraph[], covered: boolean[], marked: readonly RawQuote[]): RawQuote[] {
  const out: RawQuote[] = [];
  let m = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.boilerplate) continue;
    if (!covered[i] && DIALOGUE_DASHES.includes(text[p.start]!)) {
      const announced = i > 0 && !paragraphs[i - 1]!.boilerplate && endsOnColon(text, paragraphs[i - 1]!);
      dialogueLine(text, p.start, p.end, i, announced, out);
    }
    // why: "Akim Lee answered the critics. ¶– Let them come and see, – said the head of the region.": a scraper that
    // kept only line breaks leaves a line of dialogue under the narration that led to it, in one paragraph; such a line
    // is read as one of its own, unless a marked quotation runs over its start (one inside it is a word it quotes)
    // ("– We asked twice, – said the mayor. ¶– Nobody answered.": a line of dialogue right under one is the same
    // speaker going on)
    let spoken = -1;
    for (let nl = text.indexOf('\n', p.start); nl >= 0 && nl < p.end; nl = text.indexOf('\n', nl + 1)) {
      if (!DIALOGUE_DASHES.includes(text[nl + 1]!)) continue;
      let end = text.indexOf('\n', nl + 1);
      if (end < 0 || end > p.end) end = p.end;
      while (m < marked.length && Math.max(marked[m]!.end, marked[m]!.closeEnd) <= nl) m++;
      if (m < marked.length && Math.min(marked[m]!.start, marked[m]!.openAt < 0 ? marked[m]!.start : marked[m]!.openAt) <= nl) continue;
      const before = out.length;
      const announced = text[trimEnd(text, p.start, nl) - 1] === ':' || spoken === nl;
      dialogueLine(text, nl + 1, trimEnd(text, nl + 1, end), i, announced, out);
      if (out.length > before) spoken = end;
    }
  }
  return out;
}

/**
 * The quotation a line opened by a dash at `start` holds, up to `end`, pushed to `out`: the speech around an
 * attribution set off by dashes inside it, before a closing attribution, or before an attribution sentence; with no
 * attribution, the whole line when it speaks in the first person or asks, or when the line before it was `announced`
 * by a closing colon.
 */
function dialogueLine(text: string, start: number, end: number, i: number, announced: boolean, out: RawQuote[]): void {
  let s = start + 1;
  while (s < end && isSpaceAt(text, s)) s++;
  if (!isUpper(text[s])) return;
  const inner = innerAttribution(text, s, end);
  if (inner) {
    // (the comma before the attribution is the reporter's, as before a closing one)
    let e = trimEnd(text, s, inner.start);
    if (text[e - 1] === ',') e = trimEnd(text, s, e - 1);
    out.push({ start: s, end: e, openAt: start, closeEnd: -1, repairs: NO_REPAIRS });
    let r = inner.end;
    while (r < end && (isSpaceAt(text, r) || '.,;'.includes(text[r]!))) r++;
    if (wordsAtLeast(text, { start: r, end, index: i, boilerplate: false }, MIN_WORDS)) {
      out.push({ start: r, end, openAt: inner.end - 1, closeEnd: -1, repairs: NO_REPAIRS });
    }
    return;
  }
  const comma = closingAttribution(text, s, end);
  if (comma > s) {
    out.push({ start: s, end: comma, openAt: start, closeEnd: -1, repairs: NO_REPAIRS });
    return;
  }
  // ("– I understand her completely, says Nyberg. But the hunt is what we can do.": an attribution sentence inside
  // the line, the speech going on after it)
  const mid = midAttribution(text, s, end);
  if (mid) {
    out.push({ start: s, end: mid.comma, openAt: start, closeEnd: -1, repairs: NO_REPAIRS });
    out.push({ start: mid.next, end, openAt: -1, closeEnd: -1, repairs: NO_REPAIRS });
    return;
  }
  // ("– The fence was approved two years ago. What more shall we do?": with no attribution, a line that speaks in
  // the first person or asks is the last speaker going on; a list's item does neither)
  // ("… general secretary, speaking to Akashvani, said: ¶ – Each year the owners cry loss …": a line the paragraph
  // before announced with its closing colon is the words it announced)
  if (speaksInPerson(text, s, end) || announced) out.push({ start: s, end, openAt: start, closeEnd: -1, repairs: NO_REPAIRS });
}

/** Whether paragraph `p` ends on a colon (past trailing spaces). */
function endsOnColon(text: string, p: Paragraph): boolean {
  let e = p.end - 1;
  while (e > p.start && isSpaceAt(text, e)) e--;
  return text[e] === ':';
}

/** Words of a speaker talking about themselves or to the reader. */
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our', 'mine', 'ours', "i'm", 'i’m', "we're", 'we’re']);

function speaksInPerson(text: string, from: number, to: number): boolean {
  if (text.slice(from, to).includes('?')) return true;
  const word = /[\p{L}'’]+/gu;
  word.lastIndex = from;
  for (let m = word.exec(text); m && m.index < to; m = word.exec(text)) if (FIRST_PERSON.has(m[0].toLowerCase())) return true;
  return false;
}

/** Most words of an attribution sentence inside a line of dialogue (", says Nyberg."). */
const MID_ATTRIBUTION_WORDS = 4;

/**
 * ", says Nyberg. But …": the first comma followed by a short clause that opens on a speech verb (or a name and one)
 * and ends the sentence, with more words after it; null when the line has none.
 */
function midAttribution(text: string, from: number, to: number): { comma: number; next: number } | null {
  for (let k = from + 1; k < to; k++) {
    if (text[k] !== ',' || !isSpaceAt(text, k + 1)) continue;
    let stop = k + 1;
    let words = 0;
    for (let inWord = false; stop < to && text[stop] !== '.' && text[stop] !== ',' && words <= MID_ATTRIBUTION_WORDS; stop++) {
      const w = isWordAt(text, stop);
      if (w && !inWord) words++;
      inWord = w;
    }
    if (text[stop] !== '.' || words > MID_ATTRIBUTION_WORDS || !hasSpeechVerb(text, k + 1, stop, 2)) continue;
    let next = stop + 1;
    while (next < to && isSpaceAt(text, next)) next++;
    if (!isUpper(text[next]) || !wordsAtLeast(text, { start: next, end: to, index: 0, boilerplate: false }, MIN_WORDS)) return null;
    return { comma: k, next };
  }
  return null;
}

/** Most words of an attribution set off by dashes inside a marked quotation ("– said the director of the board –"). */
const ASIDE_WORDS = 8;
/** Auxiliaries of a past tense before a verb of speech in such an aside ("– he had said –", "– ha spiegato –"). */
const ASIDE_AUXILIARIES = new Set(['has', 'had', 'have', 'ha', 'hanno', 'aveva', 'avevano', 'había', 'habían', 'tinha', 'tinham', 'avait', 'a']);

/** Up to `n` words in lower case of `text[from, to)`. */
function nextWords(text: string, from: number, to: number, n: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to && out.length < n; ) {
    while (k < to && !isWordAt(text, k)) k++;
    const s = k;
    while (k < to && isWordAt(text, k)) k++;
    if (k > s) out.push(text.slice(s, k).toLowerCase());
  }
  return out;
}

/**
 * „The lake – said the director – will recover": an attribution set off by spaced dashes inside marked words, opening
 * on its speech verb or on "he"/"she" and one ("– he added –"), as translations from languages that write it so keep
 * it. Returns the aside's span, from the first dash to past the second; null when the words hold none. ("We – and I
 * told him so – will not go" opens on no verb: that aside is the speaker's own.)
 */
export function dashedAside(text: string, from: number, to: number): Span | null {
  for (let k = from + 1; k < to; k++) {
    if (!DIALOGUE_DASHES.includes(text[k]!) || !isSpaceAt(text, k - 1) || !isSpaceAt(text, k + 1)) continue;
    let w = k + 1;
    while (w < to && isSpaceAt(text, w)) w++;
    let e = w;
    while (e < to && isWordAt(text, e)) e++;
    const first = text.slice(w, e).toLowerCase();
    let close = e;
    while (close < to && !DIALOGUE_DASHES.includes(text[close]!) && text[close] !== '\n') close++;
    if (close >= to || text[close] === '\n' || !isSpaceAt(text, close - 1)) continue;
    let words = 0;
    for (let i = w; i < close; i++) if (isWordAt(text, i) && !isWordAt(text, i - 1)) words++;
    if (words > ASIDE_WORDS) continue;
    // ("– he added –", "– he had said –", "– ha spiegato –", "– aveva detto –", "— afirmou —": a pronoun, an auxiliary or
    // both before the verb; the verb may be one of the languages the engine reads in their own words, whose subject is
    // dropped)
    // (the English verb first, read with no more words cut out: a megabyte of such asides asks it of every quotation)
    if (isSpeechVerb(first) || ownLanguageSpeechVerb(first)) return { start: k, end: close + 1 };
    const pronounFirst = first === 'he' || first === 'she';
    if (pronounFirst || ASIDE_AUXILIARIES.has(first)) {
      const [second, third] = nextWords(text, e, close, 2);
      const speech = (w: string | undefined) => w !== undefined && (isSpeechVerb(w) || ownLanguageSpeechVerb(w));
      if (speech(second) || (pronounFirst && ASIDE_AUXILIARIES.has(second ?? '') && speech(third))) return { start: k, end: close + 1 };
    }
    k = close - 1;
  }
  return null;
}

/** " —he told Clarín, with the trousers still wet—": a dash after a space and before a word in lower case, to the
 * next dash of the line, holding a speech verb; null when the line has none. ("— We will rebuild, — Ruiz said. —
 * Nobody will be fired.": or before a capital, when a few words to a next dash hold the verb: a name and its verb.) */
function innerAttribution(text: string, from: number, to: number): { start: number; end: number } | null {
  for (let k = from + 1; k < to; k++) {
    if (!DIALOGUE_DASHES.includes(text[k]!) || !isSpaceAt(text, k - 1)) continue;
    let w = k + 1;
    while (w < to && isSpaceAt(text, w)) w++;
    const lower = isLower(text[w]);
    if (!lower && !isUpper(text[w])) continue;
    let close = w;
    while (close < to && !DIALOGUE_DASHES.includes(text[close]!)) close++;
    if (lower && !hasSpeechVerb(text, w, close, DIALOGUE_TAIL_WORDS)) return null;
    if (!lower && (close >= to || !hasSpeechVerb(text, w, close, DIALOGUE_VERB_WORDS) || !wordsAtMost(text, w, close, DIALOGUE_VERB_WORDS))) continue;
    return { start: k, end: Math.min(to, close + 1) };
  }
  return null;
}

/** Whether `text[from, to)` holds at most `n` words. */
function wordsAtMost(text: string, from: number, to: number, n: number): boolean {
  let words = 0;
  for (let i = from; i < to; i++) if (isWordAt(text, i) && !isWordAt(text, i - 1) && ++words > n) return false;
  return true;
}

/**
 * Where the speech ends before ", the minister noted in the programme." closing the line: the offset of the last
 * comma a speech verb follows closely, within the line's last words (", says Per-Olof Nyberg, officer at the board,
 * to TT."), or -1.
 */
function closingAttribution(text: string, from: number, to: number): number {
  for (let k = to - 1, words = 0, inWord = false; k > from; k--) {
    const w = isWordAt(text, k);
    if (w && !inWord) words++;
    inWord = w;
    if (words > DIALOGUE_TAIL_WORDS) return -1;
    if (text[k] === ',' && isSpaceAt(text, k + 1) && (hasSpeechVerb(text, k + 1, to, DIALOGUE_VERB_WORDS) || dashedShare(text, k + 1, to)))
      return sentenceGoesOn(text, k, to) ? -1 : k;
    // ("— And the school? asked a resident.": a question or an exclamation closes the speech itself, and the
    // attribution goes on in lower case after it; the mark stays with the words)
    if ((text[k] === '?' || text[k] === '!') && isSpaceAt(text, k + 1) && isLower(text[k + 2]) && hasSpeechVerb(text, k + 1, to, DIALOGUE_VERB_WORDS))
      return sentenceGoesOn(text, k + 1, to) ? -1 : k + 1;
  }
  return -1;
}

/** Verbs that close a line of dialogue only when a dash sets them off right after its comma. */
const DASHED_ONLY_VERBS = new Set(['shared', 'shares']);

/**
 * "— Last winter we lived in the kitchen, — shared the pensioner …": Russian and Ukrainian news set the attribution
 * off with a dash after the comma, and say the words were "shared"; a verb that elsewhere shares a photo or a view is
 * read as one of speaking only there, as the first word after the dash.
 */
function dashedShare(text: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && isSpaceAt(text, k)) k++;
  if (k >= to || !DIALOGUE_DASHES.includes(text[k]!)) return false;
  k++;
  while (k < to && isSpaceAt(text, k)) k++;
  let e = k;
  while (e < to && isWordAt(text, e)) e++;
  return DASHED_ONLY_VERBS.has(text.slice(k, e));
}

/** Whether a new sentence starts in `text[from, to)` (", says Nyberg. But …"): the attribution then closes no line. */
function sentenceGoesOn(text: string, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (text[k] !== '.' && text[k] !== '!' && text[k] !== '?') continue;
    let n = k + 1;
    while (n < to && isSpaceAt(text, n)) n++;
    if (n > k + 1 && isUpper(text[n])) return true;
  }
  return false;
}

function hasSpeechVerb(text: string, from: number, to: number, words: number): boolean {
  const word = /[\p{L}]+/gu;
  word.lastIndex = from;
  let n = 0;
  for (let m = word.exec(text); m && m.index < to && n < words; m = word.exec(text), n++) if (isSpeechVerb(m[0])) return true;
  return false;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && isSpaceAt(text, to - 1)) to--;
  return to;
}
