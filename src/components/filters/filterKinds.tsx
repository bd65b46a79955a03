// The three things the legend filters by — relation types, entity types, claim statuses —
// described once each, so one FilterGroup component can draw and drive any of them.
import type { ReactNode } from 'react';
import type { Looks } from '../../domain/appearance';
import type { GraphFile } from '../../domain/schema';
import type { HiddenKey } from '../../domain/selectionRules';
import type { VisibleCounts } from '../../domain/visibleCounts';
import type { AppStore } from '../../store/appStore';
import { EntitySwatch } from '../swatches/EntitySwatch';
import { RelationSwatch } from '../swatches/RelationSwatch';
import { StatusSwatch } from '../swatches/StatusSwatch';

/** How one declared type is shown in its legend row. */
export interface FilterItem {
  id: string;
  label: string;
  description: string;
  swatch: ReactNode;
  /** The description explains the swatch (statuses: what the marker means): it can be unfolded
   * under the name. */
  showDescription?: boolean;
  tag?: ReactNode;
}

export interface FilterKind {
  legend: string;
  hiddenKey: HiddenKey;
  nouns: readonly [string, string];
  items: (graph: GraphFile, looks: Looks) => FilterItem[];
  /** Which of the legend's counts (visible and total) belong to this kind. */
  counts: keyof VisibleCounts;
  toggle: (s: AppStore) => (id: string) => void;
  only: (s: AppStore) => (id: string) => void;
}

const contestedTag = (
  <span className="filter-row__tag">
    <span aria-hidden="true">⚠ </span>Contested.
  </span>
);

export const FILTER_KINDS = {
  relation: {
    legend: 'Relations',
    hiddenKey: 'hiddenRelationTypes',
    nouns: ['relation', 'relations'],
    items: (graph, looks) =>
      graph.relationTypes.map((t) => ({
        id: t.id,
        label: t.label,
        description: `${t.description}${t.directed ? '' : ' (goes both ways)'}`,
        swatch: <RelationSwatch look={looks.relation.get(t.id)} directed={t.directed} />,
      })),
    counts: 'relation',
    toggle: (s) => s.toggleRelationType,
    only: (s) => s.showOnlyRelationType,
  },
  entity: {
    legend: 'Entities',
    hiddenKey: 'hiddenEntityTypes',
    nouns: ['entity', 'entities'],
    items: (graph, looks) =>
      graph.entityTypes.map((t) => ({
        id: t.id,
        label: t.label,
        description: t.description,
        swatch: <EntitySwatch look={looks.entity.get(t.id)} />,
      })),
    counts: 'entity',
    toggle: (s) => s.toggleEntityType,
    only: (s) => s.showOnlyEntityType,
  },
  status: {
    legend: 'How certain',
    hiddenKey: 'hiddenStatuses',
    nouns: ['relation', 'relations'],
    items: (graph, looks) =>
      graph.statuses.map((s) => ({
        id: s.id,
        label: s.label,
        description: s.description,
        swatch: <StatusSwatch look={looks.status.get(s.id)} />,
        showDescription: true,
        tag: s.contested ? contestedTag : undefined,
      })),
    counts: 'status',
    toggle: (s) => s.toggleStatus,
    only: (s) => s.showOnlyStatus,
  },
} satisfies Record<string, FilterKind>;
