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

/** Gives the container a size (jsdom has no layout). */
function setSize(width: number, height: number) {
  Object.defineProperty(container, 'clientWidth', { value: width, configurable: true });
  Object.defineProperty(container, 'clientHeight', { value: height, configurable: true });
}

/** The box changes size and Cytoscape notices (as its resize observer would make it). */
let width = 800;
function grow() {
  width += 10;
  setSize(width, 600);
  cy.resize();
}

beforeEach(() => {
  container = document.createElement('div');
  width = 800;
  setSize(800, 600);
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
  grow();
  await frame();
  expect(fit).toHaveBeenCalledTimes(1);

  zoomBy(cy, 1.25); // the user's own camera move
  grow();
  await frame();
  expect(fit).toHaveBeenCalledTimes(1);

  fitGraph(cy); // "fit" on purpose
  grow();
  await frame();
  expect(fit).toHaveBeenCalledTimes(2);

  cy.emit('dragpan');
  grow();
  await frame();
  expect(fit).toHaveBeenCalledTimes(2);
  stop();
});

it('does not re-fit when Cytoscape reports a resize that changed nothing', async () => {
  const fit = vi.fn();
  const stop = autoFit(cy, fit);
  cy.resize(); // same 800×600: what Cytoscape's resize observer does on its first call
  await frame();
  expect(fit).not.toHaveBeenCalled();
  grow();
  await frame();
  expect(fit).toHaveBeenCalledTimes(1);
  stop();
});
