// @vitest-environment jsdom
// Reading an article from a hostile HTML file: deep nesting, entity declarations, external
// references and prototype names give readable text or nothing, never a crash or a request.
import { articleFromHtml, linesOf } from '../../src/domain/articleFromFile';

describe('articleFromHtml, hostile input', () => {
  it('reads the text inside 200 nested elements, as a browser parses them', () => {
    const depth = 200;
    const html = `<body><article>${'<div>'.repeat(depth)}Deep words.${'</div>'.repeat(depth)}<p>After.</p></article></body>`;
    expect(articleFromHtml(html).text).toBe('Deep words.\n\nAfter.');
  });

  it('walks a tree 200,000 elements deep without overflowing the stack', () => {
    // Chromium's parser stops nesting at 512; a tree built otherwise has no such cap (and
    // jsdom takes minutes to parse one), so the walk gets a plain tree of that depth.
    type Plain = {
      nodeType: number;
      textContent: string | null;
      tagName?: string;
      childNodes: Plain[];
    };
    let tree: Plain = { nodeType: 3, textContent: 'Deep words.', childNodes: [] };
    for (let i = 0; i < 200_000; i++)
      tree = {
        nodeType: 1,
        tagName: i % 2 ? 'DIV' : 'SPAN',
        textContent: null,
        childNodes: [tree],
      };
    const after: Plain = {
      nodeType: 1,
      tagName: 'P',
      textContent: null,
      childNodes: [{ nodeType: 3, textContent: 'After.', childNodes: [] }],
    };
    const root: Plain = {
      nodeType: 1,
      tagName: 'ARTICLE',
      textContent: null,
      childNodes: [tree, after],
    };
    expect(linesOf(root)).toEqual(['Deep words.', 'After.']);
  });

  it('does not expand entities declared in a DOCTYPE (billion laughs) nor fetch external ones', () => {
    const laughs = [
      '<!DOCTYPE html [',
      '<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => {
        const prev = i === 0 ? 'lol' : `lol${i}`;
        return `<!ENTITY lol${i + 1} "${`&${prev};`.repeat(10)}">`;
      }),
      '<!ENTITY ext SYSTEM "https://attacker.example/secret">',
      ']>',
    ].join('\n');
    const html = `${laughs}<html><body><p>&lol9; &ext; Iran reportedly supplied drones.</p></body></html>`;
    const { text } = articleFromHtml(html);
    expect(text.length).toBeLessThan(200);
    expect(text).toContain('Iran reportedly supplied drones.');
    expect(text).not.toContain('lollol');
  });

  it('keeps prototype names as text and leaves Object.prototype alone', () => {
    const html =
      '<html><head><meta property="og:title" content="__proto__"><meta name="constructor" content="x"></head>' +
      '<body><article id="__proto__" class="constructor"><p>__proto__ constructor toString</p></article></body></html>';
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const article = articleFromHtml(html);
    expect(article.title).toBe('__proto__');
    expect(article.text).toBe('__proto__ constructor toString');
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });
});

describe('articleFromHtml, nesting a browser would take minutes to parse', () => {
  it('refuses it with a problem that says what to do, without parsing it', () => {
    const html = `<body>${'<div>'.repeat(100_000)}words${'</div>'.repeat(100_000)}</body>`;
    const parser = {
      parseFromString: () => {
        throw new Error('parsed');
      },
    } as unknown as DOMParser;
    const read = articleFromHtml(html, parser);
    expect(read.text).toBe('');
    expect(read.problem).toBe(
      'this HTML nests its elements more than 1,000 deep, which no article does and which would freeze the page while the browser reads it: save the article as text (.txt) and open that',
    );
  });
});
