// How deep an HTML document nests its elements, read from its tags without parsing it.
// Browsers stop nesting at 512 levels and then parse every further level in time that grows
// with the square of the depth (Chromium: 0.4 s for 10,000 nested <div>s, 33 s for 100,000),
// on the page's own thread: a hostile .html file would freeze the tab. So the depth is
// measured first, in one pass, and a document nested beyond any real article's is refused.

/** Nesting no real article comes near (pages nest a few dozen levels). */
export const MAX_HTML_DEPTH = 1000;

// Elements that never hold others, and those whose end tag pages often leave out (counting
// them would read a list of unclosed <p>s as deep nesting).
const NOT_COUNTED = new Set(
  (
    'area base br col embed hr img input link meta source track wbr param keygen ' +
    'p li dt dd tr td th option optgroup tbody thead tfoot colgroup rb rt rp'
  ).split(' '),
);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>|<!--[\s\S]*?-->/g;

/** True when `html` nests its elements more than `limit` deep (it stops counting there). */
export function nestsDeeperThan(html: string, limit = MAX_HTML_DEPTH): boolean {
  let depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const [, closing, name, selfClosing] = m;
    if (name === undefined || NOT_COUNTED.has(name.toLowerCase()) || selfClosing) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else if (++depth > limit) return true;
  }
  return false;
}
