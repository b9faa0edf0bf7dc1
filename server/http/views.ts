import ejs from 'ejs';

type Render = (file: string, options: object, callback: (err: Error | null, html?: string) => void) => void;

/**
 * The EJS engine with `views/` as the root of absolute includes: `include('/partials/head')` resolves by joining
 * paths, where a relative include is looked for on disk first, on every call, in every page. Kept templates are
 * compiled without line tracking.
 */
export function ejsEngine(viewsDir: string): Render {
  return (file, options, callback) => {
    const cache = (options as { cache?: unknown }).cache === true;
    // Line tracking (a statement per template line, to name the line of an error) only where templates are edited.
    ejs.renderFile(file, options as ejs.Data, { root: viewsDir, views: [viewsDir], cache, compileDebug: !cache }, callback);
  };
}
