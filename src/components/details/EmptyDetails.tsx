// What the details panel says before anything is selected: what this graph is and how to
// explore it.
import type { RefObject } from 'react';
import { useGraph } from '../useGraph';

export function EmptyDetails({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const graph = useGraph();
  const n = graph.nodes.length;
  const e = graph.edges.length;
  const sources = graph.sources.map((s) => `“${s.title}”`).join(', ');
  return (
    <div className="details details--empty">
      <h2 ref={headingRef} tabIndex={-1} className="details__title">
        Nothing selected
      </h2>
      {graph.description && <p className="details__summary">{graph.description}</p>}
      <p className="details__meta">
        {n} {n === 1 ? 'entity' : 'entities'} and {e} {e === 1 ? 'relation' : 'relations'}, each
        tied to the words of {sources}.
      </p>
      <h3>How to explore</h3>
      <ul className="details__howto">
        <li>Click an entity or a relation in the graph to see what the article says about it.</li>
        <li>Search by name or by another name the article uses, such as a capital city.</li>
        <li>
          Read the article: highlighted words are the evidence. Click one to see what it supports.
        </li>
        <li>Use the legend to hide relation types, entity types or less certain claims.</li>
      </ul>
    </div>
  );
}
