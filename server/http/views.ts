import { readFileSync } from 'node:fs';
import path from 'node:path';
import ejs from 'ejs';

type Render = (file: string, options: object, callback: (err: Error | null, html?: string) => void) => void;

const NEEDS_ESCAPING = /[&<>'"]/;

/**
 * What `<%= %>` writes: the same entities as EJS's own escaper (`&<>"'`), and nothing for null and undefined. Most
 * values on a page (ids, dates, names, statuses) hold none of those characters; they are tested once and returned as
 * they are. The rest (notes, the audit page's JSON, full of quotes) are copied in one pass over their characters,
 * where a replacement with a callback per entity took over twice as long.
 */
export function escapeHtml(value: unknown): string {
  if (value === undefined || value === null) return '';
  const s = String(value);
  if (!NEEDS_ESCAPING.test(s)) return s;
  let out = '';
  let copied = 0;
  for (let i = 0; i < s.length; i++) {
    let entity: string;
    switch (s.charCodeAt(i)) {
      case 38: entity = '&amp;'; break;
      case 60: entity = '&lt;'; break;
      case 62: entity = '&gt;'; break;
      case 34: entity = '&#34;'; break;
      case 39: entity = '&#39;'; break;
      default: continue;
    }
    out += s.slice(copied, i) + entity;
    copied = i + 1;
  }
  return out + s.slice(copied);
}

/** The code of a template's scriptlets (`<% %>`, `<%= %>`, `<%- %>`), without comments and literal `<%%`. */
const SCRIPTLET = /<%([_=\-#%]?)([\s\S]*?)[-_]?%>/g;
/** Quoted strings, whose words are text and not names. Template literals stay: their `${…}` are code. */
const STRING_LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g;
/** An identifier that is not a property (`c.quote`); a spread (`...rows`) still reads a name. */
const IDENTIFIER = /(?<![\w$])(?<!(?:^|[^.])\.)[A-Za-z_$][\w$]*/g;
/** Words that are not variables, and the names EJS's compiled function gives itself. */
const NOT_LOCAL = new Set(
  ('break case catch class const continue debugger default delete do else export extends false finally for function if ' +
    'import in instanceof let new null of return super switch this throw true try typeof var void while with yield async await enum ' +
    'static get set arguments eval undefined NaN Infinity locals __locals __output __append __line __lines __filename escapeFn include rethrow')
    .split(' '),
);

/**
 * The names a template reads that it does not declare at its top level: each one is a local of the page (or a
 * global, such as `encodeURIComponent`). Over-counting is harmless (a name no page passes reads as undefined);
 * a `const`, `let`, `class` or `function` of the template's own top level is left out: it is the template's, and
 * declaring it twice would not compile.
 */
export function templateNames(template: string): string[] {
  let code = '';
  for (const m of template.matchAll(SCRIPTLET)) if (m[1] !== '#' && m[1] !== '%') code += `${m[2]!}\n;`;
  code = code.replace(STRING_LITERAL, "''");
  const declared = new Set<string>();
  let depth = 0;
  const DECLARATION = /\b(?:const|let|class|function)\s+([A-Za-z_$][\w$]*)|[{}()[\]]/g;
  for (const m of code.matchAll(DECLARATION)) {
    if (m[1] !== undefined) {
      if (depth === 0) declared.add(m[1]);
    } else depth += m[0] === '{' || m[0] === '(' || m[0] === '[' ? 1 : -1;
  }
  const names = new Set<string>();
  for (const [name] of code.matchAll(IDENTIFIER)) if (!NOT_LOCAL.has(name) && !declared.has(name)) names.add(name);
  return [...names];
}

/**
 * A scriptlet, on the template's first line so error lines stay right, that binds each name the template reads to
 * its local once per render: `x` is `locals.x`, and a global name stays the global unless the page passes its own,
 * as inside `with (locals)`. EJS otherwise compiles templates inside `with (locals)`, where every name in the page
 * (its locals, and EJS's own `__append` and `escapeFn`, one call each per value written) is looked up by name at
 * run time, and that lookup was the largest single cost of rendering a page.
 */
export function bindLocals(template: string): string {
  const names = templateNames(template);
  if (names.length === 0) return template;
  const bindings = names.map((n) => (n in globalThis ? `${n} = ${JSON.stringify(n)} in __locals ? __locals.${n} : globalThis.${n}` : `${n} = __locals.${n}`));
  return `<% var __locals = locals || {}, ${bindings.join(', ')}; %>${template}`;
}

/**
 * The EJS engine with `views/` as the root of absolute includes: `include('/partials/head')` resolves by joining
 * paths, where a relative include is looked for on disk first, on every call, in every page. Templates of `views/`
 * are compiled without `with (locals)` (see `bindLocals`); kept templates are compiled without line tracking.
 */
export function ejsEngine(viewsDir: string): Render {
  bindTemplatesUnder(viewsDir);
  return (file, options, callback) => {
    const cache = (options as { cache?: unknown }).cache === true;
    // Line tracking (a statement per template line, to name the line of an error) only where templates are edited;
    // there too the templates' indentation is sent as written. Kept templates drop it (every text area and <pre> of
    // the views opens and closes on one line, so only the templates' own margins go): the claims list went from
    // 43.3 to 39.9 KB.
    // why: EJS copies a template's locals into a fresh object before running it, on top of the copy every include()
    // already makes (a page with its head, navigation and partials copied all its locals a dozen times); templates
    // here only read their locals (bindLocals binds each name once), so the data they are given is used as it is
    const settings = { root: viewsDir, views: [viewsDir], cache, compileDebug: !cache, rmWhitespace: cache, escape: escapeHtml, _with: false, unsafePrototypeLocals: true };
    ejs.renderFile(file, options as ejs.Data, settings, callback);
  };
}

/** Directories whose templates EJS reads with their names bound (`bindLocals`). */
const boundRoots = new Set<string>();

function bindTemplatesUnder(dir: string): void {
  const installed = boundRoots.size > 0;
  boundRoots.add(path.resolve(dir) + path.sep);
  if (installed) return;
  const readOther = ejs.fileLoader;
  // why: EJS reads every template, an include's too, through this documented hook, so one place binds them all
  ejs.fileLoader = (file: string) => {
    const full = path.resolve(file);
    for (const root of boundRoots) if (full.startsWith(root)) return bindLocals(readFileSync(full, 'utf8'));
    return readOther(file);
  };
}
