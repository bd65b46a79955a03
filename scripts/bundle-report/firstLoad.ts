// Which JavaScript files a browser fetches before the app's first line runs: the entry
// `<script type="module">` and `<link rel="modulepreload">` of the built index.html, then,
// transitively, every file those import statically. A dynamic `import()` is not followed:
// it loads later, when the code asks for it. Pure (reading files is the caller's job), so
// the parsing is unit-tested on small fixtures.

/** `src` of module scripts and `href` of modulepreload links, in document order. */
export function entryScripts(html: string): string[] {
  const found: string[] = [];
  const tag = /<(script|link)\b([^>]*)>/gi;
  for (const [, name, attributes = ''] of html.matchAll(tag)) {
    const attr = (key: string) =>
      new RegExp(`\\b${key}\\s*=\\s*["']([^"']*)["']`, 'i').exec(attributes)?.[1];
    if (name!.toLowerCase() === 'script' && attr('type') === 'module' && attr('src'))
      found.push(attr('src')!);
    if (name!.toLowerCase() === 'link' && attr('rel') === 'modulepreload' && attr('href'))
      found.push(attr('href')!);
  }
  return found;
}

/**
 * Specifiers of a module's static imports and re-exports (`import … from "x"`,
 * `import "x"`, `export … from "x"`), not of `import("x")`.
 */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  // Minified output puts no space where source would: `import{a as b}from"./x.js"`.
  const statement =
    /(?:^|[;\n}])\s*(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*|\{[^}]*\})\s*from\s*)["']([^"']+)["']/g;
  for (const match of code.matchAll(statement)) found.push(match[1]!);
  return found;
}

/** Resolves `specifier` against the URL path of the importing file (`/assets/a.js`). */
export function resolvePath(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return null;
  return new URL(specifier, `http://x${from}`).pathname;
}

/**
 * Every script loaded before the app starts, as URL paths, entry first. `read` gives a
 * file's text by URL path (undefined when it does not exist: an error, the build is broken).
 */
export function firstLoadScripts(html: string, read: (path: string) => string | undefined) {
  const order: string[] = [];
  const queue = entryScripts(html).map((src) => resolvePath('/index.html', src));
  while (queue.length > 0) {
    const path = queue.shift();
    if (path == null || order.includes(path)) continue;
    const code = read(path);
    if (code === undefined) throw new Error(`index.html loads ${path}, which is not in the build`);
    order.push(path);
    for (const specifier of staticImports(code)) queue.push(resolvePath(path, specifier));
  }
  return order;
}
