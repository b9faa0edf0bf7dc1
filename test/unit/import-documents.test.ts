import { monitorEventLoopDelay } from 'node:perf_hooks';
import { decodeDocument } from '../../server/imports/decode';
import { documentFrom, kindOfFile, normaliseText } from '../../server/imports/documents';
import { configureDocumentReader, reduceHtml, stopHtmlReader } from '../../server/imports/html-reducer';

afterAll(() => stopHtmlReader());

const filler = 'The minister spoke at length about the harvest and the roads, the schools and the hospitals of the region. ';

describe('imported documents', () => {
  it('when an HTML page has navigation around the article, then only the article text remains, one paragraph per block', async () => {
    const html = `<!doctype html><html lang="fr-FR"><head><title>Harvest news</title>
      <meta property="og:site_name" content="Le Quotidien"><meta property="article:published_time" content="2022-09-07T14:00:00Z">
      </head><body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
      <article><h1>Harvest news</h1><p class="byline">By Anne Martin</p>
      <p>${filler.repeat(3)}</p><p>"We will <b>never</b> give up," she said.</p><p>${filler.repeat(2)}</p></article>
      <footer>Copyright 2022 <script>alert(1)</script></footer></body></html>`;
    const doc = await documentFrom('html', html);
    expect(doc.text).toContain('"We will never give up," she said.');
    expect(doc.text).not.toContain('Sport');
    expect(doc.text).not.toContain('alert');
    expect(doc.text.split('\n\n').length).toBeGreaterThanOrEqual(3);
    expect(doc).toMatchObject({ title: 'Harvest news', outlet: 'Le Quotidien', language: 'fr', publishedAt: '2022-09-07T14:00:00Z', html });
  });

  it('when Markdown is imported, then its syntax is stripped and paragraphs stay apart', async () => {
    const md = '# Title here\n\nSome **bold** and _italic_ and [a link](https://x.test/a).\n\n> "A quote," he said.\n\n- item one\n- item two\n\n' +
      '```\ncode\n```\n\n<div class="ad">Sponsored</div>\n\nAn ![chart](c.png) of &amp; <b>costs</b>.';
    expect((await documentFrom('markdown', md)).text)
      .toBe('Title here\n\nSome bold and italic and a link.\n\n"A quote," he said.\n\nitem one\nitem two\n\ncode\n\nSponsored\n\nAn chart of & costs.');
    // raw HTML blocks read as HTML: entities decoded, no script, no comment
    const html = '<div><p>Tom &amp; Jerry&rsquo;s spokesman said &ldquo;no comment&rdquo;</p></div>\n\n<script>var s = "tracking pixel";</script>\n\n' +
      '<!-- internal: a > b, do not publish -->\n\nThe end.';
    expect((await documentFrom('markdown', html)).text).toBe('Tom & Jerry’s spokesman said “no comment”\n\nThe end.');
  });

  it('when Markdown links, images and code point anywhere, then only their words remain, whatever the address', async () => {
    const md = '"We will [click](javascript:alert(1)) win," said **Ana Ruiz**.\n\n' +
      'See [the data](data:text/html;base64,PHNjcmlwdD4=), [the file](file:///etc/passwd) and [the ref][r].\n\n' +
      'A ![pie chart](vbscript:msgbox(1)) here, ![](javascript:void(0)) none there, `rm -rf` as code, <javascript:alert(2)> bare.\n\n' +
      '[r]: javascript:alert(3)';
    expect((await documentFrom('markdown', md)).text).toBe('"We will click win," said Ana Ruiz.\n\n' +
      'See the data, the file and the ref.\n\nA pie chart here,  none there, rm -rf as code, javascript:alert(2) bare.');
  });

    it('when a Markdown file is built to be slow to read (1 MB of unclosed emphasis and image brackets), then other requests are not held up meanwhile', async () => {
    // Read on the main thread, " **x" × 80,000 had taken 26 s and "![" about as long as the reader's whole time limit;
    // read in the worker, the main thread stays free: its longest stall while the file is read stays short.
    // and a long run of spaces before a word, which the main thread's own trimming had taken quadratic time over
    for (const unit of [' **x', '![', 'spaces']) {
      const md = unit === 'spaces' ? `"Quote," he said.\n\na${' '.repeat(1_000_000)}x` : `"Quote," he said.\n\n${unit.repeat(Math.floor(1_000_000 / unit.length))}`;
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const doc = await documentFrom('markdown', md);
      delay.disable();
      expect(doc.text.startsWith('"Quote," he said.\n\n')).toBe(true);
      expect(doc.text.length).toBeGreaterThan(unit === 'spaces' ? 20 : 900_000);
      expect(delay.max / 1e6).toBeLessThan(400);
    }
  });

  it('when a file is Windows-1252 (a Word "Save as text"), then its curly quotes, dashes and accents are read as such', () => {
    const bytes = Buffer.from([0x93, ...Buffer.from('Fares are up'), 0x2c, 0x94, ...Buffer.from(' said Zo'), 0xeb, ...Buffer.from(' Clarke '), 0x96, ...Buffer.from(' 9'), 0x80]);
    expect(decodeDocument(bytes)).toBe('“Fares are up,” said Zoë Clarke – 9€');
    // declared by the server or in the page, the same table applies
    expect(decodeDocument(Buffer.from([0x91, 0x78, 0x92]), 'iso-8859-1')).toBe('‘x’');
    expect(decodeDocument(Buffer.from([...Buffer.from('<meta charset="windows-1252"><p>'), 0x93, 0x78, 0x94]), null, true)).toBe('<meta charset="windows-1252"><p>“x”');
  });

  it('when a file starts with a byte-order mark, then it is read in that encoding, UTF-16 too; a NUL byte otherwise means it is not text', () => {
    expect(decodeDocument(Buffer.from([0xff, 0xfe, ...Buffer.from('“x”', 'utf16le')]))).toBe('“x”');
    expect(decodeDocument(Buffer.from([0xfe, 0xff, 0x20, 0x1c, 0x00, 0x78]))).toBe('“x');
    expect(decodeDocument(Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('“x”')]))).toBe('“x”');
    expect(decodeDocument(Buffer.from([0x48, 0x00, 0x49]))).toBeNull();
    // an unknown declared charset is passed over, not trusted
    expect(decodeDocument(Buffer.from('“x”'), 'no-such-charset')).toBe('“x”');
    // a page declaring UTF-16 in a meta element is UTF-8, as browsers read it
    expect(decodeDocument(Buffer.from('<meta charset="utf-16"><p>“x”'), null, true)).toBe('<meta charset="utf-16"><p>“x”');
    // bytes full of control characters are not text, even without a NUL
    const noise = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37 + 11) % 255 + 1));
    expect(decodeDocument(noise)).toBeNull();
  });

  it('when hostile pages exhaust the reader’s time limit, then only they fail: a page queued behind them is read', async () => {
    configureDocumentReader({ runMs: () => 3000 });
    try {
      const hostile = '<div>'.repeat(200_000);
      const [first, second, innocent] = await Promise.allSettled([reduceHtml(hostile), reduceHtml(hostile), documentFrom('html', `<p>${filler}</p><p>"Fine," she said.</p>`)]);
      expect(first).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ message: expect.stringContaining('took too long') }) });
      expect(second).toMatchObject({ status: 'rejected' });
      expect(innocent).toMatchObject({ status: 'fulfilled', value: expect.objectContaining({ text: expect.stringContaining('"Fine," she said.') }) });
    } finally {
      configureDocumentReader({});
    }
  }, 30_000);

  it('when plain text has Windows line endings, then they are unified and the rest of the text is kept', () => {
    expect(normaliseText('\uFEFFone  \r\n\r\n\r\ntwo\r\n')).toBe('one  \n\n\ntwo');
  });

  it('when a file name has a known extension, then its kind is known; otherwise it is refused', () => {
    expect(kindOfFile('a.TXT')).toBe('text');
    expect(kindOfFile('a.htm')).toBe('html');
    expect(kindOfFile('a.md')).toBe('markdown');
    expect(kindOfFile('a.pdf')).toBeNull();
    expect(kindOfFile('a.exe', 'text/plain')).toBeNull();
  });
});
