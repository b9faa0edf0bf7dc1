// Markdown reduced to the words a reader sees, for the document reader's worker thread (see html-worker.mjs).
import { htmlToText } from './html-text.mjs';
import MarkdownIt from 'markdown-it';

/**
 * A maintained CommonMark parser, linear in the length of the text: hand-written patterns for emphasis and links had
 * taken time growing with the square of a line's length (a 320 KB upload of " **x" held the server for 26 s). Even
 * linear, its slowest inputs cost about 2 µs a character (2 MB of "![": 2–4 s), which is why it runs off the main
 * thread under the reader's time limit. Raw HTML is parsed as HTML so that its tags can be dropped; links are never
 * followed.
 */
const markdown = new MarkdownIt({ html: true, linkify: false });
// why: the parser leaves a link to a javascript:, vbscript:, file: or data: address as its raw syntax, which then became
// a claim's words ("We will [click](javascript:alert(1)) win,"); its address is never used here, so every link and image
// is read as one and only its words are kept
markdown.validateLink = () => true;

/** Block structure survives as blank lines between paragraphs; the items of a tight list stay lines of one block. */
export function markdownToText(md) {
  const tokens = markdown.parse(md, {});
  const blocks = [];
  let lastTight = false;
  const add = (text, tight) => {
    if (blocks.length && tight && lastTight) blocks[blocks.length - 1] += `\n${text}`;
    else blocks.push(text);
    lastTight = tight;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const opener = tokens[i - 1];
    if (t.type === 'inline') add(inlineText(t.children ?? []), opener?.hidden === true || opener?.type === 'td_open' || opener?.type === 'th_open');
    else if (t.type === 'fence' || t.type === 'code_block') add(t.content.replace(/\n$/, ''), false);
    else if (t.type === 'html_block') add(htmlToText(t.content).trim(), false);
    else if (t.type === 'hr') lastTight = false;
  }
  return blocks.join('\n\n');
}

function inlineText(children) {
  let text = '';
  for (const c of children) {
    if (c.type === 'text' || c.type === 'code_inline') text += c.content;
    else if (c.type === 'softbreak' || c.type === 'hardbreak') text += '\n';
    // an image's words are its alternative text
    else if (c.type === 'image') text += inlineText(c.children ?? []);
  }
  return text;
}
