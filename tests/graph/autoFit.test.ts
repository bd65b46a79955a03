// @vitest-environment jsdom
// The graph re-fits when its box changes size, until the user moves the camera; fitting on
// purpose resumes it.
import type { Core } from 'cytoscape';
import { autoFit } from '../../src/graph/autoFit';
import { fitGraph, zoomBy } from '../../src/graph/camera';
import { createCy } from '../../src/graph/createCy';
import { sampleGraph } from '../fixtures/sampleGraph';

let cy: Core;
let container: HTMLDivElement;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

beforeEach(() => {
  container = document.createElement('div');
  Object.defineProperty(container, 'clientWidth', { value: 800 });
  Object.defineProperty(container, 'clientHeight', { value: 600 });
  document.body.append(container);
  cy = createCy(sampleGraph(), container);
});

afterEach(() => {
  cy.destroy();
  container.remove();
});

it('re-fits on resize until the user zooms or pans, and again after a fit', async () => {
  const fit = vi.fn();
  const stop = autoFit(cy, fit);
  cy.emit('resize');
  await frame();
  expect(fit).toHaveBeenCalledTimes(1);

  zoomBy(cy, 1.25); // the user's own camera move
  cy.emit('resize');
  await frame();
  expect(fit).toHaveBeenCalledTimes(1);

  fitGraph(cy); // "fit" on purpose
  cy.emit('resize');
  await frame();
  expect(fit).toHaveBeenCalledTimes(2);

  cy.emit('dragpan');
  cy.emit('resize');
  await frame();
  expect(fit).toHaveBeenCalledTimes(2);
  stop();
});
