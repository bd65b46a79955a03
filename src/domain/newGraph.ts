// A new, empty graph around one article: its source (text embedded, so the graph is
// self-contained), a title, and a vocabulary — the default one or another graph's.
import {
  DEFAULT_ENTITY_TYPES,
  DEFAULT_RELATION_GROUPS,
  DEFAULT_RELATION_TYPES,
  DEFAULT_STATUSES,
} from './defaultVocabulary';
import { slugify } from './edits/ids';
import type { GraphFile, Source } from './schema';

export interface ArticleDetails {
  title: string;
  text: string;
  publisher?: string;
  published?: string;
  url?: string;
}

export type VocabularySource = Pick<
  GraphFile,
  'statuses' | 'entityTypes' | 'relationTypes' | 'relationGroups'
>;

/** The problems that stop a graph being made from these details; empty when it can be. */
export function articleProblems(details: ArticleDetails): string[] {
  const problems: string[] = [];
  if (details.title.trim() === '') problems.push('Give the article a title.');
  if (details.text.trim() === '') problems.push('Paste or open the article’s text.');
  if (details.url?.trim()) {
    try {
      new URL(details.url.trim());
    } catch {
      problems.push('The URL is not a full address (https://…).');
    }
  }
  return problems;
}

export function newGraphFromArticle(
  details: ArticleDetails,
  vocabulary: VocabularySource = {
    statuses: DEFAULT_STATUSES,
    entityTypes: DEFAULT_ENTITY_TYPES,
    relationTypes: DEFAULT_RELATION_TYPES,
    relationGroups: DEFAULT_RELATION_GROUPS,
  },
): GraphFile {
  const title = details.title.trim();
  const source: Source = { id: slugify(title), title, text: details.text };
  for (const key of ['publisher', 'published', 'url'] as const) {
    const value = details[key]?.trim();
    if (value) source[key] = value;
  }
  return {
    version: 1,
    title,
    sources: [source],
    statuses: structuredClone(vocabulary.statuses),
    entityTypes: structuredClone(vocabulary.entityTypes),
    relationTypes: structuredClone(vocabulary.relationTypes),
    ...(vocabulary.relationGroups
      ? { relationGroups: structuredClone(vocabulary.relationGroups) }
      : {}),
    nodes: [],
    edges: [],
  };
}
