// Bundle edges on the canvas: one extra edge per pair of entities with several relations,
// drawn (class `bundle`) while the bundle is collapsed and two or more of its relations
// are visible. Its badge says how many visible relations it stands for; its full label
// (hover, selection) says whether one is contested. Both follow the filters, updated only
// where the count changes.
import type { Core, ElementDefinition } from 'cytoscape';
import { bundleLabel, bundlesOf, summarise, type Drawn } from '../domain/bundles';
import type { GraphFile } from '../domain/schema';

export interface BundleData {
  id: string;
  source: string;
  target: string;
  /** "12 relations · 1 contested": the label when hovered or selected. */
  bundleLabel: string;
  /** "12": the badge drawn on the line the rest of the time. */
  bundleBadge: string;
  /** How many visible relations it stands for: the line grows with it. */
  count: number;
  /** 1 when a visible member is contested (drawn with the contested marker), else 0. */
  contested: number;
}

function dataFor(
  graph: GraphFile,
  id: string,
  ends: readonly string[],
  members: readonly string[],
) {
  const summary = summarise(graph, members);
  const data: BundleData = {
    id,
    source: ends[0]!,
    target: ends[1]!,
    bundleLabel: bundleLabel(summary),
    bundleBadge: String(summary.count),
    count: summary.count,
    contested: summary.contested > 0 ? 1 : 0,
  };
  return data;
}

export function bundleElements(graph: GraphFile): ElementDefinition[] {
  return bundlesOf(graph).list.map((b) => ({
    group: 'edges',
    classes: 'bundle',
    data: dataFor(graph, b.id, b.ends, b.edgeIds),
  }));
}

/** Keeps each drawn bundle's label and marker in step with its visible members. */
export function createBundleDataSync(cy: Core): (graph: GraphFile, drawn: Drawn) => void {
  let last: ReadonlyMap<string, readonly string[]> | null = null;
  return (graph, drawn) => {
    if (drawn.bundles === last) return;
    last = drawn.bundles;
    cy.batch(() => {
      for (const [id, members] of drawn.bundles) {
        const ele = cy.getElementById(id);
        const bundle = bundlesOf(graph).byId.get(id);
        if (ele.empty() || !bundle) continue;
        const data = dataFor(graph, id, bundle.ends, members);
        if (ele.data('bundleLabel') !== data.bundleLabel) ele.data(data);
      }
    });
  };
}
