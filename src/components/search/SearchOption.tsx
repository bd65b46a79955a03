// One search result: an entity (swatch, name, type, and what matched when the name does
// not show why: an alias or the summary) or a relation (line swatch and title).
import type { SearchHit } from '../../domain/search';
import { matchReason } from '../../domain/searchHints';
import { EntitySwatch } from '../swatches/EntitySwatch';
import { RelationSwatch } from '../swatches/RelationSwatch';
import { useIndex, useLooks } from '../useGraph';

interface Props {
  id: string;
  hit: SearchHit;
  query: string;
  active: boolean;
  onPointerEnter: () => void;
  onChoose: () => void;
}

export function SearchOption({ id, hit, query, active, onPointerEnter, onChoose }: Props) {
  const index = useIndex();
  const looks = useLooks();
  const node = hit.ref.kind === 'node' ? index.nodeById.get(hit.ref.id) : undefined;
  const edge = hit.ref.kind === 'edge' ? index.edgeById.get(hit.ref.id) : undefined;
  const reason = node ? matchReason(node, query) : null;
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={`search-option${active ? ' is-active' : ''}`}
      // Keep focus in the input: the click selects, the input stays the combobox.
      onMouseDown={(e) => e.preventDefault()}
      onMouseEnter={onPointerEnter}
      onClick={onChoose}
    >
      {node && <EntitySwatch look={looks.entity.get(node.type)} />}
      {edge && (
        <RelationSwatch
          look={looks.relation.get(edge.relation)}
          directed={!!index.relationTypeById.get(edge.relation)?.directed}
        />
      )}
      <span className="search-option__title">{hit.title}</span>
      {node && (
        <span className="search-option__meta">
          {index.entityTypeById.get(node.type)?.label ?? node.type}
          {reason?.kind === 'alias' && ` · also “${reason.alias}”`}
          {reason?.kind === 'summary' && ' · in summary'}
        </span>
      )}
      {edge && <span className="search-option__meta">relation</span>}
    </li>
  );
}
