// The page `npm run layout:bundled` opens: the bundled graph, loaded and drawn the way the
// app's canvas does it (same loader, same elements and stylesheet, so labels are measured
// the same), laid out by the app's seeded fcose. It leaves the positions on `window`.
import { loadBundledGraph } from '../../src/app/bundledGraph';
import { createCy } from '../../src/graph/createCy';
import { loadForceLayout, runLayout } from '../../src/graph/layout';

const result = loadBundledGraph();
if (!result.ok) throw new Error(`the bundled graph has problems: ${result.problems[0]?.message}`);
const container = document.getElementById('layout-cy');
if (!container) throw new Error('page.html has no #layout-cy');
const cy = createCy(result.value.graph, container);
await loadForceLayout();
runLayout(cy);
(window as unknown as { bundledPositions: unknown }).bundledPositions = Object.fromEntries(
  cy.nodes().map((node) => [node.id(), [node.position().x, node.position().y]]),
);
