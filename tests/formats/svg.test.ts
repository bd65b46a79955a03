import { DOMParser } from '@xmldom/xmldom';
import { toSvg } from '../../src/formats/svg';
import { cropDrawing, type Drawing } from '../../src/formats/drawing';

const drawing: Drawing = {
  nodes: [
    {
      id: 'a',
      x: 0,
      y: 0,
      width: 30,
      height: 30,
      shape: 'ellipse',
      color: '#1d4ed8',
      label: 'Iran',
    },
    {
      id: 'b',
      x: 200,
      y: 100,
      width: 40,
      height: 40,
      shape: 'hexagon',
      color: '#b91c1c',
      label: '<script>alert(1)</script> & co',
    },
  ],
  edges: [
    {
      id: 'a-b',
      points: [
        { x: 15, y: 0 },
        { x: 180, y: 90 },
      ],
      color: '#1d4ed8',
      width: 2,
      style: 'dashed',
      arrow: true,
      title: 'Iran supplies <b>',
    },
  ],
};

const options = {
  title: 'A "graph"',
  note: 'Filtered view of "A": 2 of 3 entities.',
  shapePath: () => 'M 0 0 L 100 0 L 100 100 Z',
};

describe('toSvg', () => {
  it('is well-formed SVG with every label as text, escaped', () => {
    const svg = toSvg(drawing, options);
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (_level, msg) => errors.push(msg) }).parseFromString(
      svg,
      'image/svg+xml',
    );
    expect(errors).toEqual([]);
    const texts = [...Array.from(doc.getElementsByTagName('text'))].map((t) => t.textContent);
    expect(texts).toEqual([
      'A "graph"',
      'Filtered view of "A": 2 of 3 entities.',
      'Iran',
      '<script>alert(1)</script> & co',
    ]);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('desc')[0]!.textContent).toBe(options.note);
  });

  it('draws every edge with its arrow and dashes, and every node shape where it is', () => {
    const doc = new DOMParser().parseFromString(toSvg(drawing, options), 'image/svg+xml');
    const edge = doc.getElementById('edge-a-b')!;
    expect(edge.getAttribute('marker-end')).toBe('url(#arrow-0)');
    expect(edge.getAttribute('stroke-dasharray')).toBe('6 4');
    const node = doc.getElementById('node-b')!;
    expect(node.getElementsByTagName('path')[0]!.getAttribute('transform')).toBe(
      'translate(180 80) scale(0.4 0.4)',
    );
    const svg = doc.documentElement!;
    expect(Number(svg.getAttribute('width'))).toBeGreaterThan(200);
  });
});

describe('cropDrawing', () => {
  it('keeps the nodes whose box meets the frame and the edges that may cross it', () => {
    const ids = (d: Drawing) => [...d.nodes, ...d.edges].map((e) => e.id);
    // around a and where its edge leaves it (a's box is -15..15; the edge starts at x 15)
    expect(ids(cropDrawing(drawing, { x1: -50, y1: -50, x2: 20, y2: 20 }))).toEqual(['a', 'a-b']);
    // around a, short of the edge
    expect(ids(cropDrawing(drawing, { x1: -50, y1: -50, x2: 10, y2: 10 }))).toEqual(['a']);
    // just past a's right side, before b: only the edge runs through
    expect(ids(cropDrawing(drawing, { x1: 60, y1: 20, x2: 100, y2: 60 }))).toEqual(['a-b']);
    // beyond everything
    expect(ids(cropDrawing(drawing, { x1: 500, y1: 500, x2: 600, y2: 600 }))).toEqual([]);
    // touching b's box edge (b spans 180..220) counts
    expect(ids(cropDrawing(drawing, { x1: 220, y1: 100, x2: 300, y2: 200 }))).toEqual(['b']);
  });
});

describe('toSvg of the view', () => {
  const frame = { x1: -50, y1: -50, x2: 20, y2: 20 };

  it('holds only what the frame shows, sized to the frame and clipped at its edge', () => {
    const doc = new DOMParser().parseFromString(
      toSvg(drawing, { ...options, frame }),
      'image/svg+xml',
    );
    expect(doc.getElementById('node-a')).not.toBeNull();
    expect(doc.getElementById('node-b')).toBeNull();
    expect(doc.getElementById('edge-a-b')).not.toBeNull();
    const svg = doc.documentElement!;
    const whole = new DOMParser().parseFromString(toSvg(drawing, options), 'image/svg+xml');
    const wholeWidth = Number(whole.documentElement!.getAttribute('width'));
    // 70 wide plus the margins, narrower than the whole drawing
    expect(Number(svg.getAttribute('width'))).toBe(70 + 2 * 40);
    expect(Number(svg.getAttribute('width'))).toBeLessThan(wholeWidth);
    const clip = doc.getElementById('view')!;
    const rect = clip.getElementsByTagName('rect')[0]!;
    expect(['x', 'y', 'width', 'height'].map((k) => Number(rect.getAttribute(k)))).toEqual([
      -50, -50, 70, 70,
    ]);
    const clipped = Array.from(doc.getElementsByTagName('g')).filter(
      (g) => g.getAttribute('clip-path') === 'url(#view)',
    );
    expect(clipped).toHaveLength(1);
    expect(clipped[0]!.getElementsByTagName('path').length).toBeGreaterThan(0);
  });

  it('has no clip when it is the whole drawing', () => {
    const svg = toSvg(drawing, options);
    expect(svg).not.toContain('clip-path');
    expect(svg).not.toContain('<clipPath');
  });
});
