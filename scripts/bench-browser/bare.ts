// The benchmark's baseline: a page with no React, no validation and no panels that draws
// the same elements, with the same stylesheet, as the app's canvas. By default it runs the
// app's seeded fcose layout (its code loaded first, as a page that lays out must); with
// `&positions=<url>` it puts the entities at the positions in that file instead, as the
// app does for the bundled graph (graph-data/positions/). "App load → first frame" over
// this page's is the app's overhead.
import { createCy } from '../../src/graph/createCy';
import { loadForceLayout, runLayout } from '../../src/graph/layout';
import { fitGraph } from '../../src/graph/camera';
import type { GraphFile } from '../../src/domain/schema';

const query = new URLSearchParams(window.location.search);
const url = query.get('graph');
if (!url) throw new Error('bare.html needs ?graph=<url>');
const positionsUrl = query.get('positions');
const [graph, shipped] = await Promise.all([
  fetch(url).then((r) => r.json() as Promise<GraphFile>),
  positionsUrl
    ? fetch(positionsUrl).then((r) => r.json() as Promise<{ positions: Record<string, number[]> }>)
    : (loadForceLayout().then(() => null) as Promise<null>),
]);
const container = document.getElementById('bare-cy');
if (!container) throw new Error('bare.html has no #bare-cy');
const cy = createCy(graph, container);
performance.mark('layout:start');
if (shipped) {
  cy.nodes().positions((node) => {
    const [x = 0, y = 0] = shipped.positions[node.id()] ?? [];
    return { x, y };
  });
} else {
  runLayout(cy);
}
performance.mark('layout:end');
fitGraph(cy);
// The benchmark's probe looks for the instance where the app puts it.
(window as unknown as { cy: unknown }).cy = cy;
