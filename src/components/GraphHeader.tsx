// The graph's title and where it comes from: the source's title, publisher and date.
import { sourceByline } from '../domain/sourceInfo';
import { useGraph } from './useGraph';
import './GraphHeader.css';

export function GraphHeader() {
  const graph = useGraph();
  const [first, ...more] = graph.sources;
  const byline = first ? sourceByline(first) : '';
  const others =
    more.length > 0 ? ` · and ${more.length} more ${more.length === 1 ? 'source' : 'sources'}` : '';
  // The title wraps to two lines at most, the source keeps to one: the tooltip has all.
  return (
    <div className="graph-header">
      <h1 className="graph-header__title" title={graph.title}>
        {graph.title}
      </h1>
      {first && (
        <p
          className="graph-header__source"
          title={`${first.title}${byline && ` · ${byline}`}${others}`}
        >
          <span className="visually-hidden">Source: </span>
          <cite>{first.title}</cite>
          {byline && ` · ${byline}`}
          {others}
        </p>
      )}
    </div>
  );
}
