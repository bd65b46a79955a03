// The size report's parsing: which files a built index.html makes the browser load before
// the app runs (entry script, modulepreloads, their static imports; never a dynamic import).
import {
  entryScripts,
  firstLoadScripts,
  staticImports,
} from '../../scripts/bundle-report/firstLoad';

describe('entryScripts', () => {
  it('lists module scripts and modulepreload links, not stylesheets or icons', () => {
    const html = `<link rel="icon" href="/favicon.svg">
      <script type="module" crossorigin src="/assets/index-A.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/react-B.js">
      <link rel="stylesheet" href="/assets/index-C.css">`;
    expect(entryScripts(html)).toEqual(['/assets/index-A.js', '/assets/react-B.js']);
  });
});

describe('staticImports', () => {
  it('finds minified imports and re-exports but not dynamic imports', () => {
    const code =
      'import{a as b,c$ as d}from"./react-B.js";import"./side.js";import*as ns from"./ns.js";' +
      'const x=()=>import("./lazy.js");export{y as z}from"./re.js";export*from"./all.js";';
    expect(staticImports(code)).toEqual([
      './react-B.js',
      './side.js',
      './ns.js',
      './re.js',
      './all.js',
    ]);
  });

  it('does not mistake a string containing "import" for an import', () => {
    expect(staticImports('const s="import";const t=load("./x.js");')).toEqual([]);
  });
});

describe('firstLoadScripts', () => {
  const files = new Map([
    ['/assets/index.js', 'import{r}from"./react.js";import"./shared.js";()=>import("./dexie.js")'],
    ['/assets/react.js', 'export const r=1;'],
    ['/assets/shared.js', 'import{r}from"./react.js";'],
    ['/assets/dexie.js', 'export const d=1;'],
  ]);
  const read = (path: string) => files.get(path);

  it('follows static imports transitively, once each, and skips lazy chunks', () => {
    const html = '<script type="module" src="/assets/index.js"></script>';
    expect(firstLoadScripts(html, read)).toEqual([
      '/assets/index.js',
      '/assets/react.js',
      '/assets/shared.js',
    ]);
  });

  it('fails when index.html names a file the build does not have', () => {
    const html = '<link rel="modulepreload" href="/assets/gone.js">';
    expect(() => firstLoadScripts(html, read)).toThrow('/assets/gone.js');
  });
});
