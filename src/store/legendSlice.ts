// Legend actions over relation groups. A group is a set of relation types, so these only
// rewrite the hidden relation types: the filters (and the URL) stay one list.
import type { StoreApi } from 'zustand';
import { onlyGroup, relationGroupsOf, toggleGroup } from '../domain/relationGroups';
import type { AppStore } from './appStore';

export interface LegendActions {
  /** Hides a fully shown group, or shows a hidden or partly hidden one in full. */
  toggleRelationGroup: (groupId: string) => void;
  /** Hides every relation type outside the group. */
  showOnlyRelationGroup: (groupId: string) => void;
}

type Set = StoreApi<AppStore>['setState'];
type Get = StoreApi<AppStore>['getState'];

export function createLegendSlice(set: Set, get: Get): LegendActions {
  const groupOf = (id: string) =>
    relationGroupsOf(get().loaded.graph).find((g) => g.id === id) ?? null;
  return {
    toggleRelationGroup: (groupId) => {
      const group = groupOf(groupId);
      if (!group) return;
      set((s) => ({
        filters: {
          ...s.filters,
          hiddenRelationTypes: toggleGroup(s.filters.hiddenRelationTypes, group),
        },
      }));
    },
    showOnlyRelationGroup: (groupId) => {
      const group = groupOf(groupId);
      if (!group) return;
      set((s) => ({
        filters: { ...s.filters, hiddenRelationTypes: onlyGroup(s.loaded.graph, group) },
      }));
    },
  };
}
