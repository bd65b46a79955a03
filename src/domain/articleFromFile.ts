// An opened article file → its readable text and what its metadata says (title, publisher,
// date, URL). HTML is parsed with the platform's DOMParser (never inserted into the page),
// scripts, styles and navigation dropped, blocks turned into lines ("- " for list items).
// Plain text and Markdown are kept exactly as written.
import type { ArticleDetails } from './newGraph';
import { MAX_HTML_DEPTH, nestsDeeperThan } from './htmlDepth';

/** An article read from a file, or why nothing could be read from it. */
export type ArticleRead = ArticleDetails & { problem?: string };

const DROPPED =
  'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, ' +
  'figure figcaption, [role="navigation"], [aria-hidden="true"]';
const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'FIGURE',
  'BR',
  'HR',
  'DL',
  'DT',
  'DD',
]);

function meta(doc: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

/** What linesOf reads of a DOM node (an interface, so a test can hand it any tree). */
export interface ReadableNode {
  nodeType: number;
  textContent: string | null;
  tagName?: string;
  childNodes: ArrayLike<ReadableNode>;
}

/**
 * Readable lines of `root`: one per block, list items with "- ", spaces collapsed. Walked
 * with a stack of its own, not by recursion: however deep the nesting, no stack overflow.
 */
export function linesOf(root: ReadableNode): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text !== '' && text !== '-') lines.push(text);
    line = '';
  };
  // An element is pushed twice: to enter it (then its children), and to leave it.
  const todo: { node: ReadableNode; leaving: boolean }[] = [{ node: root, leaving: false }];
  for (let next = todo.pop(); next; next = todo.pop()) {
    const { node, leaving } = next;
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const block = BLOCK.has(node.tagName ?? '');
    if (leaving) {
      if (block) flush();
      continue;
    }
    if (block) flush();
    if (node.tagName === 'LI') line = '- ';
    todo.push({ node, leaving: true });
    for (let i = node.childNodes.length - 1; i >= 0; i--)
      todo.push({ node: node.childNodes[i]!, leaving: false });
  }
  flush();
  return lines;
}

export function articleFromHtml(html: string, parser: DOMParser = new DOMParser()): ArticleRead {
  if (nestsDeeperThan(html))
    return {
      title: '',
      text: '',
      problem: `this HTML nests its elements more than ${MAX_HTML_DEPTH.toLocaleString('en')} deep, which no article does and which would freeze the page while the browser reads it: save the article as text (.txt) and open that`,
    };
  const doc = parser.parseFromString(html, 'text/html');
  const title =
    meta(doc, 'og:title', 'twitter:title') ??
    doc.querySelector('h1')?.textContent?.trim() ??
    doc.title.trim();
  const publisher = meta(doc, 'og:site_name', 'publisher', 'application-name');
  const published =
    meta(doc, 'article:published_time', 'date', 'pubdate', 'dc.date') ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const url =
    meta(doc, 'og:url') ??
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    undefined;
  doc.querySelectorAll(DROPPED).forEach((el) => el.remove());
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  // Paragraphs apart by a blank line; consecutive list items on consecutive lines.
  const lines = root ? linesOf(root) : [];
  const text = lines
    .map((l, k) => {
      if (k === 0) return l;
      const inList = l.startsWith('- ') && lines[k - 1]!.startsWith('- ');
      return `${inList ? '\n' : '\n\n'}${l}`;
    })
    .join('');
  return {
    title: title ?? '',
    text,
    ...(publisher ? { publisher } : {}),
    ...(published ? { published } : {}),
    ...(url && /^https?:\/\//.test(url) ? { url } : {}),
  };
}

/** A text or Markdown file: the text as is; the title from a "# " heading or a short first line. */
export function articleFromText(text: string, fileName = ''): ArticleDetails {
  const first =
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  const heading = /^#\s+(.+)$/.exec(first)?.[1];
  const title =
    heading ?? (first.length > 0 && first.length <= 120 ? first : fileName.replace(/\.[^.]+$/, ''));
  return { title, text };
}

/** Details from an opened file, by its name: .html/.htm parsed, anything else read as text. */
export function articleFromFile(name: string, content: string, parser?: DOMParser): ArticleRead {
  return /\.x?html?$/i.test(name)
    ? articleFromHtml(content, parser)
    : articleFromText(content, name);
}
