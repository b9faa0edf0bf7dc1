import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ejs from 'ejs';
import { bindLocals, escapeHtml, templateNames } from '../../server/http/views';

const VIEWS = path.resolve(__dirname, '../../views');

function templates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? templates(path.join(dir, e.name)) : e.name.endsWith('.ejs') ? [path.join(dir, e.name)] : []);
}

/** Renders a template both ways: as EJS does by default, inside `with (locals)`, and bound as the app binds it. */
function bothWays(template: string, locals: Record<string, unknown>): [string, string] {
  const withLocals = ejs.render(template, locals, { escape: escapeHtml });
  const bound = ejs.render(bindLocals(template), locals, { escape: escapeHtml, _with: false });
  return [withLocals, bound];
}

describe('templateNames', () => {
  it('when a template reads locals, properties and strings, then only the names it reads are listed', () => {
    const names = templateNames(`<h1><%= title %></h1><% for (const c of rows) { %><%= c.quote.slice(0, 3) %> <%= 'label' %><% } %>`);
    expect(names).toEqual(expect.arrayContaining(['title', 'rows', 'c']));
    expect(names).not.toContain('quote');
    expect(names).not.toContain('slice');
    expect(names).not.toContain('label');
    expect(names).not.toContain('const');
  });

  it('when a name is spread, then it is read; when a comment or a literal <%% mentions one, then it is not', () => {
    const names = templateNames(`<% const all = { ...helpers }; %><%# secret %><%% hidden %>`);
    expect(names).toContain('helpers');
    expect(names).not.toContain('secret');
    expect(names).not.toContain('hidden');
  });

  it('when the template declares a name at its top level, then that name is its own and not a local', () => {
    const names = templateNames(`<% const shorten = (s) => s; function pad(x) { return x; } %><% if (a) { const inner = 1; } %>`);
    expect(names).not.toContain('shorten');
    expect(names).not.toContain('pad');
    // Declared in a block only: the top level may still read a local of that name.
    expect(names).toContain('inner');
  });
});

describe('bindLocals', () => {
  const cases: Array<[string, string, Record<string, unknown>]> = [
    ['locals and escaping', `<p><%= name %> & <%- html %></p>`, { name: `<b>"O'Brien"</b>`, html: '<i>ok</i>' }],
    ['a local that is absent, read through typeof', `<%= typeof hint !== 'undefined' ? hint : 'none' %>`, {}],
    ['a global', `<%= encodeURIComponent(q) %> <%= JSON.stringify(list) %>`, { q: 'a b&c', list: [1, 2] }],
    ['a local named like a global wins over it', `<%= String(1) %>`, { String: () => 'mine' }],
    ['a block declaration shadowing a local', `<%= c %><% for (const c of rows) { %>[<%= c %>]<% } %><%= c %>`, { c: 'outer', rows: [1, 2] }],
    ['a top-level const and function of the template', `<% const twice = (s) => s + s; function shout(s) { return s.toUpperCase(); } %><%= twice(shout(w)) %>`, { w: 'hi' }],
    ['nothing to bind', `<p>static</p>`, {}],
    ['reserved words in the text of a template literal', '<%= `enum ${x} await` %>', { x: 1 }],
  ];

  it.each(cases)('when a template has %s, then it renders exactly as inside with (locals)', (_name, template, locals) => {
    const [expected, actual] = bothWays(template, locals);
    expect(actual).toBe(expected);
  });

  it('when a bound template fails, then the error names the template line that failed, as while templates are edited', () => {
    const template = '<p><%= a %></p>\n<p><%= b.missing.field %></p>';
    expect(bindLocals(template).split('\n')).toHaveLength(2);
    const render = () => ejs.render(bindLocals(template), { a: 1, b: {} }, { escape: escapeHtml, _with: false, compileDebug: true, filename: 'page.ejs' });
    expect(render).toThrow(/page\.ejs:2\n/);
  });

  it.each(templates(VIEWS).map((f) => [path.relative(VIEWS, f), f]))('when %s is bound, then it still compiles', (_name, file) => {
    expect(() => ejs.compile(bindLocals(readFileSync(file, 'utf8')), { filename: file, root: VIEWS, _with: false })).not.toThrow();
  });
});
