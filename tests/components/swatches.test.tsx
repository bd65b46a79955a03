// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { EntitySwatch, StatusSwatch } from '../../src/components';
import { ENTITY_SHAPES, entityLook, statusLook } from '../../src/domain/appearance';
import { shapePath } from '../../src/components/swatches/shapePath';

const SHAPES = ENTITY_SHAPES;

describe('swatches', () => {
  it('draws each Cytoscape node shape as a distinct closed path inside its box', () => {
    const paths = SHAPES.map((shape) => shapePath(shape, 16));
    expect(new Set(paths).size).toBe(SHAPES.length);
    for (const d of paths) {
      expect(d).toMatch(/^M .* Z$/);
      const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      numbers.forEach((n) => expect(n).toBeGreaterThanOrEqual(0));
      numbers.forEach((n) => expect(n).toBeLessThanOrEqual(16));
    }
    // a diamond's corners sit at the middles of the box's sides
    expect(shapePath('diamond', 16, 1)).toBe('M 8 15 L 15 8 L 8 1 L 1 8 Z');
  });

  it('an entity swatch fills its shape with the type colour and hides from screen readers', () => {
    const look = entityLook(3);
    const { container } = render(<EntitySwatch look={look} />);
    const svg = container.querySelector('svg')!;
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg.dataset.shape).toBe('diamond');
    expect(svg.querySelector('path')).toHaveAttribute('fill', look.color);
  });

  it('a contested status shows its red bar; the most certain shows no marker', () => {
    const contested = statusLook({ id: 'd', label: 'd', description: 'd', contested: true }, 3);
    const { container, rerender } = render(<StatusSwatch look={contested} />);
    expect(container.querySelector('svg')!.dataset.marker).toBe('tee');
    expect(container.querySelector('rect')).toHaveAttribute('fill', contested.color);
    rerender(<StatusSwatch look={statusLook({ id: 's', label: 's', description: 's' }, 0)} />);
    expect(container.querySelector('svg')!.dataset.marker).toBe('none');
    expect(container.querySelectorAll('circle, rect, polygon')).toHaveLength(0);
  });
});
