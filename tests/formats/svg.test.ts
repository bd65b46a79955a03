import { DOMParser } from '@xmldom/xmldom';
import { toSvg } from '../../src/formats/svg';
import type { Drawing } from '../../src/formats/drawing';

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
