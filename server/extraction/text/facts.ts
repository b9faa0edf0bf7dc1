import { FEMALE_NAMES, MALE_NAMES } from '../attribution/lexicon';
import type { ArticleFacts, Paragraph, Span } from '../types';
import { readHtmlFacts } from './html';
import { MONTH_WORDS, WEEKDAY_WORDS } from './calendar-words';
import { isClutterLine, isNavigationItem, isTranslationNotice } from './clutter';
import { MASTHEAD_WORDS, outletDisplayName } from './outlet';
import { signsDateline } from './mastheads';
import { isEnglish } from './language';

export { isTranslationNotice };

/** How far into the article its header lines (title, date, byline) can be. */
const HEADER_PARAGRAPHS = 8;

/**
 * The lines of a paragraph, trimmed, without the empty ones.
 * why: gathered into an array literal, whose arrays V8 lays out alike once it has held a line, kept lines or none; the
 * arrays `filter` returns are laid out one way when empty and another when not, and the compiled readers of both had to
 * be compiled again after meeting the other (same lines either way).
 */
function trimmedLines(l: string): string[] {
  const out: string[] = [];
  for (const x of l.split('\n')) {
    const t = x.trim();
    if (t) out.push(t);
  }
  return out;
}
/**
 * Reads title, date, outlet, author, language and aggregator from the paragraphs. Marks header and footer lines
 * it consumes as boilerplate, so they never yield claims. `language` is the text's own (`detectLanguage`), the fact's
 * value when the HTML names none.
 */
export function readFacts(text: string, paragraphs: Paragraph[], language: string | null, html?: string, labels: Span[] = []): ArticleFacts {
  const line = (p: Paragraph) => text.slice(p.start, p.end).trim();
  const facts: ArticleFacts = { title: null, publishedAt: null, outlet: null, author: null, language: null, translated: false, republishedBy: null };
  const head = paragraphs.slice(0, HEADER_PARAGRAPHS);
  // why: "Harbour Post | World | Economy | Sport": a page opening on its site's menu names itself in the menu's first
  // item; the line is no title, and the name is the outlet whatever a "Source:" line credits (an agency, the writer)
  let siteName = head[0] ? siteMenuName(line(head[0])) : null;
  if (siteName) head[0]!.boilerplate = true;
  // ("Heitelân Nijs / Thús | Nijs | Sport | Kultuer": so does a short name on the page's first line over such a menu)
  else if (head[0]) siteName = nameOverMenu(head, line);

  // An aggregator announces itself near the top ("Now you can see non-English news …"); the short line above
  // that notice is its name.
  const notice = head.findIndex((p) => isTranslationNotice(line(p)));
  let selfTranslated = false;
  if (notice >= 0) {
    facts.translated = true;
    // (a page that opened on its own menu is no aggregator's: its notice translates the page itself)
    // (nor is a short line under the page's first paragraph with the title between it and the notice: "ÉCONOMIE /
    // Pointe-Noire: the dockers … / Publié le … / [Cet article a été traduit …]" is a page's section over its own
    // title, the notice its own)
    const overTitle = (i: number) => i > 0 && i + 1 < notice && titleBetween(line(head[i + 1]!));
    const name = siteName ? null : head.slice(0, notice).find((p, i) => isNameLine(line(p)) && !overTitle(i));
    // (the section's label names no one and is no title: given back in `labels`, as the labels over titles below are)
    for (let i = 0; i < notice; i++) {
      const p = head[i]!;
      if (!p.boilerplate && overTitle(i) && sectionLabel(line(p)) && line(p) === line(p).toUpperCase()) {
        labels.push({ start: p.start, end: p.end });
        p.boilerplate = true;
      }
    }
    if (name) {
      facts.republishedBy = line(name);
      name.boilerplate = true;
    }
    head[notice]!.boilerplate = true;
    selfTranslated = TRANSLATED_FROM.test(line(head[notice]!));
  }
  // why: a date in numbers parted by slashes or dashes is written day first on pages in the languages the rules read
  // other than English, and on the sites whose news aggregators translate (but for the United States, whose pages
  // they do not translate); an English page's "3/4/2024" stays unread
  const dayFirst = (language !== null && !isEnglish(language)) || facts.translated;
  const dateOf = (x: string) => dateOfLine(x, dayFirst);
  // (one reading of a line, each reader asked once: a date line, else a byline, else a date and its writer parted by a
  // bar, else a line that is none of those giving its date as one of its parts: "Redazione | 16 maggio 2025")
  const readLine = (x: string) => {
    const date = dateOf(x);
    if (date) return { date, byline: null, dated: null };
    const byline = readByline(x, dayFirst);
    const dated = byline ? null : datedByline(x, dayFirst);
    return { date: byline || dated ? null : datePart(x, dayFirst), byline, dated };
  };
  // why: "Publié le 18/03/2025 à 14h20 | Par Rodrigue Mavoungou / [Cet article a été traduit automatiquement …]": the
  // page's date and byline may share the notice's paragraph; its other lines are read as a header block's are
  // (and so may the page's source line: "Source : Zou Infos 24 | Publié le 22 mai 2024 à 07h15 | Par Mahugnon Sossa")
  const readMeta = (x: string) => {
    const { date, byline, dated } = readLine(x);
    const signed = byline || dated?.author || x.length > DATED_LINE_MAX || !YEAR.test(x) ? null : signedIn(x);
    if (date && !date.updated) facts.publishedAt ??= date.iso;
    if (byline) facts.author ??= byline.author;
    if (byline?.date) facts.publishedAt ??= byline.date;
    if (dated?.date && !dated.date.updated) facts.publishedAt ??= dated.date.iso;
    if (dated?.author) facts.author ??= dated.author;
    if (signed) {
      facts.author ??= signed;
      const within = dateWithin(x, dayFirst);
      if (within && !within.updated) facts.publishedAt ??= within.iso;
    }
    return !!(date || byline || dated || signed);
  };
  // why: "Asomiya Pratidin / Home | Assam | … / Dibrugarh, 18 October 2024 | Updated: 11:20 AM": and the lines under a
  // site's menu in its paragraph, which may be the page's dateline or byline
  const readUnderMenu = (l: string) => {
    const lines = l.includes('\n') ? trimmedLines(l) : [];
    const menu = lines.findIndex(menuLine);
    if (menu >= 0) for (const x of lines.slice(menu + 1)) readMeta(x);
  };
  // (and a dateline signed by a person that the clutter rules took for a trail of sections: "Samedi 25 octobre 2025 |
  // Kombissiri | Par Boureima Zida")
  for (let h = 0; h < head.length; h++) {
    const l = line(head[h]!);
    if (h === notice) {
      if (l.includes('\n')) for (const x of trimmedLines(l)) if (!isTranslationNotice(x)) readMeta(x);
    } else if (head[h]!.boilerplate && l.includes('\n') && l.length <= HEADER_BLOCK_LINES * 120) {
      readUnderMenu(l);
    } else if (head[h]!.boilerplate && !l.includes('\n') && l.length <= DATED_LINE_MAX && YEAR.test(l) &&
      ((SOURCE_OPENING.test(l) && l.includes(' | ')) || signedIn(l) !== null)) {
      readMeta(l);
    }
  }

  // why: a date written as an update ("Updated March 4, 2024") dates the article only when no other line does
  let updatedAt: string | null = null;
  let bylineOutlet: string | null = null;
  let mastheadName: string | null = null;
  for (let h = 0; h < head.length; h++) {
    const p = head[h]!;
    if (p.boilerplate) continue;
    const l = line(p);
    const masthead: ReturnType<typeof mastheadUnderTitle> = facts.title !== null && mastheadName === null ? mastheadUnderTitle(text, p, l, head[h + 1] ? line(head[h + 1]!) : '', dayFirst) : null;
    if (masthead) {
      mastheadName = masthead.name;
      p.boilerplate = true;
      if (masthead.date?.updated) updatedAt ??= masthead.date.iso;
      else if (masthead.date) facts.publishedAt ??= masthead.date.iso;
      // (a date line of its own after the name is read as any date line is)
      if (!masthead.ownLine) continue;
    }
    // why: "Guinea · Senegal · Mali · Economy · Sport", "ArcticWire ▸ News from the North / Front page · Climate · Sport":
    // a site's menu of sections, on its own or under the site's name, is no title, whatever bars or dots part it
    // ("Barita ni Bona Pasogit | Toba • Samosir • Medan", "ⵔⴰⴷⵢⵓ ⵉⵎⵣⴰⴷ · RADIO IMZAD FM 98.4 · Kidal": nor, above a
    // translation notice, a site's motto or name line parted twice by bars or dots, or its menu spaced out without them)
    // ("Emisora comunitaria y portal de noticias · Uribia", "Aoke, Malaita Province — "Nius blong iumi"": nor the motto
    // between the site's name and its menu)
    const ownLanguage = language !== null && !isEnglish(language);
    // why: "SiciliaCronache.it / Home | Cronaca | Politica / CRONACA GIUDIZIARIA / Appalti truccati …: «…» / di Marta
    // Giambalvo | 12 marzo 2025, 18:42": a page left in its own language may print its name, menu, section, title and
    // byline as the lines of one paragraph; under the menu, the section's label, the title and the byline are read as
    // they are on lines of their own (the paragraph stays site clutter: the title's quotation copies the body's)
    if (facts.title === null && ownLanguage && l.includes('\n')) {
      const under = underMenu(l);
      if (under) {
        const block = under[0] !== undefined && under.length >= 2 && sectionLabel(under[0]) ? under.slice(1) : under;
        for (const x of block) {
          // (a cookie notice or a share line in the block is neither title nor byline)
          if (isClutterLine(x)) continue;
          if (!readMeta(x) && facts.title === null && x.length <= 300) facts.title = x;
        }
        p.boilerplate = true;
        continue;
      }
    }
    // why: "maliweb.net / Accueil | Actualité | Politique | …", "GUATENOTICIAS HOY — las noticias de Guatemala en todos
    // los idiomas / Inicio | Nacionales | …", "THE CORNWALL HERALD / Western Jamaica's Daily Newspaper / News | Parish |
    // …": the site's web address or name, its motto after a dash or on a line of its own, each a paragraph over the
    // site's menu, are no title (which outlet they name is left to the rules for outlets)
    // ("Accueil / Actualités / Politique / …": a menu parted by slashes too)
    const menuAt = (i: number) => {
      const first = head[i] === undefined ? '' : (trimmedLines(line(head[i]!))[0] ?? '');
      return first !== '' && anyMenuLine(first);
    };
    // ("QHA — Qırım Haber Ajansı / Baş saife / Haberler / … / Crimean News Agency QHA, Kyiv / The text was translated …":
    // nor a line between the menu and the notice that repeats a word of the site's name over the menu, its motto)
    if (facts.title === null && h >= 2 && h + 1 === notice && !l.includes('\n') && l.length <= MOTTO_LINE_MAX && menuAt(h - 1) &&
      sharesNameWord(l, line(head[h - 2]!))) {
      p.boilerplate = true;
      continue;
    }
    if (facts.title === null && h <= 1 && !l.includes('\n') && siteNameLine(l) && (menuAt(h + 1) || (h === 0 && menuAt(h + 2) && siteNameLine(line(head[1]!))))) {
      p.boilerplate = true;
      continue;
    }
    // why: "JUSTIÇA / Ex-autarca de Amarante nega …": or the section's label in capitals as a paragraph of its own over
    // the title's; it names no one and is no title
    if (facts.title === null && ownLanguage && !l.includes('\n') && sectionLabel(l) && (l === l.toUpperCase() || !/\s/.test(l)) &&
      head[h + 1] !== undefined && line(head[h + 1]!).length > 2 * l.length && !dateOf(line(head[h + 1]!)) && !readByline(line(head[h + 1]!))) {
      labels.push({ start: p.start, end: p.end });
      p.boilerplate = true;
      continue;
    }
    if (facts.title === null && l.length <= HEADER_BLOCK_LINES * 120 && (trimmedLines(l).some(menuLine) ||
      (h < notice && !l.includes('\n') && (mastheadLine(l) || (h > 0 && head[h + 1] !== undefined && h + 1 < notice && trimmedLines(line(head[h + 1]!)).some(menuLine)))))) {
      readUnderMenu(l);
      p.boilerplate = true;
      continue;
    }
    // why: "Labé, Thursday 6 March 2025 | Alpha Oumar Baldé", "3. novembari 2025, 14:22 | Editorial desk": a date and the
    // writer (or the desk) on one line, parted by a bar, is no title; the date is read when it is one the rules read
    const dated = l.includes('\n') ? null : datedByline(l, dayFirst);
    if (dated) {
      if (dated.date) facts.publishedAt ??= dated.date.iso;
      facts.author ??= dated.author ?? signedIn(l);
      p.boilerplate = true;
      continue;
    }
    // why: "Justice / Fraude aux aides agricoles : « … », jure …", "Fútbol | Segunda División / Tres Cruces volvió a
    // Primera …": a page may print its section's name on the line above the title, in one paragraph; the label is no
    // title, and the line under it is (read on a page left in a language other than English: on the English pages
    // of translations, whose heads the rules above were written for, it cost a blind translated set a speaker)
    const labelled = facts.title === null && l.includes('\n') ? trimmedLines(l) : null;
    if (ownLanguage && labelled && labelled.length === 2 && sectionLabel(labelled[0]!) && labelled[1]!.length <= 300 && !dateOf(labelled[1]!) && !readByline(labelled[1]!)) {
      facts.title = labelled[1]!;
      // (the label names no one: "Justice" over the title is no speaker of its quotation; given back in `labels`)
      const at = text.indexOf(labelled[0]!, p.start);
      if (at >= 0) labels.push({ start: at, end: at + labelled[0]!.length });
      continue;
    }
    // why: a header block may put title, byline and date on lines of one paragraph ("Port strike ends\nBy Ana Ruiz\n
    // March 3, 2024"); its lines are read one by one when all but one of them (the title) are a date or a byline
    const lines = l.includes('\n') ? headerLines(l, dayFirst) : null;
    if (lines) {
      let title: string | null = null;
      for (const x of lines) {
        const { date, byline } = readLine(x);
        // ("Cairo, Tuesday 16 July 2024 / Source: Al-Ahram Gate / Written by: …": the aggregator's source line in the block)
        const source = date || byline ? null : SOURCE_LINE.exec(x);
        if (source) facts.outlet ??= outletOfHandle(text, source[1]!);
        else if (date) {
          if (date.updated) updatedAt ??= date.iso;
          else facts.publishedAt ??= date.iso;
          facts.author ??= signedIn(x);
        } else if (byline) {
          facts.author ??= byline.author;
          bylineOutlet ??= byline.outlet;
          if (byline.date) facts.publishedAt ??= byline.date;
        } else if (!(YEAR.test(x) && signedIn(x) !== null && readMeta(x))) title = x;
      }
      if (title === null) p.boilerplate = true;
      else facts.title ??= title;
      continue;
    }
    // why: "Forni Avoltri, the school of the village closes? The parents: „…“ / The Region has communicated that …": a
    // title run into its standfirst by a line break, the first line short and ending as a title does (no stop), the
    // second opening a sentence of its own
    if (facts.title === null && h > 0 && l.includes('\n')) {
      const [first, second] = trimmedLines(l);
      if (first !== undefined && second !== undefined && first.length <= TITLE_LINE_MAX && second.length > first.length &&
        !/[.,;:]$/.test(first) && /^\p{Lu}/u.test(second) && !dateOf(first) && !readByline(first) && !isClutterLine(first)) {
        facts.title = first;
        continue;
      }
    }
    // why: "Title / Tuesday, 14 of May of 2024 - 07:35 a. m. / Source: eltiempo.com": a header block whose date line no
    // rule reads still names its source on a line of its own
    // (and its first line is the title: "Flood Submerges 12 Villages … / Kompas.com - 03/02/2025, 14:25 WIB / Source: …")
    if (l.includes('\n') && l.length <= HEADER_BLOCK_LINES * 120) {
      const lines = trimmedLines(l);
      const source = lines.length <= HEADER_BLOCK_LINES ? lines.findIndex((x) => SOURCE_LINE.test(x)) : -1;
      if (source > 0) {
        facts.outlet ??= outletOfHandle(text, SOURCE_LINE.exec(lines[source]!)![1]!);
        // ("TNTV Tahiti Nui Télévision / Accueil / Actualités / … / Source : TNTV": not over a menu, where it is the site's name)
        const menu = lines.slice(1, source).some(anyMenuLine);
        if (!facts.title && !menu && !dateOf(lines[0]!) && !readByline(lines[0]!)) facts.title = lines[0]!;
        // (and the block's date, wherever it stands on its line: "Kompas.com - 03/02/2025, 14:25 WIB")
        for (const x of lines.slice(1, source)) {
          const date = dateWithin(x, dayFirst);
          if (date && !date.updated) facts.publishedAt ??= date.iso;
        }
      }
    }
    // (a paragraph's date given as one of its parts is read under the title only: above it, "12 March 2024 – Council
    // votes on the budget" is the title; `datedByline` was asked of the paragraph above)
    const oneLine = !l.includes('\n');
    const lineDate = oneLine ? dateOf(l) : null;
    const byline = oneLine && !lineDate ? readByline(l, dayFirst) : null;
    const date = lineDate ?? (oneLine && !byline && facts.title !== null ? datePart(l, dayFirst) : null);
    // why: "Kidal, le 03/06/2025 à 17h15 — Rédaction / A. Ag Hamid", "Xtz'iib'anb'il xb'aan: Abelino Tut Maquín —
    // 22/03/2025 — Cobán, A.V.": a short line holding a date in figures among parts set off by dashes, slashes or bars
    // is the page's dateline and byline, whatever language its words are in; no title
    // ("MORONI — Alhamisi, 8 mai 2025 | Par Said Mgomri | Mis à jour 11h02", "Redacción Süchiki Wajiira | Uribia, 3 kashi
    // mayo 2024 | 7:15 a. m.": or a year among three parts or more set off by bars or middle dots, in any language)
    // (the latter wherever it stands in the page's head: it is never a sentence of the article)
    // why: "Bastia, 22 di ferraghju 2024", "Sabide 9 di Març 2024": a line that is only a place, a day, a month in a
    // language the rules cannot read and a year is the page's date line all the same: no title, and no date made up
    if (!date && !byline && facts.title === null && l.length <= DATE_LINE_MAX && !l.includes('\n') && UNREAD_DATE_LINE.test(l)) {
      p.boilerplate = true;
      continue;
    }
    if (!date && !byline && l.length <= DATED_LINE_MAX && !l.includes('\n') &&
      ((facts.title === null && NUMERIC_DATE.test(l) && DATED_PARTS.test(l)) || (YEAR.test(l) && (l.match(BAR_PARTS)?.length ?? 0) >= 2) ||
        // ("Tuesday, 14 ʻOkatopa 2025 — by Sione Fifita, Vavaʻu": or a year and a part signed by a person)
        (YEAR.test(l) && DATED_PARTS.test(l) && signedIn(l) !== null))) {
      // (its date read wherever it stands: "By Okot Jimmy Lagara | 14 March 2024, 6:42 pm | Gulu City")
      const within = dateWithin(l, dayFirst);
      if (within?.updated) updatedAt ??= within.iso;
      else if (within) facts.publishedAt ??= within.iso;
      facts.author ??= signedIn(l);
      p.boilerplate = true;
      continue;
    }
    if (date) {
      if (date.updated) updatedAt ??= date.iso;
      else facts.publishedAt ??= date.iso;
      // (with the writer, when a part of it is signed: "Tuesday, 14 March 2024 | By Ana Ruiz, Port City")
      facts.author ??= signedIn(l);
      p.boilerplate = true; // a date line alone is metadata, not prose
    } else if (!facts.author && byline) {
      facts.author = byline.author;
      bylineOutlet ??= byline.outlet;
      if (byline.date) facts.publishedAt ??= byline.date;
      p.boilerplate = true;
    } else if (!facts.title && l.length <= 300 && !l.includes('\n')) {
      // why: "World Digest / Dockworkers extend strike for a third week / 2023-03-14": over a title and its date, a short
      // name line opening the page is the site's name, not the title
      const next = head[h + 1];
      const dated = head[h + 2];
      if (h === 0 && isNameLine(l) && next && dated && !next.boilerplate && dateOf(line(dated)) !== null && line(next).length > l.length &&
        !dateOf(line(next)) && !readByline(line(next))) {
        p.boilerplate = true;
        continue;
      }
      facts.title = titleAcrossBreaks(l, head.slice(h + 1).map(line));
    }
  }

  // why: "… will join the strike. (PAP) / Author: Anna Wieczorek": wire copy may sign at its foot, with the writer's
  // label (a line opening on "By" there may be a sentence's, and is left alone); the agency's brackets after the name go
  if (facts.author === null) {
    for (const p of paragraphs.slice(Math.max(1, paragraphs.length - FOOTER_PARAGRAPHS))) {
      const l = line(p);
      if (l.includes('\n') || l.length > FOOTER_BYLINE_MAX || !BYLINE_LABEL.test(l)) continue;
      const byline = readByline(l.replace(/\s*\([^()]*\)$/, ''), dayFirst);
      if (!byline?.author) continue;
      facts.author = byline.author;
      p.boilerplate = true;
      break;
    }
  }

  for (const p of paragraphs) {
    const l = line(p);
    if (!p.boilerplate) continue;
    const lower = l.toLowerCase();
    // "Source: lecourant" names the outlet the aggregator took the article from (also after a bar in a footer line,
    // "© Africa Translated 2024 | Source: taifaleo", and up to a bar after it, "Source: denik.cz | 15. 4. 2024 17:32")
    if (!facts.outlet && lower.includes('source')) {
      const handle = SOURCE_IN_LINE.exec(l)?.[1];
      if (handle) facts.outlet = outletOfHandle(text, handle);
    }
    // A listing line such as "All news articles on 2023-03-14" dates the article when its header did not.
    if (!facts.publishedAt && lower.startsWith('all news articles on')) facts.publishedAt = isoDateAt(l);
  }

  facts.publishedAt ??= updatedAt;
  // why: "By Ana Ruiz, City Post": the outlet the byline names publishes the article, unless an aggregator said whose
  // it is ("Source: …")
  // why: "Kigali Today / Published on …" under the title: the page's own masthead, when no source line names another
  if (siteName) facts.outlet = siteName;
  facts.outlet ??= mastheadName;
  facts.outlet ??= bylineOutlet;
  // why: "© Sportski žurnal" under an aggregator's copy: the rights holder a republished article names, when it is not
  // the aggregator itself, is the paper it came from
  // ("© 2025 Vanua Nius Online. All rights reserved.": with no outlet named anywhere else, the page's rights holder is it)
  if (!facts.outlet) facts.outlet = copyrightHolder(text, paragraphs, facts.republishedBy);
  // why: "QHA — Qırım Haber Ajansı / … / The text was translated from the Crimean Tatar language … / © QHA, 2025": a
  // page whose rights holder is the name over its translation notice, with no source line naming another, is that
  // outlet's own page, translated by itself
  // (only under a notice that names the language the text came from, "translated from …": an aggregator's notice offers
  // foreign news, "Now you can read foreign news in English", and its own rights line names no outlet)
  if (!facts.outlet && facts.republishedBy !== null && selfTranslated) facts.outlet = copyrightHolder(text, paragraphs, null, facts.republishedBy);
  // why: "Panay Balita Online / Puloy-an / Balita / Politika / … / Source: @panaybalita_iloilo": a page opening on its
  // name over a menu whose sections no list knows (slashes, the page's own language) is that site's, when its source
  // line is the site's own handle (the two open on the same letters) or no source line names another, and no notice
  // says an aggregator offers the article ("Now you can see non-English news…")
  const pageName = siteName ? null : pageNameOverMenu(head, line);
  if (pageName !== null) {
    const handle = sourceHandle(head, line);
    const own = handle !== null && foldedLetters(bareHandle(handle)).slice(0, SHARED_HANDLE_LETTERS) === foldedLetters(pageName).slice(0, SHARED_HANDLE_LETTERS);
    if (own || (handle === null && facts.outlet === null && (!facts.translated || selfTranslated || facts.republishedBy === null))) facts.outlet = pageName;
  }
  // why: wire copy opens on a dateline naming its agency ("WASHINGTON (AP) —", "BERLIN (Reuters) -"); with no outlet
  // named otherwise, that agency is where the article comes from
  // (and the dateline's date, with its year, is the article's when no line of the page's head gives one: "Łódź,
  // 17.09.2025 (PAP) –", "Innertkirchen BE, 18 July 2024 (Keystone-SDA) –")
  for (const p of facts.outlet && facts.publishedAt ? [] : paragraphs.slice(0, DATELINE_PARAGRAPHS)) {
    if (p.boilerplate) continue;
    const head = text.slice(p.start, Math.min(p.end, p.start + 120));
    const dateline = DATELINE.exec(head) ?? TITLE_CASE_DATELINE.exec(head) ?? AGENCY_FIRST_DATELINE.exec(head);
    if (!dateline) continue;
    const date = facts.publishedAt ? null : dateWithin(dateline[0], dayFirst);
    if (date && !date.updated) facts.publishedAt = date.iso;
    // (the brackets may hold the place's province instead: "VALDOBBIADENE (Treviso) –" names no outlet)
    if (signsDateline(dateline[1]!)) {
      facts.outlet ??= dateline[1]!.trim();
      break;
    }
  }

  const fromHtml = html ? readHtmlFacts(html) : null;
  if (fromHtml) {
    facts.title = fromHtml.title ?? facts.title;
    facts.publishedAt = fromHtml.publishedAt ?? facts.publishedAt;
    facts.outlet = fromHtml.outlet ?? facts.outlet;
    facts.author = fromHtml.author ?? facts.author;
  }
  facts.language = fromHtml?.language ?? language;
  return facts;
}

/**
 * A dateline: a place in capitals, perhaps its state or country and the day ("NEW YORK, Nov. 19", "LYON, France,
 * 3 March 2024"), the agency in parentheses, then a dash (after a stop too: "SEVILLA, 16 Sep. (EFE).-").
 */
const DATELINE =
  /^[A-Z][A-Z.'’\- ]{1,40}(?:,[A-Za-z.' ]{1,30})?(?:,\s?(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8}\.?)(?:,?\s\d{4})?)?\s\(([A-Z][A-Za-z&.\- ]{0,38}[A-Za-z.])\)\.?\s*[—–-]/;
/** The agency first, then the place in capitals: "(ANSA) - NAPLES, 21 MAY -". */
const AGENCY_FIRST_DATELINE = /^\((\p{Lu}[\p{L}&.\- ]{0,38}[\p{L}.])\)\s*[—–-]\s*\p{Lu}[\p{Lu}'’. -]{1,40},/u;
/**
 * The same in title case, as wire copy translated from other languages writes it: "Białystok (PAP), 24.06.2025 –",
 * "Innertkirchen BE, 18 July 2024 (Keystone-SDA) –", "Chitwan, Saun 14 (RSS):": capitalised words, numbers and
 * commas (a date in numbers among them: "Łódź, 17.09.2025 (PAP) –"), the agency in brackets, then a dash or a colon
 * (after a date, if one follows the brackets).
 */
const TITLE_CASE_DATELINE =
  /^\p{Lu}[\p{L}.'’-]{1,30}(?:,? (?:\p{Lu}[\p{L}.'’-]{0,30}|\d{1,4}(?:[./]\d{1,2}[./]\d{2,4})?))*,? \((\p{Lu}[\p{L}&.\- ]{0,38}[\p{L}.])\)(?:\s*[—–:-]|,\s*[\d./]{6,10}\s*[—–-])/u;
/** How far into the article a dateline is looked for. */
const DATELINE_PARAGRAPHS = 8;

/** How many lines after a title line with an open quotation may finish it, and how long each may be. */
const TITLE_CONTINUATION_LINES = 3;
const TITLE_CONTINUATION_CHARS = 120;

/**
 * A title whose quotation a scraper broke onto lines of their own ('Ruiz declares "' / 'victory,' / '" ignores the
 * count.') is the lines up to the one that closes it, joined as one line; a title whose marks balance, or whose
 * quotation no short line closes, is its own line. Marks are paired by glyph first, then, as scrapers swap them
 * ('Ruiz: "' / 'No Deal' / '“ On Tolls'), by count; a mark left over at the end ('… for Tolls,” ”') is dropped.
 */
export function titleAcrossBreaks(first: string, next: string[]): string {
  if (!opensQuotation(first, false)) return stripStrayMark(first);
  return joinedTitle(first, next, false) ?? joinedTitle(first, next, true) ?? first;
}

/** The title line joined with the lines that close its quotation, or null when no short line does. */
function joinedTitle(first: string, next: string[], anyGlyph: boolean): string | null {
  if (!opensQuotation(first, anyGlyph)) return null;
  const pieces = [first];
  for (const l of next.slice(0, TITLE_CONTINUATION_LINES)) {
    if (!l || l.length > TITLE_CONTINUATION_CHARS) return null;
    // why: a title is one line; a line break inside a piece the scraper left is a space
    pieces.push(l.replace(/[ \t]*\n[ \t]*/g, ' '));
    const joined = stripStrayMark(joinPieces(pieces, anyGlyph));
    if (!opensQuotation(joined, anyGlyph)) return joined.length <= 300 ? joined : null;
  }
  return null;
}

/** A title ending on a closing mark set off by a space that closes nothing ('… for Tolls,” ”'), without that mark. */
function stripStrayMark(l: string): string {
  const last = l.at(-1);
  if ((last !== '”' && last !== '"' && last !== '»') || l.at(-2) !== ' ') return l;
  const without = l.slice(0, -2).trimEnd();
  return (opensQuotation(l, false) || overClosed(l)) && !opensQuotation(without, false) && !overClosed(without) ? without : l;
}

/** Whether a line closes more curly quotations or guillemets than it opens. */
function overClosed(l: string): boolean {
  let curly = 0;
  let guillemets = 0;
  for (const c of l) {
    if (c === '“') curly++;
    else if (c === '”') curly--;
    else if (c === '«') guillemets++;
    else if (c === '»') guillemets--;
  }
  return curly < 0 || guillemets < 0;
}

/**
 * Whether a line leaves a quotation open: an odd number of straight marks, or more opening than closing curly ones;
 * with `anyGlyph`, an odd number of double marks of any glyph.
 */
function opensQuotation(l: string, anyGlyph: boolean): boolean {
  let straight = 0;
  let curly = 0;
  let guillemets = 0;
  let all = 0;
  for (const c of l) {
    if (c === '"') straight++;
    else if (c === '“') curly++;
    else if (c === '”') curly--;
    else if (c === '«') guillemets++;
    else if (c === '»') guillemets--;
    else continue;
    all++;
  }
  if (anyGlyph) return all % 2 === 1;
  return straight % 2 === 1 || curly > 0 || guillemets > 0;
}

const DOUBLE_MARKS = '"“”«»';

/** Lines joined by a space, except right inside quotation marks ('declares "' + 'victory,' → 'declares "victory,'). */
function joinPieces(pieces: string[], anyGlyph: boolean): string {
  let out = pieces[0]!;
  let open = false;
  const toggles = (c: string) => (anyGlyph ? DOUBLE_MARKS.includes(c) : c === '"');
  for (const c of out) if (toggles(c)) open = !open;
  for (const piece of pieces.slice(1)) {
    const last = out.at(-1)!;
    const afterOpening = (toggles(last) && open) || last === '“' || last === '«';
    const closing = (toggles(piece[0]!) && open) || piece[0] === '”' || piece[0] === '»';
    out += afterOpening || closing ? piece : ` ${piece}`;
    for (const c of piece) if (toggles(c)) open = !open;
  }
  return out;
}

/**
 * Words that name a broadcaster or a site beside the masthead words ("Radio Ozodi", "Coast Channel"), and the words
 * for newspaper, daily or news that papers keep untranslated in their names ("Niigata Nippo", "Chosun Ilbo",
 * "Gazeta Lubuska", "Diario Sur", "Samachar Bharati").
 */
const STATION_WORDS = ['radio', 'tv', 'television', 'channel', 'agency', 'portal', 'shimbun', 'nippo', 'ilbo', 'gazeta', 'diario',
  'diário', 'noticias', 'notícias', 'novosti', 'vesti', 'haber', 'akhbar', 'samachar', 'khabar', 'nachrichten', 'nieuws', 'notizie',
  'jornal', 'giornale', 'dagblad', 'dnevnik', 'denik', 'deník'];

/** How many words an outlet's name under the title may have. */
const MASTHEAD_LINE_WORDS = 4;

/**
 * The outlet's name printed under the title: on a line above the date ("Kigali Today / Published on 12-03-2024",
 * "Radio Ozodi / Dushanbe, 28.04.2025"), before the date on one line ("Harbour Daily  2024/11/20 05:00"), or before a
 * bar and the place it files from ("Coast News | Mombasa / Published: …"). Read as the outlet only when it reads as
 * one: a masthead or station word in it ("Today", "News", "Radio"), one word run together ("Turkmenportal"), or the
 * same name written again in the article ("… Kigali Today found"). A name opening on a given name is a person's, the
 * author's, and a line of capitals and a comma is a dateline's place.
 */
function mastheadUnderTitle(text: string, p: Paragraph, l: string, next: string, dayFirst: boolean): { name: string; ownLine: boolean; date: { iso: string; updated: boolean } | null } | null {
  if (l.length > 200) return null;
  const lines = trimmedLines(l);
  if (lines.length > 2) return null;
  let name: string;
  let rest: string;
  // (a paragraph may hold the name and the date line, or the name alone with the date line the next paragraph)
  const cut = lines.length === 1 ? /\s{2,}|\s[|·•]\s/.exec(lines[0]!) : null;
  const dateAfter = cut !== null && /\d/.test(lines[0]!.slice(cut.index));
  if (lines.length === 2) [name, rest] = [lines[0]!, lines[1]!];
  else if (dateAfter) [name, rest] = [lines[0]!.slice(0, cut!.index), lines[0]!.slice(cut!.index + cut![0].length).trim()];
  else [name, rest] = [lines[0] ?? '', next.includes('\n') ? '' : next.trim()];
  // ("Coast News | Mombasa": the place the outlet files from, after a bar, is no part of its name)
  const bar = dateAfter ? null : /\s[|·•]\s/.exec(name);
  if (bar) name = name.slice(0, bar.index);
  name = name.trim();
  const date = dateLine(rest, dayFirst) ?? dateLeadLine(rest, dayFirst);
  // (a labelled date the reader cannot settle, "Published on 12-03-2024", is still the date line)
  if (!date && !(DATE_LABEL.test(rest) && /\d/.test(rest) && rest.length <= DATE_LINE_MAX)) return null;
  if (!isNameLine(name) || name.includes('|')) return null;
  const words = name.split(/\s+/);
  if (words.length > MASTHEAD_LINE_WORDS || !words.every((w) => /^[\p{Lu}\d]/u.test(w))) return null;
  const first = words[0]!.toLowerCase();
  if (FEMALE_NAMES.has(first) || MALE_NAMES.has(first) || /^by$/i.test(first)) return null;
  const station = words.some((w) => MASTHEAD_WORDS.includes(w.toLowerCase()) || STATION_WORDS.includes(w.toLowerCase()));
  const runTogether = words.length === 1 && name.length >= 6 && /\p{Ll}/u.test(name);
  const again = text.indexOf(name, p.end) >= 0 || text.lastIndexOf(name, p.start - 1) >= 0;
  if (!station && !runTogether && !again) return null;
  const ownLine = lines.length === 1 && !dateAfter;
  return { name, ownLine, date: ownLine ? null : date };
}

/** Fewest sections a site menu lists after the site's name, and most words of one item. */
const MENU_MIN_SECTIONS = 3;
const MENU_ITEM_WORDS = 3;

/**
 * The site's name a menu line opens on: "Harbour Post | World | Economy | Sport", or the name set off by a wider
 * space ("HARBOURPOST.com   World | Economy | Sport"), then short items parted by bars, none with a sentence's
 * punctuation. The name is shown as the site writes it ("mbl.is" is how that site names itself, whatever paper runs it).
 */
function siteMenuName(l: string): string | null {
  if (l.length > 200 || l.includes('\n')) return null;
  const items = l.split(/\s+\|\s+/);
  const first = /^(\S.*?)\s{2,}(\S.*)$/.exec(items[0]!);
  const name = (first ? first[1]! : items[0]!).trim();
  const sections = first ? [first[2]!, ...items.slice(1)] : items.slice(1);
  // (a trail opening on "Home" or "Menu" is the site's navigation, which names no site)
  if (sections.length < MENU_MIN_SECTIONS || isNavigationItem(name)) return null;
  for (const item of [name, ...sections]) {
    const words = item.trim().split(/\s+/);
    if (!words[0] || words.length > MENU_ITEM_WORDS || /[,;:!?"“”«»()]/.test(item) || !/^[\p{L}\d]/u.test(item.trim())) return null;
  }
  return name;
}

/** A site's name, web address or motto on a line of its own: a short name line, or a name and its motto after a spaced
 * dash ("GUATENOTICIAS HOY — las noticias de Guatemala en todos los idiomas"). */
function siteNameLine(l: string): boolean {
  if (l.length > 120) return false;
  if (WEB_ADDRESS.test(l)) return true;
  if (/["“”«»„]/.test(l)) return false;
  const name = l.split(/\s[—–-]\s/)[0]!.trim();
  return isNameLine(name) && name.split(/\s+/).length <= SITE_NAME_WORDS;
}

/** A date line in a month's name no rule reads: up to two places, a weekday, the day, the month's word (after "di",
 * "de", "d'" or "of") and a year of this century or the last, and nothing else. */
const UNREAD_DATE_LINE = /^(?:\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,3}, ){0,2}(?:[\p{L}'’-]+,? )?\d{1,2}\.?,? (?:(?:di|de|d'|d’|of|el|li)\s?)?[\p{L}'’.-]{3,},? (?:(?:de|di)\s)?(?:19|20)\d{2}$/u;

/** Longest first line of a paragraph read as a title run into its standfirst. */
const TITLE_LINE_MAX = 200;

/** A site's web address standing for its name ("maliweb.net", "NorteNews.ph"). */
const WEB_ADDRESS = /^[\p{L}\d-]+(?:\.[a-z]{2,6}){1,2}$/u;

/** Most words of a site's name on a line of its own over its menu. */
const SITE_NAME_WORDS = 5;

/**
 * The site's name on the page's first line when the next line is its menu of sections ("VANUA NIUS ONLINE / Hom | Nius |
 * Politik | Bisnis"), in one paragraph or two; the lines are marked as boilerplate when they make a paragraph of their
 * own. Null otherwise.
 */
function nameOverMenu(head: Paragraph[], line: (p: Paragraph) => string): string | null {
  const first = line(head[0]!);
  const lines = first.length <= HEADER_BLOCK_LINES * 120 ? trimmedLines(first) : [];
  const name = lines[0];
  const menu = lines.length > 1 ? lines[1] : head[1] ? trimmedLines(line(head[1]))[0] : undefined;
  if (name === undefined || menu === undefined || !isNameLine(name) || name.split(/\s+/).length > SITE_NAME_WORDS || isNavigationItem(name)) return null;
  if (!/^[\p{L}\d]/u.test(name) || !menuLine(menu)) return null;
  if (lines.length <= HEADER_BLOCK_LINES && lines.every((x) => x.length <= 120)) head[0]!.boilerplate = true;
  if (lines.length === 1 && head[1] && trimmedLines(line(head[1])).length === 1) head[1].boilerplate = true;
  return name;
}

/** A line of a site's menu: sections of a few words each, set off by bars or dots ("Home | News | Politics | Sport",
 * "Front page · Climate · Sport · Culture"; a dot between spaces, not Catalan's "l·l"). */
/** A date in figures, day or month first ("03/06/2025", "22.03.2025", "15. 4. 2024", "14.IV.2025"). */
const NUMERIC_DATE = /(?:^|[^\d/.])\d{1,2}(?:[./-]\d{1,2}[./-]|\.\s\d{1,2}\.\s|\.\s?[IVX]{1,4}\.\s?)(?:19|20)\d{2}(?![\d/.])/;
/** A year of this century or the last. */
const YEAR = /(?:^|\D)(?:19|20)\d{2}(?!\d)/;
/** Separators of a dateline's parts: a bar (or two, or a full-width one), a middle dot, a bullet, spaced. */
const BAR_PARTS = /\s(?:\|\|?|｜|·|•)\s/g;
/** Parts of a line set off by a spaced dash, slash or bar. */
const DATED_PARTS = /\s[—–/|｜]\s/;
/** Longest such dateline. */
const DATED_LINE_MAX = 160;

/** A header line parted by two or more bars or middle dots, or of four or more short items set apart by runs of spaces. */
function mastheadLine(l: string): boolean {
  if (l.length > 200) return false;
  if ((l.match(BAR_PARTS)?.length ?? 0) >= 2) return true;
  const items = l.trim().split(/\s{3,}/);
  return items.length >= MENU_MIN_SECTIONS + 1 && items.every((item) => item.split(/\s+/).length <= MENU_ITEM_WORDS && !/[,;:!?.]/.test(item));
}

function menuLine(l: string): boolean {
  // ("Inicio   Región   País   Economía   Deportes": or capitalised items spaced out by runs of spaces, as a scraper
  // leaves a menu whose separators were images; an item in a script without capitals, "ଓଡ଼ିଆ", opens on any letter)
  const spaced = l.includes('  ') && !/[|·•]/.test(l) ? l.trim().split(/\s{2,}/) : null;
  if (spaced && spaced.length >= MENU_MIN_SECTIONS + 1 && l.length <= 200 && spaced.every((item) => /^[\p{Lu}\p{Lo}]/u.test(item) && item.split(/\s+/).length <= MENU_ITEM_WORDS))
    return true;
  const items = l.split(/\||\s[·•]\s/);
  if (items.length < MENU_MIN_SECTIONS + 1 || l.length > 200) return false;
  // ("Inicio | Noticias | Rancherías | Cultura wayuu | Salud | Deportes | Opinión | 🔴 En vivo 95.3 FM", "Accueil /
  // Actualités / … / Te ve'a reo Tahiti / Replay": one item, the station's live stream or a section in the island's
  // language, may run longer among many short sections; a long first one is the site's motto)
  let long = 0;
  for (let i = 0; i < items.length; i++) {
    const words = items[i]!.trim().split(/\s+/);
    if (!words[0] || words.length > 2 * MENU_ITEM_WORDS || /[,;:!?"“”«»()]/.test(items[i]!)) return false;
    if (words.length > MENU_ITEM_WORDS && (i === 0 || ++long > 1 || items.length < MENU_LONG_ITEM_SECTIONS)) return false;
  }
  return true;
}

/** A menu line parted by bars or dots, or by spaced slashes ("Accueil / Actualités / Politique / …"). */
const anyMenuLine = (l: string): boolean => menuLine(l) || menuLine(l.replace(/\s\/\s/g, ' | '));

/** Fewest items of a menu with one item longer than a section's name. */
const MENU_LONG_ITEM_SECTIONS = 6;

/** "By" in languages whose papers sign so after a date ("· Ni Jun Mabanag", Tagalog and Cebuano; "· Oleh …", Malay). */
const BY_WORDS = new Set(['by', 'ni', 'por', 'par', 'von', 'oleh', 'door', 'av', 'af']);
/** Most words of the writer's name, or of the desk, after a date and a bar. */
const DATED_BYLINE_WORDS = 4;
/** A day and a year, in any language's month ("3. novembari 2025", "Thursday 6 March 2025", "12/03/2025"). */
const DAY_AND_YEAR = /(?:^|\D)\d{1,2}\b.*\b(?:19|20)\d{2}\b/;

/**
 * A line of a date and the writer or the desk parted by a bar ("Labé, Thursday 6 March 2025 | Alpha Oumar Baldé",
 * "3. novembari 2025, 14:22 | Editorial desk"): the date as `dateLine` reads it (null when it reads none: a month of a
 * language it does not know), and the writer when the part after the bar is a name in capitalised words; null when the
 * line is no such thing.
 */
function datedByline(l: string, dayFirst: boolean): { date: ReturnType<typeof dateLine>; author: string | null } | null {
  const bar = l.indexOf(' | ');
  // ("Lunes, Marso 10, 2025 · 9:15 PM · Ni Jun Mabanag": or middle dots, the writer's part the last, after the
  // language's word for "by")
  const dot = bar < 0 ? l.lastIndexOf(' · ') : -1;
  const at = bar >= 0 ? bar : dot;
  if (at < 0 || l.length > DATE_LINE_MAX + 60 || (bar >= 0 && l.indexOf(' | ', bar + 3) >= 0)) return null;
  const day = l.slice(0, at).trim();
  const signed = l.slice(at + 3).trim();
  const by = dot >= 0 ? /^(\p{L}+)\s+(?=\p{Lu})/u.exec(signed) : null;
  const who = by && BY_WORDS.has(by[1]!.toLowerCase()) ? signed.slice(by[0].length) : signed;
  const words = who.split(/\s+/);
  // (a name or a desk has no digits: "Tahsas 3, 2017 E.C. | 12 December 2024" is a date in two calendars)
  if (!DAY_AND_YEAR.test(day) || day.length > DATE_LINE_MAX || !who || words.length > DATED_BYLINE_WORDS || !isNameLine(who) || /\d/.test(who)) return null;
  const byline = readByline(who);
  const named = words.every((w) => /^\p{Lu}/u.test(w)) && !words.some((w) => BYLINE_ROLES.has(w.toLowerCase()));
  return { date: dateLine(day, dayFirst) ?? dateWithin(day, dayFirst), author: byline ? byline.author : named ? who : null };
}

/** The lines of a paragraph of header lines (each short, at most a few), trimmed, or null when it is no such block. */
function headerLines(l: string, dayFirst: boolean): string[] | null {
  // why: a long paragraph is prose, and is not cut into lines to find that out
  if (l.length > HEADER_BLOCK_LINES * 120) return null;
  const lines = trimmedLines(l);
  if (lines.length < 2 || lines.length > HEADER_BLOCK_LINES) return null;
  let other = 0;
  for (const x of lines) {
    if (!dateOfLine(x, dayFirst) && !readByline(x, dayFirst) && !datePart(x, dayFirst) && !SOURCE_LINE.test(x) && ++other > 1) return null;
  }
  return lines;
}

/**
 * The outlet a source line's handle names, as the article writes it when it does ("Source: tolonews.com" over "… said
 * to TOLOnews"), else rebuilt by rule. why: a handle in the header block is the same handle as in a footer, and the
 * article's own spelling of it beats any rebuilding, wherever the line stands.
 */
/** A handle without the social network's sign or address before it ("@DikgangtsaBokone", "t.me/ghalghay_khabar"). */
const bareHandle = (handle: string): string => handle.trim().replace(/^(?:@|t\.me\/)/i, '');

function outletOfHandle(text: string, handle: string): string | null {
  // ("Source: @DikgangtsaBokone", "Fuente: @maayakaaj_noticias", "Source: t.me/ghalghay_khabar": a social handle is the
  // name's letters as an address is)
  const bare = bareHandle(handle);
  const letters = bare !== handle.trim() ? bare.replace(/_/g, '') : handle;
  return writtenInText(text, letters) ?? spelledAsInText(text, outletDisplayName(bare));
}

/** The page's own name on its first line over a menu of sections set off by bars, dots or slashes ("Dikgang tša
 * Bokone / Gae / Ditaba / Dipolitiki / …"), else null. */
function pageNameOverMenu(head: Paragraph[], line: (p: Paragraph) => string): string | null {
  if (!head[0]) return null;
  const lines = trimmedLines(line(head[0]));
  const name = lines[0];
  const menu = lines.length > 1 ? lines[1] : head[1] ? trimmedLines(line(head[1]))[0] : undefined;
  if (name === undefined || menu === undefined || name.length > 60 || name.split(/\s+/).length > SITE_NAME_WORDS || isNavigationItem(name) || !/^[\p{L}\d]/u.test(name)) return null;
  if (/[.!?,;:"“”«»]/.test(name) || !anyMenuLine(menu)) return null;
  // ("ᱦᱚᱲ ᱠᱷᱚᱵᱚᱨ | Hor Khobor": a name written in two scripts, the Latin one last)
  const parts = name.split(/\s\|\s/);
  return (parts.length === 2 ? parts[1]! : name).trim();
}

/** The handle of the first source line among the page's first paragraphs, else null. */
function sourceHandle(head: Paragraph[], line: (p: Paragraph) => string): string | null {
  for (const p of head) {
    for (const x of trimmedLines(line(p))) {
      const m = SOURCE_LINE.exec(x);
      if (m) return m[1]!.trim();
    }
  }
  return null;
}

/** Letters only, lower case, accents folded: how a handle spells a name. */
const foldedLetters = (x: string): string => x.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** Fewest letters a site's handle and its name must open with alike to be one site's ("panaybalita_iloilo", "PANAY BALITA
 * ONLINE"). */
const SHARED_HANDLE_LETTERS = 6;

/** A notice that names the language a text was translated from ("The text was translated from the Crimean Tatar
 * language", "Automatic translation from the Ossetian language"). */
const TRANSLATED_FROM = /translat\w*\s+(?:\S+\s+){0,2}?from\s/i;

/** "© 2024 Sportski žurnal. All rights reserved.": the holder's name, without years and the usual words around it. */
// ("© 2024 Radio Kimche Mapu 98.3 FM – …": a stop between digits is a station's frequency, part of its name)
const COPYRIGHT_LINE = /^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]?\s*)?(?:\d{4}\s*)?((?:[^|·•.]|\.(?=\d)){2,60}?)\s*(?:\d{4})?\s*(?:[-–|·•,]|\.(?!\d)|all rights|$)/i;

/** The rights holder a clutter line names, unless it is the aggregator (`republisher`) or calls itself a translation;
 * with `only`, the holder only when it is `only` or a part of it. */
function copyrightHolder(text: string, paragraphs: Paragraph[], republisher: string | null, only: string | null = null): string | null {
  const fold = (x: string) => x.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  for (const p of paragraphs) {
    // (a footer's lines may make one paragraph with lines no clutter rule knows, "© QHA, 2025. …⏎Etiketler: …⏎• …": its
    // first line opening on the sign is the rights line still)
    // ("LO MÁS LEÍDO ⏎1. … ⏎© 2024 Radio Kimche Mapu 98.3 FM – …": or a later line of a footer the scraper kept in one
    // paragraph, opening on the sign, whether or not the clutter rules knew the lines around it)
    const sign = signLine(text, p);
    // (a sign inside a line only where the holder must be the name over the notice: such lines vary too much to trust
    // otherwise)
    const holder = sign >= 0 ? COPYRIGHT_LINE.exec(rightsFirst(text.slice(sign, Math.min(p.end, sign + 120)).trim()))?.[1]?.trim() : p.boilerplate && only !== null ? holderFirst(text, p) : undefined;
    if (!holder || !/\p{Lu}/u.test(holder[0]!)) continue;
    const h = fold(holder);
    if (/translat/i.test(holder)) continue;
    if (republisher !== null && (h === fold(republisher) || fold(republisher).includes(h) || h.includes(fold(republisher)))) continue;
    if (only !== null && !fold(only).includes(h)) continue;
    return holder;
  }
  return null;
}

/** Rights reserved, said first after the sign and its year ("© Riproduzione riservata – CronacheVesuviane.it", "©
 * 2025 Todos os direitos reservados | Diário do Índico"), in the languages scraped pages keep. */
const RIGHTS_FIRST = /^((?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?)(?:all\s+rights\s+reserved|riproduzione\s+riservata|tutti\s+i\s+diritti\s+riservati|todos\s+os\s+direitos\s+reservados|tous\s+droits\s+réservés|todos\s+los\s+derechos\s+reservados)\.?\s*[-–—|·•,:]\s*/iu;

/** A rights line with the words of its reserving read off when they stand before the holder's name. */
const rightsFirst = (line: string): string => line.replace(RIGHTS_FIRST, '$1');

/** "Sa' Qaatin © 2025 — All the rights reserved.": the holder's name first, before the sign and its year. */
const HOLDER_FIRST = /^(\p{Lu}[^©\n—–|·•.]{1,60}?)\s*(?:[—–|·•][^©\n]{0,80})?©\s*\d{4}/u;

/**
 * The holder a line of the clutter paragraph `p` names with the copyright sign inside it, or undefined: after the sign
 * as usual ("Hak Cipta © 2024 Ranah Minang Kini.": the words before it say "copyright" in the page's language), else
 * before it ("Sa' Qaatin © 2025 — All the rights reserved.").
 */
function holderFirst(text: string, p: Paragraph): string | undefined {
  const lines = text.slice(p.start, p.end);
  if (!lines.includes('©')) return undefined;
  for (const l of lines.split('\n')) {
    const sign = l.indexOf('©');
    if (sign < 0) continue;
    const after = COPYRIGHT_LINE.exec(l.slice(sign).trim())?.[1]?.trim();
    if (after && /\p{Lu}/u.test(after[0]!)) return after;
    const before = HOLDER_FIRST.exec(l.trim())?.[1]?.trim();
    if (before) return before;
  }
  return undefined;
}

/** Where the first line of paragraph `p` that opens on "©" starts, or -1. */
function signLine(text: string, p: Paragraph): number {
  if (text.charCodeAt(p.start) === 0xa9) return p.start;
  for (let i = p.start; i + 1 < p.end; i++) if (text.charCodeAt(i) === 10 && text.charCodeAt(i + 1) === 0xa9) return i + 1;
  return -1;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const UPPER_START = /^\p{Lu}/u;

/** "Source: lefigaro" opening a footer line or after a bar in it; the handle ends at the next bar or bullet. */
// (not a translation notice: "Source: translated from Gĩkũyũ by Lingo-Relay automatic service" names no outlet)
const SOURCE_IN_LINE = /(?:^|[|·•]\s*)source\s*:\s*(?!\s|translat|machine|automatic)([^|·•\n]{1,60})/im;

/**
 * A name rebuilt from a handle ("clarin" → "Clarin") as the article spells it, accents and all ("Clarín"), when a
 * capitalised word of the text folds to one of its words: handles are written in plain letters.
 */
export function spelledAsInText(text: string, name: string | null): string | null {
  if (!name || !/^[\x20-\x7e]+$/.test(name)) return name;
  const wanted = new Map(name.split(' ').map((w) => [w.toLowerCase(), w]));
  const spelled = new Map<string, string>();
  // why: read for every article with a source line; a word can only be found where its capital stands, which the
  // string search finds far faster than any reading of the whole text, and only a word of the same length (accents
  // composed) is compared (a name whose capital itself carries the accent is left as rebuilt)
  for (const w of wanted.keys()) {
    if (w.length < 2) continue;
    const capital = w[0]!.toUpperCase();
    for (let at = text.indexOf(capital); at >= 0; at = text.indexOf(capital, at + 1)) {
      if (at > 0 && LETTER_OR_MARK.test(text[at - 1]!)) continue;
      let e = at + 1;
      while (e < text.length && e - at <= w.length + 4 && LETTER_OR_MARK.test(text[e]!)) e++;
      if (e - at < w.length || (e < text.length && LETTER_OR_MARK.test(text[e]!))) continue;
      const word = text.slice(at, e);
      if (word.normalize('NFC').length !== w.length) continue;
      const folded = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      if (folded === w && word !== wanted.get(w) && !/^[\x00-\x7f]*$/.test(word)) {
        spelled.set(folded, word.normalize('NFC'));
        break;
      }
    }
  }
  if (!spelled.size) return name;
  return name.split(' ').map((w) => spelled.get(w.toLowerCase()) ?? w).join(' ');
}

/** How many places a handle's capital is tried at in the text (bounded: a text of capitals costs no more). */
const WRITTEN_TRIES = 2000;
/** Separators a name may hold that a handle drops ("Al-Masry Al-Youm" → "almasryalyoum"). */
const NAME_SEPARATORS = new Set([' ', '-', '\'', '’', '.']);

/**
 * The outlet as the article writes it, when a capitalised stretch of the text spells the handle's letters with
 * capitals inside or separators a handle drops ("vnexpress" → "VnExpress", "almasryalyoum" → "Al-Masry Al-Youm");
 * null when none does (the handle is then rebuilt by rule).
 */
export function writtenInText(text: string, handle: string): string | null {
  const letters = handle.trim().toLowerCase().replace(/\.[a-z]{2,3}(\.[a-z]{2})?$/, '');
  if (!/^[a-z]{4,40}$/.test(letters)) return null;
  const capital = letters[0]!.toUpperCase();
  let shouted: string | null = null;
  let tries = 0;
  for (let at = text.indexOf(capital); at >= 0 && tries < WRITTEN_TRIES; at = text.indexOf(capital, at + 1), tries++) {
    if (at > 0 && LETTER_OR_MARK.test(text[at - 1]!)) continue;
    let i = 0;
    let e = at;
    let shaped = false;
    while (e < text.length && i < letters.length) {
      const c = text[e]!;
      // why: "nosdiario" is "Nós Diario": a handle is written in plain letters, the name with its accents
      const plain = c.charCodeAt(0) < 0xc0 ? c : c.normalize('NFD')[0]!;
      if (plain.toLowerCase() === letters[i]) {
        if ((i > 0 && c !== c.toLowerCase()) || plain !== c) shaped = true;
        i++;
        e++;
      } else if (NAME_SEPARATORS.has(c) && i > 0 && e + 1 < text.length && text[e + 1]!.toLowerCase() === letters[i]) {
        shaped = true;
        e++;
      } else break;
    }
    if (i === letters.length && shaped && !(e < text.length && LETTER_OR_MARK.test(text[e]!))) {
      // why: "BARITA TOBA" over the menu, "© 2024 Barita Toba" under the article: a masthead set in capitals is the
      // name shouted; the page's own spelling of it in mixed case, when it has one, is how the name is written
      const written = text.slice(at, e);
      if (written !== written.toUpperCase()) return written;
      shouted ??= written;
    }
  }
  return shouted;
}

/** "Source: lefigaro": where an aggregator took the article from. */
/** A line opening on a source label ("Source:", "Fuente :"). */
const SOURCE_OPENING = /^(?:source|fonte|fuente|font|quelle|bron|kilde|fonti)\s*:/i;
const SOURCE_LINE = /^(?:source|fonte|fuente|font|quelle|bron|kilde|fonti)\s*:\s*(?!\s|translat|machine|automatic)(\S.{0,60})$/i;

/** How many lines a paragraph of header lines (title, byline, date) may have. */
const HEADER_BLOCK_LINES = 5;

/** Parts of a byline after the names: separated by a comma, a bar, a bullet or a spaced dash ("By Ana Ruiz | City Post"). */
const BYLINE_PARTS = /\s*[,|·•]\s*|\s+[—–-]\s+/;
/** Words opening a byline's part after the writer: where they filed from ("in Malanje", "em Malanje", "à Lomé") or
 * the paper they wrote for ("for NunaNews"). */
const FOR_WORDS = new Set(['for', 'para', 'pour', 'per', 'für']);
const BYLINE_PLACE_LEADS = new Set(['in', 'em', 'en', 'à', 'from', 'desde', 'da', 'aus', ...FOR_WORDS]);
/** Words of a byline part that name the writer's job, not a publication ("Staff Writer", "Senior Correspondent"). */
const BYLINE_ROLES = new Set(['staff', 'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor',
  'editors', 'contributor', 'contributors', 'contributing', 'columnist', 'special', 'senior', 'chief', 'political', 'national',
  'foreign', 'investigative', 'freelance', 'bureau', 'associate', 'deputy', 'managing', 'producer', 'journalist', 'to']);
/** Lower-case words a person's name may hold between its capitalised ones ("Casadevall i Ferrer", "Otieno wuod Akinyi"). */
const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'van', 'von',
  'der', 'den', 'ter', 'ten', 'i', 'y', 'e', 'wa', 'wuod', 'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'ould']);
/** Lower-case words a publication's name may hold ("Special to the Post", "Times of London"). */
const NAME_JOINERS = new Set(['and', 'of', 'the', 'de', 'du', 'la', 'le', 'des', 'del', 'di', 'für', 'to']);

/**
 * "By Jane Doe and John Roe": "By" and capitalised name words. Parts after a comma, bar or dash are the writer's job
 * ("Staff Writer"), another writer (opening on a given name the lists know) or the publication ("By Ana Ruiz, City
 * Post", "By Ana Ruiz, Associated Press Writer"), returned as the outlet.
 */
export function readByline(l: string, dayFirst = false): { author: string | null; outlet: string | null; date?: string | null } | null {
  if (l.length > 120) return null;
  // why: translated papers label the writer instead ("Author: Ana Ruiz", "Written by: …", "Reporter: X | Editor: Y",
  // "Reporter Lee Ji-eun"): the first name so labelled wrote the article, and the parts after a bar are other jobs
  const label = BYLINE_LABEL.exec(l);
  const named = label ? l.slice(label[0].length).split('|')[0]!.trim() : '';
  if (label) return /^\p{Lu}/u.test(named) ? readByline(`By ${named}`, dayFirst) : null;
  // ("Par Gaëlle Kerhervé | Publié le 14/03/2025 …", "Por Nuria Sanchis | Valencia | 14/03/2025 - 19:52 h", "di Marco
  // Ferri | 14/03/2025": French, Spanish, Portuguese and Italian bylines, whose parts holding figures are the date, the
  // time or a count of comments, never an outlet)
  // ("Oleh Nik Nurul Huda Nik Mat", "von Anna Berg", "door Jan de Vries": Malay and Indonesian, German and Dutch too)
  const opening = /^(?:(par|por|di|oleh|von|door)|by)\s/i.exec(l);
  if (!opening) return null;
  const own = opening[1] !== undefined;
  const all = l.slice(opening[0].length).trim().split(BYLINE_PARTS).filter(Boolean);
  const parts = own ? all.filter((part) => !/\d/.test(part)) : all;
  const dated = own ? all.find((part) => /\d/.test(part)) : undefined;
  if (!parts.length || parts.length > 4) return null;
  const names = parts[0]!.split(/\s+/);
  // ("By Núria Casadevall i Ferrer", "By Njeri wa Gathoni": the particles names hold, between capitalised words)
  if (names.length > 8 || !names.every((w, i) => w === 'and' || /^\p{Lu}/u.test(w) || (i > 0 && i < names.length - 1 && NAME_PARTICLES.has(w)))) return null;
  // ("Por Equipo de Prensa Kimche Mapu": a desk signs, no writer; the line is still the byline, its date read)
  const desk = names.some((w) => DESK_WORDS.has(w.toLowerCase()));
  const authors = [parts[0]!];
  let outlet: string | null = null;
  let count = names.length;
  for (const part of parts.slice(1)) {
    const words = part.split(/\s+/);
    // ("By Edvaldo Cambuta, em Malanje", "By Tuqtu Ishulutak, for NunaNews": where the writer filed from, and the paper
    // they wrote for)
    if (BYLINE_PLACE_LEADS.has(words[0]!) && words.length > 1 && words.length <= 4 && words.slice(1).every((w) => /^\p{Lu}/u.test(w))) {
      if (FOR_WORDS.has(words[0]!) && !own) outlet ??= words.slice(1).join(' ');
      continue;
    }
    count += words.length;
    if (count > 12 || !words.every((w) => NAME_JOINERS.has(w) || /^[\p{Lu}\d]/u.test(w))) return null;
    let from = 0;
    let to = words.length;
    while (from < to && BYLINE_ROLES.has(words[from]!.toLowerCase())) from++;
    while (to > from && (BYLINE_ROLES.has(words[to - 1]!.toLowerCase()) || NAME_JOINERS.has(words[to - 1]!))) to--;
    if (from === to) continue;
    const rest = words.slice(from, to);
    // why: "Tom Reyes and Ana Ruiz" are more writers; "Jordan Times" is a paper, whatever its first word
    const person = (FEMALE_NAMES.has(rest[0]!.toLowerCase()) || MALE_NAMES.has(rest[0]!.toLowerCase())) && !rest.some((w) => MASTHEAD_WORDS.includes(w.toLowerCase()));
    if (person) authors.push(rest.join(' '));
    else outlet ??= rest.join(' ');
  }
  // (the date among a French or Spanish byline's parts, with the time and the update after it: "14/03/2025 - 19:52 h")
  const date = dated === undefined ? null : dateLine(l.slice(l.indexOf(dated)), dayFirst) ?? dateWithin(l.slice(l.indexOf(dated)), dayFirst);
  // (nor is a part after the writer an outlet there: it is where they filed from, "Por Nuria Sanchis | Valencia")
  return { author: desk ? null : authors.join(', '), outlet: own ? null : outlet, date: date && !date.updated ? date.iso : null };
}

/**
 * The writer a dateline's or byline's part signs after the word for "by" ("Samedi 25 octobre 2025 | Kombissiri | Par
 * Boureima Zida (Correspondant …)", "Posted on 3 August 2023 by Xavier Colaço | Categories: …", "Tuesday, 14 ʻOkatopa
 * 2025 — by Sione Fifita, Vavaʻu"): two to five words of a person's name, up to a comma, a bracket or the part's end;
 * null for a desk ("by Starnieuws redactie", "Por Equipo de Prensa …", "By the Sport Desk") or when no part is signed.
 * Read only on lines already taken for a dateline or byline, never on the article's sentences.
 */
function signedIn(l: string): string | null {
  for (const part of l.split(SIGNED_PARTS)) {
    // ("by" anywhere in its part, as English writes "Posted on … by"; the other languages' words opening it)
    // ("Reporter: Jacinta Soares | Editor: …": or the writer's label opening it)
    const by = /(?:^|\s)by\s+(?=\p{Lu})/iu.exec(part) ?? /^(?:par|por|von|oleh|ni|door|di)\s+(?=\p{Lu})/iu.exec(part) ?? SIGNED_LABEL.exec(part);
    if (!by) continue;
    const name = part.slice(by.index + by[0].length).split(/[,(;:]|\s+(?:for|em|en|in|à|a|pour|para|per)\s/u)[0]!.trim();
    const words = name.split(/\s+/);
    if (words.length < 2 || words.length > SIGNED_NAME_WORDS || /\d/.test(name)) continue;
    if (!/^\p{Lu}/u.test(words[0]!) || !/^\p{Lu}/u.test(words[words.length - 1]!)) continue;
    if (!words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w))) continue;
    if (words.some((w) => BYLINE_ROLES.has(w.toLowerCase()) || DESK_WORDS.has(w.toLowerCase()))) continue;
    return name;
  }
  return null;
}

/** A writer's label opening a part ("Reporter:", "Author:", "Texto:"). */
const SIGNED_LABEL = /^(?:reporters?|authors?|autor|autora|auteur|autore|text|texto|texte|written\s+by)\s*:\s*(?=\p{Lu})/iu;
/** The parts of a dateline or byline, set off by spaced bars, dots, dashes or slashes. */
const SIGNED_PARTS = /\s+(?:\|\|?|｜|·|•|—|–|-|\/)\s+/;
/** Most words of a writer's name signed so. */
const SIGNED_NAME_WORDS = 5;
/** Words that make a signature a desk's or a team's, not a person's ("Redacción Deportes", "Equipo de Prensa"). */
const DESK_WORDS = new Set(['desk', 'team', 'newsroom', 'redacción', 'redaccion', 'rédaction', 'redaction', 'redacção',
  'redação', 'redazione', 'redactie', 'redaksi', 'redaktion', 'equipo', 'équipe', 'equipe', 'staff', 'news', 'agency',
  'agence', 'agencia', 'agenzia', 'service', 'services', 'press', 'presse', 'prensa', 'media', 'online', 'radio', 'tv']);

/** How many paragraphs at an article's foot may sign it, and the longest such line. */
const FOOTER_PARAGRAPHS = 6;
const FOOTER_BYLINE_MAX = 80;

/** A label naming the writer before the name ("Author:", "Written by:", "Edited By:", "Reporter" with no colon). */
const BYLINE_LABEL = /^(?:(?:written\s+by|authors?|reporters?|reporting\s+by|text|words|edit(?:ed\s+by|ing|or))\s*:|(?:reporter|correspondent)\s)\s*/i;

const MONTHS = new Map(Object.entries({
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
  // why: "Mardi 5 novembre 2024", "5 de noviembre de 2024": an aggregator's page keeps the source site's date line in
  // its language (French, Spanish, Portuguese, Italian, German) over the translated article
  janvier: 1, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  janeiro: 1, fevereiro: 2, março: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, novembro: 11, dezembro: 12,
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
  januar: 1, februar: 2, märz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
}));
/** How long a line that is only a date may be, with its label, weekday and time. */
const DATE_LINE_MAX = 80;
/** A label before a date line's date ("Published:", "Posted on", "Last updated"); an update's is remembered as such. */
// ("Publié le 14/03/2025 à 19h07", "Mis à jour le …", "Publicado el domingo 9 de febrero de 2025", "Actualizado: …",
// "Pubblicato il …", "Aggiornato alle …", "Publicado em …", "Atualizado em …": the labels of French, Spanish, Italian
// and Portuguese pages, the updated ones in the third group)
const DATE_LABEL = /^(?:(first\s+)?(?:published|posted|publié|publiée|publicado|publicada|pubblicato|pubblicata)|(last\s+)?(updated|modified|mis\s+à\s+jour|modifié|actualizado|actualizada|aggiornato|aggiornata|atualizado|atualizada)|dated|date)(?:\s+(?:on|le|el|il|em))?\s*:?\s*/iu;
const WEEKDAY = /^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\.?,?\s+/iu;
const MONTH_FIRST = /^([\p{L}\p{M}]{3,16})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/iu;
// ("5 de noviembre de 2024", "5. März 2024", "14 of May of 2024": as translations render "14 de mayo de 2024"; "22 di
// yanüari 2024")
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:(?:de|di|of)\s+)?([\p{L}\p{M}]{3,16})\.?,?\s+(?:(?:de|di|of)\s+)?(\d{4})(?!\d)/iu;

/**
 * The month a word names (1–12), in English and the languages whose papers aggregators translate most, else in any
 * language the CLDR names months in ("Hunyo", "Nëntor", "lapkričio", "Желтоқсан"): a page left in its own language
 * keeps its date line's month in that language. Only words that name one month in every language that has them are
 * known ("listopad", November in Czech and October in Croatian, is not).
 */
function monthNamed(word: string): number | undefined {
  const key = word.toLowerCase();
  return MONTHS.get(key) ?? MONTH_WORDS.get(key.normalize('NFC'));
}

/** A weekday's name opening a date line ("Mardi", "Huwebes,", "Fimmtudagur,"): the date follows it. */
function afterWeekday(x: string): string {
  const known = WEEKDAY.exec(x);
  if (known) return x.slice(known[0].length);
  const word = LEADING_WORD.exec(x);
  return word && WEEKDAY_WORDS.has(word[1]!.toLowerCase().normalize('NFC')) ? x.slice(word[0].length) : x;
}
const LEADING_WORD = /^([\p{L}\p{M}]{3,16})\.?,?\s+/u;
/** What may follow a date on its line: a time, with its zone ("at 4:15 p.m. EST", "| 10:30 GMT", "- 08:00"). */
// ("à 19h07", "a las 11:04 h", "- 19:52 h", "alle 19:07", "às 19h07": French, Spanish, Italian and Portuguese times;
// "| Mis à jour le …": the update after the date)
const TIME_AFTER = /^(?:\s*(?:,|at|à|às|alle|ore|a\s+las|\||[-–—·•@])?\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?|h)?\s*(?:\(?[A-Z]{2,5}\)?|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?)?)?\s*(?:(?:\||-)\s*(?:mis\s+à\s+jour|modifié|actualizado|aggiornato|atualizado)(?=\s|:|$).*)?$/iu;

/**
 * A line that is only a date ("March 3, 2024", "Published: 3 March 2024", "Sunday, Mar. 3, 2024 at 4:15 p.m. EST",
 * "2024-03-03"), as an ISO date (an ISO date-time as written); `updated` when its label says it is an update's.
 */
export function dateLine(l: string, dayFirst = false): { iso: string; updated: boolean } | null {
  const x = l.trim();
  if (x.length > DATE_LINE_MAX || !/\d/.test(x)) return null;
  // why: translated papers open the date line on the place it was filed from ("Cairo, Tuesday 16 July 2024"); the
  // place is read off only when what follows is a date line of its own
  const place = DATELINE_PLACE.exec(x);
  return bareDateLine(x, dayFirst) ?? (place ? bareDateLine(x.slice(place[0].length), dayFirst) : null);
}

/**
 * A line that opens on a date and holds nothing after it but the time, its zone, the update and a label or two ("03/08/2024
 * 10:27 | Last update: 11:05", "27.09.2024 [14:05]", "05.03.2024, 19:40 | Society", "Published on 22 June 2024 at 6 h 15
 * | Updated at 9 h 02"), read as `dateLine` reads a line that is only a date; null when words follow the date
 * ("12 March 2024 – Council votes on the budget" is a title).
 */
function dateLeadLine(l: string, dayFirst: boolean): { iso: string; updated: boolean } | null {
  const x = l.trim();
  if (x.length > DATED_LINE_MAX || !/\d/.test(x)) return null;
  const place = DATELINE_PLACE.exec(x);
  return leadingDate(x, dayFirst) ?? (place ? leadingDate(x.slice(place[0].length), dayFirst) : null);
}

/** The date of a date line: only a date, a date and its time and labels, or a labelled line with a date further on. */
function dateOfLine(x: string, dayFirst: boolean): { iso: string; updated: boolean } | null {
  return dateLine(x, dayFirst) ?? dateLeadLine(x, dayFirst) ?? labelledDate(x, dayFirst);
}

/**
 * The date of a line opening on a publication's label, wherever the date stands after it ("Published: 12 Agrahayan
 * 1431, 27 November 2024 | 10:05 pm … Updated: 28-11-2024 01:12": a date of another calendar first).
 */
function labelledDate(l: string, dayFirst: boolean): { iso: string; updated: boolean } | null {
  const label = DATE_LABEL.exec(l.trim());
  // (a label's word and not a word's start: "Dates of the festival")
  return label && !label[3] && /[:\s]$/.test(label[0]) ? dateWithin(l, dayFirst) : null;
}

function leadingDate(l: string, dayFirst: boolean): { iso: string; updated: boolean } | null {
  let x = l;
  const label = DATE_LABEL.exec(x);
  if (label) x = x.slice(label[0].length);
  x = afterWeekday(x.replace(TIME_BEFORE, ''));
  const date = dateAt(x, dayFirst);
  if (!date) return null;
  const rest = x.slice(date.length);
  if (rest.trim() && !/^\s*(?:[,|｜·•–—\-[(（@]|\d|at\s|à\s|às\s|alle\s|a\s+las\s)/iu.test(rest)) return null;
  // (a sentence after the date is prose, however short: "PORTO, Portugal, 4 December 2023 (AP) — Talks went on.")
  if (/[!?]$|\p{Ll}{2}\.$/u.test(rest.trim())) return null;
  const words = rest.match(/\p{L}{3,}/gu) ?? [];
  if (words.filter((w) => !TIME_WORDS.has(w.toLowerCase())).length > LEAD_LINE_LABEL_WORDS) return null;
  return { iso: date.iso, updated: !!label && !!label[3] };
}

/** A time before a line's date ("18:37, 27 November 2026", "09:15 | 3 March 2024"). */
const TIME_BEFORE = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?[,|·•–—-]\s*/i;

/** Most words of a dateline's part other than its date ("Redacción Prensa Comunitaria, with information of correspondents"). */
const DATELINE_PART_WORDS = 10;

/** Words a date line's time and update are written with ("at", "hrs", "Last update", "Mis à jour"). */
const TIME_WORDS = new Set([
  'at', 'hrs', 'hours', 'ago', 'last', 'update', 'updated', 'modified', 'mis', 'jour', 'actualizado', 'actualizada',
  'aggiornato', 'aggiornata', 'atualizado', 'atualizada', 'alle', 'ore', 'las', 'gmt', 'utc',
]);
/** Most other words after a date line's date: a section's label ("Society"). */
const LEAD_LINE_LABEL_WORDS = 2;

/**
 * The date a dateline gives as one of its parts, set off by spaced bars, dots, dashes or slashes ("Redazione | 16 maggio
 * 2025", "Publicado por Redacción Wabagari | 3 de abril de 2024 | Comunidades", "Source: Baigal Medee | Tsyren Badmaev |
 * 21.11.2023, 09:15"): a part that is a date line of its own, read as one; null when no part is.
 */
function datePart(l: string, dayFirst: boolean): { iso: string; updated: boolean } | null {
  if (l.length > DATED_LINE_MAX || !YEAR.test(l)) return null;
  const parts = l.split(SIGNED_PARTS);
  if (parts.length < 2) return null;
  let found: { iso: string; updated: boolean } | null = null;
  for (const part of parts) {
    const date = dateLine(part, dayFirst) ?? dateLeadLine(part, dayFirst);
    if (date) found = found && !found.updated ? found : date;
    // (the other parts are a dateline's: a place, a desk, a writer, never a sentence; "GENEVA, 3 March 2024 – The
    // talks resumed." is a wire dateline opening prose)
    // (a stop after a word in lower case ends a sentence; after an abbreviation, "2018 E.C.", it does not)
    else if (/[!?]$|\p{Ll}{2}\.$/u.test(part.trim()) || part.trim().split(/\s+/).length > DATELINE_PART_WORDS) return null;
  }
  // (an update's part alone gives way to a publication's date elsewhere in the line: "Input 2025-05-12 15:21 |
  // Modified 2025-05-12 16:40")
  if (found?.updated) {
    const within = dateWithin(l, dayFirst);
    if (within && !within.updated) return within;
  }
  return found;
}

/**
 * The first date anywhere in a line already read as a page's dateline or byline ("Kompas.com - 03/02/2025, 14:25
 * WIB", "By Okot Jimmy Lagara | 14 March 2024, 6:42 pm | Gulu City", "Date: 1403/12/03 – 21 February 2025": a date
 * of another calendar is passed over, as no year of it falls in 1900–2099); `updated` when an update's word comes
 * before it. Null when the line holds none the rules read.
 */
function dateWithin(l: string, dayFirst: boolean): { iso: string; updated: boolean } | null {
  if (l.length > DATED_LINE_MAX + 60) return null;
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    // (only where a word or a number starts)
    if (i > 0 && /[\p{L}\d]/u.test(l[i - 1]!)) continue;
    if (!((c >= 48 && c <= 57) || /\p{L}/u.test(l[i]!))) continue;
    const date = dateAt(l.slice(i), dayFirst);
    if (date) return { iso: date.iso, updated: UPDATE_WORD.test(l.slice(0, i)) };
  }
  return null;
}

/** An update's word before a date ("Updated", "Last update", "Mis à jour", "Actualizado"). */
const UPDATE_WORD = /\b(?:updated?|modified)\b|mis\s+à\s+jour|actualiza|aggiorna|atualiza/iu;

/**
 * A date at the start of `x`, in any form a date line's date takes: ISO, in numbers, or with its month's name before or
 * after the day ("22 June 2024", "June 21, 2024", "14 of May of 2024", "17 de noviembre de 2024"), with how many
 * characters it takes; its year in 1900–2099. Null when none starts there.
 */
function dateAt(x: string, dayFirst: boolean): { iso: string; length: number } | null {
  const iso = /^\d{4}-\d{2}-\d{2}(?!\d)/.exec(x);
  const numeric = iso ? null : numericDate(x, dayFirst);
  const m = iso || numeric ? null : MONTH_FIRST.exec(x);
  const d = iso || numeric || m ? null : DAY_FIRST.exec(x);
  const month = m || d ? monthNamed(m ? m[1]! : d![2]!) : undefined;
  return iso ? validDate(Number(x.slice(0, 4)), Number(x.slice(5, 7)), Number(x.slice(8, 10)), iso[0].length)
    : numeric ?? (month ? validDate(Number(m ? m[3] : d![3]), month, Number(m ? m[2] : d![1]), (m ?? d)![0].length) : null);
}

/** A day of the Gregorian calendar in 1900–2099 ("1404" is a year of the Persian one; "February 30" is no date). */
function validDate(year: number, month: number, day: number, length: number): { iso: string; length: number } | null {
  if (year < 1900 || year >= 2100) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, length };
}

/** A place filing a date line: capitalised words and a comma ("Kyiv, ", "Rio de Janeiro, "), or a place and its
 * region ("Homún, Yucatán, "). */
const DATELINE_PLACE = /^(?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|do|da|del|la|le|am|an|upon|on))*,\s*){1,2}/u;
/** A date in numbers, year first with dots or slashes ("2021.05.18") or day and month first ("14/3/2024", "15. 4. 2024"). */
const YEAR_FIRST_NUMERIC = /^(\d{4})[./](\d{1,2})[./](\d{1,2})\.?/;
const YEAR_LAST_NUMERIC = /^\(?(\d{1,2})([./-]|\.\s)(\d{1,2})\2(\d{4})(?!\d)\)?/;
/** A month in Roman numerals between the day and the year ("14.IV.2025", "3. XI. 2024"), as Central Europe writes it. */
const ROMAN_MONTH_NUMERIC = /^(\d{1,2})\.\s?(I{1,3}|IV|VI{0,3}|IX|XI{0,2})\.\s?(\d{4})(?!\d)/;
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
/** A Chinese, Japanese or Korean date: year, month and day, each with its sign ("2025年3月15日", "2025년 3월 15일"). */
const CJK_NUMERIC = /^(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]/;

function bareDateLine(l: string, dayFirst: boolean): { iso: string; updated: boolean } | null {
  let x = l;
  const label = DATE_LABEL.exec(x);
  const updated = !!label && !!label[3];
  if (label) x = x.slice(label[0].length);
  const iso = isoDateAt(x);
  if (iso && x.startsWith(iso) && TIME_AFTER.test(x.slice(iso.length))) return { iso, updated };
  x = afterWeekday(x);
  const numeric = numericDate(x, dayFirst);
  if (numeric) return TIME_AFTER.test(x.slice(numeric.length)) ? { iso: numeric.iso, updated } : null;
  const m = MONTH_FIRST.exec(x);
  const d = m ? null : DAY_FIRST.exec(x);
  const month = m || d ? monthNamed(m ? m[1]! : d![2]!) : undefined;
  if (!month || !TIME_AFTER.test(x.slice((m ?? d)![0].length))) return null;
  const valid = validDate(Number(m ? m[3] : d![3]), month, Number(m ? m[2] : d![1]), 0);
  return valid ? { iso: valid.iso, updated } : null;
}


/** Longest line read as a site's motto between its menu and its notice ("Crimean News Agency QHA, Kyiv"). */
const MOTTO_LINE_MAX = 40;

/** Whether line `l` repeats a word of the site's name line `name`: its initials in capitals ("QHA") or a capitalised
 * word of four letters or more. */
function sharesNameWord(l: string, name: string): boolean {
  const words = new Set(l.match(/\p{Lu}[\p{L}'’]*/gu) ?? []);
  return (name.match(/\p{Lu}[\p{L}'’]*/gu) ?? []).some((w) => words.has(w) && (w.length >= 4 || (w.length >= 2 && w === w.toUpperCase())));
}

/** Most characters and words of a section's label printed above a title ("Justice", "Fútbol | Segunda División"). */
const SECTION_LABEL_MAX = 40;
const SECTION_LABEL_WORDS = 4;

/** A section's label: a few capitalised words, parted by bars at most, with no sentence punctuation or quote marks. */
function sectionLabel(l: string): boolean {
  if (l.length > SECTION_LABEL_MAX || /[.!?:;,"«»“”„‘’]|\d/.test(l)) return false;
  const words = l.split(/\s+\|\s+|\s+/).filter((w) => w !== '|');
  return words.length <= SECTION_LABEL_WORDS && /^\p{Lu}/u.test(l);
}

/** The lines of a head paragraph after its menu line (its first or second line, the site's name over it), when some
 * follow and the paragraph is a header block's length; null otherwise. */
function underMenu(l: string): string[] | null {
  const lines = trimmedLines(l);
  if (lines.length > HEADER_BLOCK_LINES + 2 || lines.some((x) => x.length > 300)) return null;
  const menu = lines.findIndex(menuLine);
  return menu >= 0 && menu <= 1 && menu < lines.length - 1 ? lines.slice(menu + 1) : null;
}

/** Whether a paragraph between a short line and the translation notice is the article's title: a line longer than a
 * site's name or tagline, with a sentence's punctuation or over twelve words. */
function titleBetween(l: string): boolean {
  return !l.includes('\n') && !isNameLine(l) && !menuLine(l) && (/[:;!?"“”«»]/.test(l) || l.split(/\s+/).length > 12);
}

/** A site name: a short line without sentence punctuation. */
function isNameLine(l: string): boolean {
  return l.length > 0 && l.length <= 60 && !/[.!?:;,"“”«»]/.test(l);
}

const ISO_DATE = /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?/;

/** The first ISO 8601 date or date-time in a line, or null. */
/**
 * A date written in numbers at the start of `x`, with how many characters it takes: year first ("2021.05.18"), or day
 * and month first when written with dots ("08.05.2024") or when one of the two is over 12 and so says which is which
 * ("14/3/2024", "3/14/2024"); null when the order is ambiguous ("3/4/2024") or the date does not exist.
 */
function numericDate(x: string, dayFirst: boolean): { iso: string; length: number } | null {
  let year: number;
  let month: number;
  let day: number;
  const first = YEAR_FIRST_NUMERIC.exec(x) ?? CJK_NUMERIC.exec(x);
  const roman = first ? null : ROMAN_MONTH_NUMERIC.exec(x);
  const last = first || roman ? null : YEAR_LAST_NUMERIC.exec(x);
  if (first) [year, month, day] = [Number(first[1]), Number(first[2]), Number(first[3])];
  else if (roman) [year, month, day] = [Number(roman[3]), ROMAN_MONTHS.indexOf(roman[2]!) + 1, Number(roman[1])];
  else if (last) {
    const [a, b] = [Number(last[1]), Number(last[3])];
    // why: "08.05.2024": where dates are written with dots (most of Europe, Russia, Central Asia, Turkey) the day comes
    // first; only slashes and dashes are written both ways ("3/4/2024"), and decided when one number is over 12, or
    // when the page is in a language, or translated from one, whose papers put the day first (`dayFirst`)
    const dotted = last[2]!.startsWith('.');
    if (!dotted && !dayFirst && a > 12 === b > 12) return null;
    const first = dotted || a > 12 || (b <= 12 && dayFirst);
    [year, month, day] = [Number(last[4]), first ? b : a, first ? a : b];
  } else return null;
  // ("1403/12/03": a year of another calendar is no date the rules read)
  return validDate(year, month, day, (first ?? roman ?? last)![0].length);
}

export function isoDateAt(l: string): string | null {
  const m = ISO_DATE.exec(l);
  return m ? m[0] : null;
}
