// Measuring an HTML document's nesting before a browser parses it (see htmlDepth.ts).
import { MAX_HTML_DEPTH, nestsDeeperThan } from '../../src/domain/htmlDepth';

const nested = (depth: number, tag = 'div') =>
  `<body>${`<${tag} class="x">`.repeat(depth)}words${`</${tag}>`.repeat(depth)}</body>`;

describe('nestsDeeperThan', () => {
  it('finds 100,000 nested elements too deep, and stops at the limit', () => {
    expect(nestsDeeperThan(nested(100_000))).toBe(true);
    // <body> and the elements inside it: MAX_HTML_DEPTH levels pass, one more does not
    expect(nestsDeeperThan(nested(MAX_HTML_DEPTH - 1))).toBe(false);
    expect(nestsDeeperThan(nested(MAX_HTML_DEPTH))).toBe(true);
    expect(nestsDeeperThan(nested(10), 11)).toBe(false);
    expect(nestsDeeperThan(nested(10), 10)).toBe(true);
  });

  it('reads a long page of siblings as shallow', () => {
    expect(nestsDeeperThan(`<body>${'<div><span>a</span></div>'.repeat(50_000)}</body>`)).toBe(
      false,
    );
  });

  it('does not count what never nests: void, self-closed and often unclosed elements, comments', () => {
    const page = [
      '<br><img src="a.png"><meta charset="utf-8"><hr><input>'.repeat(2000),
      '<div/>'.repeat(2000),
      '<p>paragraph without its end tag'.repeat(2000),
      '<ul>' + '<li>item'.repeat(2000) + '</ul>',
      '<!-- <div><div><div> -->'.repeat(2000),
    ].join('');
    expect(nestsDeeperThan(page)).toBe(false);
  });

  it('sees tags in any case and with attributes spanning lines', () => {
    expect(nestsDeeperThan('<DIV\n  data-x="1">'.repeat(MAX_HTML_DEPTH + 1))).toBe(true);
  });
});
