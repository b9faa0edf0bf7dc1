/** One-megabyte inputs built to find super-linear paths: each must be extracted in well under a second. */
const MB = 1 << 20;

function repeatTo(unit: string, size = MB): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** The `i`-th of an endless list of capitalised words written in letters only ("Qa", "Qb", … "Qba", …). */
function newName(i: number): string {
  return `Q${i.toString(36).replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]!)}`;
}

/** A megabyte of capitalised words, each one new ("Qa Qb … Qba …"), after a sentence that makes one of them a noun
 * that speaks: a name run that never ends, which no look-up may read again from each of its words. */
function capitalisedWall(size = MB): string {
  const parts: string[] = ['The qa said it.'];
  let length = parts[0]!.length;
  for (let i = 0; length < size; i++) {
    const word = newName(i);
    parts.push(word);
    length += word.length + 1;
  }
  return parts.join(' ').slice(0, size);
}

/** A megabyte of `sentence(name)`, each with a new name: whatever is looked up per speaker must not read the text again. */
function eachNameNew(sentence: (name: string) => string, size = MB): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const part = sentence(newName(i));
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, size);
}

/** Each input is a megabyte of text, or a short text with a megabyte of the page's HTML (read for its head's facts). */
export const ADVERSARIAL_INPUTS: { name: string; text: string; html?: string }[] = [
  { name: 'ten thousand unmatched quote marks', text: repeatTo('word '.repeat(20) + '"') },
  { name: 'only quote marks', text: repeatTo('"“”«»‘’\'') },
  { name: 'no spaces', text: repeatTo('abcdefghij') },
  { name: 'one endless paragraph of sentences', text: repeatTo('He said it was fine, saying that they would go. ') },
  { name: 'deep nesting', text: repeatTo('“‘«„') + repeatTo('”’»“', MB / 4) },
  { name: 'marks alone on lines', text: repeatTo('"\n\n') },
  { name: 'lines of punctuation', text: repeatTo('.\n\n,\n\nword\n\n') },
  { name: 'closing marks at line starts', text: repeatTo('” he said\n\n') },
  { name: 'unclosed tags', text: repeatTo('<a href="x ') },
  { name: 'blank lines', text: repeatTo('\n \n') },
  // no stop ever ends the sentence: every look-up from a sentence's start must be bounded
  { name: 'one endless sentence of quotations', text: repeatTo('the institute said “yes.” ') },
  { name: 'possessive descriptions speaking', text: repeatTo('Clinton’s top aide said “x” ') },
  { name: 'a quotation every four characters', text: repeatTo('“a” ') },
  { name: 'a wall of capitalised words, each one new', text: capitalisedWall() },
  { name: 'dialogue dashes on every line', text: repeatTo('– We go, he says.\n\n') },
  { name: 'attributions between dashes in one line', text: '—A' + repeatTo(' —he said—. B') },
  { name: 'reported clauses joined by "but that"', text: repeatTo('He said that it was fine, but that they would go. ') },
  { name: 'offices set off around names in marks', text: repeatTo('The head of the union «North», Ana Ruiz, said: “x” ') },
  { name: 'attributions between dashes in quotations', text: repeatTo('“We – said the mayor – go” ') },
  // each speaker named by a surname alone, which the quotations might complete: one look-up per article, not per name
  { name: 'speakers by surname alone, each one new', text: eachNameNew((name) => `${name} said “yes.” `) },
  // a press noun the article never named before: the look-back for its earlier name stops within reach
  { name: 'press nouns never named, each speaker new', text: eachNameNew((name) => `Ana ${name} told the agency: “yes.” `) },
  // a surname with a role before it, and a pair a description names: the people who might be meant are looked up by
  // their names' words and the pairs by name, not by reading every entity of the article for each
  { name: 'roles before surnames, each person new', text: eachNameNew((name) => `Ana ${name}, the mayor, spoke. Deputy ${name} said “go.” `) },
  { name: 'pairs named by "the two", each pair new', text: eachNameNew((name) => `Ana ${name} and Ed ${name}b met. The two said “go.” `) },
  // bodies named in marks after their noun, each one new, as sources of "according to" and speakers of clauses: the
  // names in marks are looked up by offset, not read through for each phrase
  { name: 'bodies named in marks, each one new', text: eachNameNew((name) => `According to the company «${name} Energy», the port opens. The association "${name} Sea" said that it was so. `) },
  // an agency named in full, then told by an acronym no body's initials give, and people talked to stations before
  // quotations no cue attributes: each acronym is read against a bounded number of bodies, each speaker's paragraph
  // a bounded number of tokens on
  { name: 'acronyms of agencies named before, each one new', text: eachNameNew((name) => `The Agence ${name} de Presse came. Ana said it, she told A${name.slice(0, 3).toUpperCase()}P. `) },
  { name: 'speakers who talked to stations, each one new', text: eachNameNew((name) => `Ana ${name} talked to Radio ${name} FM. «We stay.» `) },
  // a speaker's label inside a paragraph, each one new, and a quotation's closing mark cut onto a line of its own
  // before each report: where the person was named before is looked for within reach, and the line break only between
  // the mark and the next word
  { name: 'labels of speakers named before, each one new', text: eachNameNew((name) => `Ana ${name} spoke. ${name}: We will go now and see. `) },
  { name: 'closing marks cut before each report', text: eachNameNew((name) => `“We go\n”\nAna ${name} added that the plan works. `) },
  // an interview's questions without marks, each answered in marks on the line under it: the look-back for the line
  // that opens the interview stops within a bounded number of lines and characters
  { name: 'questions and answers, each interview new', text: eachNameNew((name) => `We talked with Ana ${name}.\nIs it so?\n«Yes.»\nAnd then?\n«No.»\n`) },
  { name: 'questions and answers with no opening', text: repeatTo('Is it so?\n«Yes.»\n') },
  // a tag's attribute name that no sign follows: read once, not again from each of its letters
  { name: 'HTML: one meta tag of letters', text: 'Ana Ruiz said “yes.”', html: `<meta ${'a'.repeat(MB)}>` },
];
