// @vitest-environment jsdom
import {
  articleFromFile,
  articleFromHtml,
  articleFromText,
} from '../../src/domain/articleFromFile';
import { articleProblems, newGraphFromArticle } from '../../src/domain/newGraph';
import { loadGraph } from '../../src/domain/loadGraph';

const HTML = `<!doctype html><html><head>
<title>Site | Drones</title>
<meta property="og:title" content="Iran and Russia deepen ties">
<meta property="og:site_name" content="The Daily">
<meta property="article:published_time" content="2024-10-02">
<link rel="canonical" href="https://example.org/iran-russia">
<style>p { color: red }</style><script>alert('x')</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Iran and Russia deepen ties</h1>
<p>Iran reportedly   supplied
Russia with drones.</p>
<ul><li>Washington accuses Iran</li><li>Tehran denies it</li></ul>
<p>Putin met <b>Pezeshkian</b>.<script>track()</script></p></article>
<footer>© The Daily</footer></body></html>`;

describe('articleFromHtml', () => {
  it('keeps the readable text and the metadata, dropping scripts, styles and navigation', () => {
    expect(articleFromHtml(HTML)).toEqual({
      title: 'Iran and Russia deepen ties',
      publisher: 'The Daily',
      published: '2024-10-02',
      url: 'https://example.org/iran-russia',
      text:
        'Iran and Russia deepen ties\n\nIran reportedly supplied Russia with drones.\n\n' +
        '- Washington accuses Iran\n- Tehran denies it\n\nPutin met Pezeshkian.',
    });
  });

  it('falls back to <title> and leaves out what the page does not say', () => {
    const page = '<html><head><title>Plain</title></head><body><p>One line.</p></body></html>';
    expect(articleFromHtml(page)).toEqual({ title: 'Plain', text: 'One line.' });
  });
});

describe('articleFromText and articleFromFile', () => {
  it('keeps text and Markdown exactly, titled by a heading or a short first line', () => {
    const md = '# Drones\n\nIran  supplied *Russia*.\n';
    expect(articleFromFile('a.md', md)).toEqual({ title: 'Drones', text: md });
    expect(articleFromText('Short title\nBody.')).toEqual({
      title: 'Short title',
      text: 'Short title\nBody.',
    });
    expect(articleFromText(`${'x'.repeat(200)}\n`, 'story.txt').title).toBe('story');
    expect(articleFromFile('page.HTML', HTML).publisher).toBe('The Daily');
  });
});

describe('newGraphFromArticle', () => {
  it('makes a self-contained graph the loader accepts, with the default vocabulary', () => {
    const graph = newGraphFromArticle({
      title: ' Drones ',
      text: 'Iran supplied Russia.',
      url: 'https://example.org/a',
      publisher: '',
    });
    expect(graph.sources).toEqual([
      {
        id: 'drones',
        title: 'Drones',
        text: 'Iran supplied Russia.',
        url: 'https://example.org/a',
      },
    ]);
    expect(graph.statuses.map((s) => s.id)).toEqual(['stated', 'reported', 'alleged', 'denied']);
    expect(loadGraph(graph, () => undefined).ok).toBe(true);
  });

  it('can take another graph’s vocabulary', () => {
    const other = newGraphFromArticle({ title: 'A', text: 'a' });
    other.statuses = [{ id: 'fact', label: 'Fact', description: 'True.' }];
    expect(newGraphFromArticle({ title: 'B', text: 'b' }, other).statuses).toEqual(other.statuses);
  });

  it('says what is missing', () => {
    expect(articleProblems({ title: ' ', text: '', url: 'example.org' })).toEqual([
      'Give the article a title.',
      'Paste or open the article’s text.',
      'The URL is not a full address (https://…).',
    ]);
  });
});
