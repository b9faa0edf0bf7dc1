import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const VIEWS = path.resolve(__dirname, '../../views');

function templates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? templates(path.join(dir, e.name)) : e.name.endsWith('.ejs') ? [path.join(dir, e.name)] : [],
  );
}

const files = templates(VIEWS).map((f) => ({ name: path.relative(VIEWS, f), text: readFileSync(f, 'utf8') }));

test('when views use unescaped output, then it is only to include another view', () => {
  const offenders = files.flatMap(({ name, text }) =>
    [...text.matchAll(/<%-([\s\S]*?)%>/g)].filter((m) => !/^\s*include\(/.test(m[1]!)).map((m) => `${name}: ${m[0]}`),
  );
  expect(offenders).toEqual([]);
});

test('when views add script or style, then it comes from a file (the CSP forbids inline)', () => {
  const offenders = files.flatMap(({ name, text }) => {
    const found: string[] = [];
    for (const m of text.matchAll(/<script\b[^>]*>/gi)) if (!/\bsrc=/.test(m[0])) found.push(`${name}: inline <script>`);
    if (/<style\b/i.test(text)) found.push(`${name}: <style> block`);
    if (/\sstyle\s*=/i.test(text)) found.push(`${name}: style attribute`);
    if (/\son[a-z]+\s*=\s*["']/i.test(text)) found.push(`${name}: inline event handler`);
    return found;
  });
  expect(offenders).toEqual([]);
});

test('when a view has a form that posts, then it carries the _csrf token', () => {
  const offenders = files.flatMap(({ name, text }) =>
    [...text.matchAll(/<form\b[^>]*method="post"[^>]*>([\s\S]*?)<\/form>/gi)]
      .filter((m) => !m[1]!.includes('name="_csrf"'))
      .map(() => name),
  );
  expect(offenders).toEqual([]);
});

test('when a page is a full page, then it starts with the head partial and ends with the foot', () => {
  const pages = files.filter((f) => !f.name.startsWith('partials') && !path.basename(f.name).startsWith('_'));
  expect(pages.filter(({ text }) => /include\('(\.\.)?\/partials\/head'/.test(text)).length).toBeGreaterThan(10);
  const offenders = pages
    .filter(({ text }) => /include\('(\.\.)?\/partials\/head'/.test(text) !== /include\('(\.\.)?\/partials\/foot'/.test(text))
    .map((f) => f.name);
  expect(offenders).toEqual([]);
});

test('when a view has a text area or preformatted text, then it opens and closes on one line (kept templates drop line margins)', () => {
  const offenders = files.flatMap(({ name, text }) =>
    text.split('\n').flatMap((line, i) => {
      const found: string[] = [];
      for (const tag of ['textarea', 'pre']) {
        if (new RegExp(`<${tag}\\b`, 'i').test(line) && !new RegExp(`</${tag}>`, 'i').test(line)) found.push(`${name}:${i + 1}: <${tag}> closes on another line`);
      }
      return found;
    }),
  );
  expect(offenders).toEqual([]);
});
