// HTML to the words a reader sees, one way for every document the reader handles (pages and Markdown's raw HTML).
import { convert } from 'html-to-text';

const TO_TEXT = {
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'figure', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => ({ selector: h, options: { uppercase: false } })),
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
};

/** Entities decoded, links without their addresses, images, scripts, styles and comments left out. */
export function htmlToText(html) {
  return convert(html, TO_TEXT);
}
