// The benchmark's baseline: a page with no React, no validation and no panels that draws
// the same elements, with the same stylesheet and the same layout, as the app's canvas.
// "App load → first frame" over this page's is the app's overhead.
import { createCy } from '../../src/graph/createCy';
import { runLayout } from '../../src/graph/layout';
import { fitGraph } from '../../src/graph/camera';
import type { GraphFile } from '../../src/domain/schema';

const url = new URLSearchParams(window.location.search).get('graph');
if (!url) throw new Error('bare.html needs ?graph=<url>');
const graph = (await (await fetch(url)).json()) as GraphFile;
const container = document.getElementById('bare-cy');
if (!container) throw new Error('bare.html has no #bare-cy');
const cy = createCy(graph, container);
performance.mark('layout:start');
runLayout(cy);
performance.mark('layout:end');
fitGraph(cy);
// The benchmark's probe looks for the instance where the app puts it.
(window as unknown as { cy: unknown }).cy = cy;
