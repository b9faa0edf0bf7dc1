/** Bytes of an uploaded or fetched document to text, by its byte-order mark, its declared charset or a guess. */

/**
 * What bytes 0x80–0x9F mean in Windows-1252 (the WHATWG table): Node's decoder for that label reads them as the C1
 * control characters of Latin-1, so the curly quotes of a Word "Save as text" file (0x93, 0x94) vanished, and the
 * claims with them.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const C1 = /[\u0080-\u009f]/g;

function decodeAs(bytes: Uint8Array, label: string, fatal = false): string {
  const decoder = new TextDecoder(label, { fatal });
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? text.replace(C1, (c) => String.fromCharCode(WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!)) : text;
}

/**
 * The charset an HTML page declares in a meta element near its start, if any. A page that declares UTF-16 there is
 * read as UTF-8, as browsers do: bytes a meta element could be read from are not UTF-16.
 */
function declaredInHtml(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? null;
  return label && /^utf-?16/i.test(label) ? 'utf-8' : label;
}

/**
 * Whether bytes with no byte-order mark look like binary data rather than text: a NUL, or more than one in a hundred
 * control characters that text does not use (random bytes without a NUL had passed as Windows-1252 gibberish).
 */
function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const b of bytes) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) controls++;
  }
  return controls * 100 > bytes.length;
}

/**
 * The text of a document's bytes, or null when they are not text (see looksBinary). A byte-order mark
 * decides first, then the charset the server or the page declares, then UTF-8 when the bytes are valid UTF-8, else
 * Windows-1252 (what unlabelled older files and pages use).
 */
export function decodeDocument(bytes: Uint8Array, declared: string | null = null, html = false): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return markedText(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return markedText(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return markedText(bytes.subarray(2), 'utf-16be');
  if (looksBinary(bytes)) return null;
  for (const label of [declared, html ? declaredInHtml(bytes) : null]) {
    if (!label) continue;
    try {
      return decodeAs(bytes, label);
    } catch {
      // an unknown label: go on as if none were given
    }
  }
  try {
    return decodeAs(bytes, 'utf-8', true);
  } catch {
    return decodeAs(bytes, 'windows-1252');
  }
}

/**
 * The text of bytes after a byte-order mark, or null when they are not text in that encoding: a mark is two or three
 * bytes any binary file may begin with, so what follows must decode without error and, decoded, hold no NUL and
 * no more control characters than looksBinary allows raw bytes (a file of random bytes after FF FE had been imported
 * as an article of mojibake).
 */
function markedText(bytes: Uint8Array, label: string): string | null {
  let text: string;
  try {
    text = decodeAs(bytes, label, true);
  } catch {
    return null;
  }
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return null;
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13 && c !== 27) controls++;
  }
  return controls * 100 > text.length ? null : text;
}
