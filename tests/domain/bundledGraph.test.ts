// The graph the app ships with: it loads cleanly through the same loader as the app and the
// CLI, and it covers what the article is about. Entities are found by label or alias, so the
// data author may pick other ids without breaking this test.
import { loadBundled } from '../fixtures/bundledGraph';

it('loads with no problems', () => {
  expect(() => loadBundled()).not.toThrow();
});

it.each([
  'Russia',
  'Iran',
  'United States',
  'United Kingdom',
  'BRICS',
  'Shanghai Cooperation Organization|SCO',
  'Commonwealth of Independent States|CIS',
  'Zangezur corridor',
])('has an entity named %s', (names) => {
  const wanted = names.split('|').map((name) => name.toLowerCase());
  const { graph } = loadBundled();
  const found = graph.nodes.filter((node) =>
    [node.label, ...node.aliases].some((name) => wanted.includes(name.toLowerCase())),
  );
  expect(found.map((node) => node.label)).toHaveLength(1);
});

it.each(['supplies', 'allies_with', 'accuses', 'rivals_with'])(
  'declares the relation type %s and uses it',
  (relation) => {
    const { graph } = loadBundled();
    expect(graph.relationTypes.map((type) => type.id)).toContain(relation);
    expect(graph.edges.some((edge) => edge.relation === relation)).toBe(true);
  },
);

it('has every evidence span match its source text', () => {
  const { graph, texts } = loadBundled();
  const spans = [...graph.nodes, ...graph.edges].flatMap((item) => item.evidence);
  expect(spans.length).toBeGreaterThan(0);
  for (const span of spans)
    expect(texts[span.source]?.slice(span.start, span.end), span.quote).toBe(span.quote);
});

it.each(['reported', 'alleged', 'denied'])('has at least one relation that is %s', (status) => {
  const { graph } = loadBundled();
  expect(graph.edges.some((edge) => edge.status === status)).toBe(true);
});

describe('relation groups', () => {
  it('declares a group labelled exactly "Military" holding the arms and war relations', () => {
    const { graph } = loadBundled();
    const military = (graph.relationGroups ?? []).filter((group) => group.label === 'Military');
    expect(military).toHaveLength(1);
    const inMilitary = graph.relationTypes
      .filter((type) => type.group === military[0]?.id)
      .map((type) => type.id);
    expect(inMilitary).toEqual(
      expect.arrayContaining(['supplies', 'builds_in', 'seeks_to_buy_from', 'invades']),
    );
    expect(inMilitary).not.toContain('allies_with');
  });

  it('puts the military rapprochement in the Military group', () => {
    const { graph } = loadBundled();
    const edge = graph.edges.find((e) => e.evidence.some((s) => /closer militarily/.test(s.quote)));
    const type = graph.relationTypes.find((t) => t.id === edge?.relation);
    expect(type?.group).toBe('military');
  });

  it('gives every relation type a group', () => {
    const { graph } = loadBundled();
    expect(graph.relationTypes.filter((type) => type.group === undefined)).toEqual([]);
  });
});

it('names Iran as disputing the U.S. missile claim, which it denies', () => {
  const { graph } = loadBundled();
  const denied = graph.edges.filter((edge) => edge.status === 'denied');
  expect(denied.map((edge) => [edge.attributedTo, edge.disputedBy])).toEqual([
    [['united-states'], ['iran']],
  ]);
});
