// validateGraph rule by rule on variants of minimal-valid.json: each rule shown failing, and
// the nearby case that must pass (different labels, the other direction of a directed relation).
import type { GraphEdge } from '../../src/domain/schema';
import { validateGraph } from '../../src/domain/validate';
import { loadValidFixture } from '../fixtures/loadFixture';

function setup() {
  const loaded = loadValidFixture();
  const { graph } = loaded;
  const texts: Record<string, string> = { ...loaded.texts };
  const text = texts['ashgabat-meeting'] ?? '';
  const problems = () => validateGraph(graph, texts);
  /** An evidence span of `quote` in the fixture text, correct unless changed. */
  const span = (quote: string, from = 0) => {
    const start = text.indexOf(quote, from);
    return { source: 'ashgabat-meeting', start, end: start + quote.length, quote };
  };
  const addEdge = (edge: Partial<GraphEdge>) => {
    const base = graph.edges[1]!; // iran supplies russia "Shahed drones"
    graph.edges.push({ ...base, id: `extra-${graph.edges.length}`, ...edge });
  };
  return { graph, texts, text, problems, span, addEdge };
}

it('finds nothing wrong with a valid graph', () => {
  expect(setup().problems()).toEqual([]);
});

describe('ids', () => {
  it('reports a node and an edge sharing an id, naming the first', () => {
    const { graph, problems } = setup();
    graph.edges[0]!.id = 'russia';
    expect(problems()).toEqual([
      { path: 'edges[0].id', message: 'duplicate id "russia"; first used at nodes[0]' },
    ]);
  });

  it('checks ids within statuses, entity types, relation types and sources', () => {
    const { graph, problems } = setup();
    graph.statuses.push({ ...graph.statuses[0]! });
    graph.relationTypes.push({ ...graph.relationTypes[1]! });
    expect(problems().map((p) => `${p.path}: ${p.message}`)).toEqual([
      'statuses[4].id: duplicate id "stated"; first used at statuses[0]',
      'relationTypes[4].id: duplicate id "allies_with"; first used at relationTypes[1]',
    ]);
  });

  it('lets a node and a type share an id: they live in different lists', () => {
    const { graph, problems } = setup();
    graph.entityTypes[0]!.id = 'russia';
    graph.nodes.forEach((node) => (node.type = 'russia'));
    expect(problems()).toEqual([]);
  });
});

describe('references', () => {
  it('reports unknown edge endpoints, suggesting a near id', () => {
    const { graph, problems } = setup();
    graph.edges[0]!.source = 'irn';
    graph.edges[0]!.target = 'kremlin';
    expect(problems()).toEqual([
      { path: 'edges[0].source', message: 'no node with id "irn" (did you mean "iran"?)' },
      {
        path: 'edges[0].target',
        message: 'no node with id "kremlin"; declared: russia, iran, united-states',
      },
    ]);
  });

  it('reports an unknown entity type, status and evidence source', () => {
    const { graph, problems } = setup();
    graph.nodes[0]!.type = 'contry';
    graph.edges[0]!.status = 'rumoured';
    graph.edges[1]!.evidence[0]!.source = 'ashgabat';
    expect(problems()).toEqual([
      {
        path: 'nodes[0].type',
        message: 'no entity type with id "contry" (did you mean "country"?)',
      },
      {
        path: 'edges[0].status',
        message: 'no status with id "rumoured"; declared: stated, reported, alleged, denied',
      },
      {
        path: 'edges[1].evidence[0].source',
        message: 'no source with id "ashgabat"; declared: ashgabat-meeting',
      },
    ]);
  });

  it('reports who a claim is attributed to when that is not a node', () => {
    const { graph, problems } = setup();
    graph.edges[1]!.attributedTo = ['united-states', 'pentagon'];
    expect(problems()).toEqual([
      {
        path: 'edges[1].attributedTo[1]',
        message: expect.stringContaining('no node with id "pentagon"'),
      },
    ]);
  });
});

describe('evidence offsets', () => {
  it('reports end not after start, and says where the quote is', () => {
    const { graph, problems } = setup();
    const span = graph.nodes[2]!.evidence[0]!; // "U.S. officials", once in the text
    const { start } = span;
    span.end = span.start;
    expect(problems()).toEqual([
      {
        path: 'nodes[2].evidence[0]',
        message: `end ${start} must be greater than start ${start}; the quote is found at ${start}–${start + 14}`,
      },
    ]);
  });

  it('reports an end past the text, with the text length', () => {
    const { graph, text, problems } = setup();
    graph.edges[0]!.evidence[0]!.end = 9000;
    expect(problems()[0]?.message).toMatch(
      new RegExp(`^end 9000 is past the end of the text \\(${text.length} characters\\)`),
    );
  });

  it('accepts a span that ends exactly at the end of the text', () => {
    const { graph, text, problems, span } = setup();
    graph.edges[3]!.evidence[0] = span('a claim Tehran denies.');
    expect(graph.edges[3]!.evidence[0]!.end).toBe(text.length);
    expect(problems()).toEqual([]);
  });
});

describe('quotes', () => {
  it('says where a quote found once really is', () => {
    const { graph, problems, span } = setup();
    const right = span('U.S. officials');
    graph.nodes[2]!.evidence[0] = { ...right, start: right.start - 3, end: right.end - 3 };
    expect(problems()).toEqual([
      {
        path: 'nodes[2].evidence[0]',
        message: `quote not at ${right.start - 3}–${right.end - 3}; found at ${right.start}–${right.end}`,
      },
    ]);
  });

  it('lists every occurrence of an ambiguous quote', () => {
    const { graph, problems, span, text } = setup();
    graph.nodes[1]!.evidence[0] = { ...span('Iran'), start: 0, end: 4 };
    const at = [...text.matchAll(/Iran/g)].map((m) => `${m.index}–${m.index + 4}`);
    expect(at.length).toBeGreaterThan(1); // "Iranian" counts: a quote is a plain substring
    expect(problems()[0]?.message).toBe(`quote not at 0–4; found at ${at.join(', ')} (ambiguous)`);
  });

  it('says when a quote does not occur at all', () => {
    const { graph, problems } = setup();
    graph.nodes[0]!.evidence[0]!.quote = 'President Putin';
    expect(problems()[0]?.message).toMatch(
      /^quote not at 0–32; the quote does not occur in the source "ashgabat-meeting"$/,
    );
  });

  it('reports an anchored span that cannot be found again as an orphan', () => {
    const { graph, texts, problems, text } = setup();
    const ev = graph.nodes[0]!.evidence[0]!;
    graph.nodes[0]!.evidence[0] = { ...ev, prefix: text.slice(0, ev.start), suffix: ' met' };
    texts['ashgabat-meeting'] = text.replace(ev.quote, 'Someone else entirely');
    expect(problems()[0]).toEqual({
      path: 'nodes[0].evidence[0]',
      message:
        `orphan: quote not at ${ev.start}–${ev.end} and not found again by its words or ` +
        'context in the source "ashgabat-meeting"; fix or remove this passage',
    });
  });

  it('says where an anchored span is found again by its words and context', () => {
    const { graph, texts, problems, text } = setup();
    const ev = graph.nodes[0]!.evidence[0]!;
    graph.nodes[0]!.evidence[0] = { ...ev, prefix: '', suffix: '' };
    texts['ashgabat-meeting'] = `Today:  ${text}`;
    expect(problems()[0]?.message).toBe(
      `quote not at ${ev.start}–${ev.end}; its words and context are found at ` +
        `${ev.start + 8}–${ev.end + 8}`,
    );
  });

  it('points at a near match that differs only in curly quotes', () => {
    const { graph, problems, span } = setup();
    const curly = span('‘Shahed’ drones');
    graph.edges[1]!.evidence[0] = { ...curly, quote: "'Shahed' drones" };
    expect(problems()[0]?.message).toContain(
      `does not occur in the source "ashgabat-meeting"; it nearly does at ${curly.start}–${curly.end}`,
    );
  });

  it('counts offsets in UTF-16 code units, as JavaScript strings do', () => {
    const { graph, texts, span, problems } = setup();
    texts['ashgabat-meeting'] = `🇮🇷 ${texts['ashgabat-meeting']}`;
    graph.edges.forEach((edge) => (edge.evidence = edge.evidence.map((e) => span(e.quote))));
    graph.nodes.forEach((node) => (node.evidence = node.evidence.map((e) => span(e.quote))));
    // span() searched the old text: every offset is now 5 short (a flag is 4 units, plus a space).
    expect(problems()[0]?.message).toBe('quote not at 0–32; found at 5–37');
  });
});

describe('the same relation stated twice', () => {
  it('reports two edges with the same ends, relation and label (any case and spacing)', () => {
    const { problems, addEdge } = setup();
    addEdge({ label: '  SHAHED drones ' });
    expect(problems()).toEqual([
      {
        path: 'edges[4]',
        message: expect.stringContaining(
          'states the same relation as edges[1] ("iran-supplies-russia-drones")',
        ),
      },
    ]);
  });

  it('accepts the same ends and relation with a different label: a different fact', () => {
    const { problems, addEdge } = setup();
    addEdge({ label: 'a drone factory' });
    expect(problems()).toEqual([]);
  });

  it('treats two unlabelled edges of one relation as the same', () => {
    const { graph, problems, addEdge } = setup();
    delete graph.edges[1]!.label;
    addEdge({ label: undefined });
    expect(problems().map((p) => p.path)).toEqual(['edges[4]']);
  });

  it('reports a symmetric relation stated in both directions', () => {
    const { problems, addEdge } = setup();
    addEdge({ source: 'russia', target: 'iran', relation: 'allies_with', label: undefined });
    expect(problems()[0]?.message).toContain('edges[0] ("iran-allies-with-russia")');
    expect(problems()[0]?.message).toContain('either direction');
  });

  it('accepts a directed relation in the other direction: a different fact', () => {
    const { problems, addEdge } = setup();
    addEdge({ source: 'russia', target: 'iran' }); // Russia supplies Iran "Shahed drones"
    expect(problems()).toEqual([]);
  });
});

describe('self-relations', () => {
  it('reports an edge from an entity to itself', () => {
    const { graph, problems } = setup();
    graph.edges[2]!.target = 'united-states';
    expect(problems()).toEqual([
      {
        path: 'edges[2]',
        message:
          'source and target are both "united-states": a relation needs two different entities',
      },
    ]);
  });
});

it('reports every problem in one pass, not just the first', () => {
  const { graph, problems } = setup();
  graph.nodes[0]!.type = 'nation';
  graph.edges[0]!.target = 'nobody';
  graph.edges[3]!.evidence[0]!.end = 9999;
  expect(problems().map((p) => p.path)).toEqual([
    'nodes[0].type',
    'edges[0].target',
    'edges[3].evidence[0]',
  ]);
});
