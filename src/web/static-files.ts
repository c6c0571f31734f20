import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A static file held in memory. */
export interface StaticFile {
  body: string;
  type: string;
}

const require = createRequire(import.meta.url);
const fromPackage = (pkg: string, file: string) => readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), file), 'utf8');
const own = (file: string) => readFileSync(new URL(`./static/${file}`, import.meta.url), 'utf8');

const JS = 'text/javascript; charset=utf-8';

/** The files under /static/, read once: htmx and SortableJS from node_modules, the workbench's own CSS, JS and icon. */
export function loadStaticFiles(): Map<string, StaticFile> {
  return new Map([
    ['htmx.min.js', { body: fromPackage('htmx.org', 'dist/htmx.min.js'), type: JS }],
    ['sortable.min.js', { body: fromPackage('sortablejs', 'Sortable.min.js'), type: JS }],
    ['app.js', { body: own('app.js'), type: JS }],
    ['app.css', { body: own('app.css'), type: 'text/css; charset=utf-8' }],
    ['bulletin-editor.js', { body: own('bulletin-editor.js'), type: JS }],
    ['bulletin-editor.css', { body: own('bulletin-editor.css'), type: 'text/css; charset=utf-8' }],
    ['article.css', { body: own('article.css'), type: 'text/css; charset=utf-8' }],
    ['icon.svg', { body: own('icon.svg'), type: 'image/svg+xml' }],
  ]);
}
