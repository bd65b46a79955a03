// The bundled graph says exactly what the article says: no inferred fact, each claim with the
// hedge of its own sentence, the relations a reviewer found missing, and no sentence of the
// article left without evidence. Each test names the article's words it relies on, so it fails
// if an inference removed after review (Iran attacks Israel, Kazan in Russia, a Russia–Iran
// rivalry over Zangezur, …) comes back.
import { sentenceBounds } from '../../src/domain/passages';
import type { GraphEdge } from '../../src/domain/schema';
import { loadBundled } from '../fixtures/bundledGraph';

const { graph, texts } = loadBundled();
const text = texts['iran-russia-alliance']!;

/** Edges between two node ids, in either direction, optionally of one relation type. */
function between(a: string, b: string, relation?: string): GraphEdge[] {
  return graph.edges.filter(
    (edge) =>
      ((edge.source === a && edge.target === b) || (edge.source === b && edge.target === a)) &&
      (relation === undefined || edge.relation === relation),
  );
}

const quotes = (edge: GraphEdge | undefined) => edge?.evidence.map((span) => span.quote);
const sentenceOf = (start: number, end: number) => text.slice(...sentenceBounds(text, start, end));
const sentences = (edge: GraphEdge) => edge.evidence.map((s) => sentenceOf(s.start, s.end));

describe('no inference', () => {
  it('does not say Iran struck Israel: only that Israel readies its response', () => {
    expect(between('iran', 'israel').map((e) => [e.source, e.relation, e.target])).toEqual([
      ['israel', 'readies_response_to', 'iran'],
    ]);
    expect(graph.relationTypes.map((type) => type.id)).not.toContain('attacks');
  });

  it('does not say which country Kazan is in', () => {
    expect(graph.edges.filter((e) => e.source === 'kazan').map((e) => e.id)).toEqual([]);
    const kazan = graph.nodes.find((node) => node.id === 'kazan');
    expect(kazan?.summary).toMatch(/BRICS summit/);
    expect(kazan?.summary).not.toMatch(/Russia/);
  });

  it('links no Russia–Iran relation to the Zangezur sentence, which names only Tehran', () => {
    const zangezur = between('russia', 'iran').filter((edge) =>
      sentences(edge).some((sentence) => sentence.includes('Zangezur')),
    );
    expect(zangezur.map((edge) => edge.id)).toEqual([]);
  });

  it('keeps the historical rivalry apart from the differences managed through diplomacy', () => {
    const rivalry = between('russia', 'iran', 'rivals_with');
    expect(rivalry.map(quotes)).toEqual([['Russia and Iran have a complex history of rivalry']]);
    const differences = between('russia', 'iran', 'has_differences_with');
    expect(differences.map((e) => [e.status, quotes(e)])).toEqual([
      [
        'stated',
        ['The two countries continue to manage their differences through diplomatic efforts'],
      ],
    ]);
  });

  it('places Iranian and Russian activities in the U.K., not against it, as McCallum warns', () => {
    const intoUk = graph.edges.filter(
      (e) => e.target === 'united-kingdom' && ['iran', 'russia'].includes(e.source),
    );
    expect(intoUk.map((e) => [e.source, e.relation, e.status, e.attributedTo])).toEqual([
      ['iran', 'active_in', 'alleged', ['ken-mccallum']],
      ['russia', 'active_in', 'alleged', ['ken-mccallum']],
    ]);
    for (const edge of intoUk) expect(quotes(edge)?.join()).toContain('activities in the U.K.');
    expect(graph.relationTypes.map((type) => type.id)).not.toContain('targets');
  });

  it('gives "a shared vision with Iran" as Putin’s claim, citing words that name Iran', () => {
    const vision = between('vladimir-putin', 'iran', 'shares_positions_with');
    expect(vision.map((e) => [e.status, e.attributedTo])).toEqual([
      ['alleged', ['vladimir-putin']],
    ]);
    expect(quotes(vision[0])?.every((quote) => quote.includes('Iran'))).toBe(true);
  });

  it('adds no word to the summaries: complex rivalry, invasion dated, RIA’s hedge kept', () => {
    const summary = (id: string) => graph.nodes.find((node) => node.id === id)?.summary ?? '';
    expect(graph.nodes.filter((node) => /long rivalry/.test(node.summary))).toEqual([]);
    expect(summary('caspian-region')).toContain('complex history of rivalry');
    expect(summary('russia')).not.toMatch(/began in February 2022/);
    expect(summary('russia')).toContain('invaded Ukraine in February 2022');
    expect(summary('vladimir-putin')).toMatch(/as reported by RIA, he invited Pezeshkian/i);
  });
});

describe('one claim per edge, each with the hedge of its own sentence', () => {
  // Hedges that make a clause less than the article's own statement.
  const HEDGE = /reportedly|allegedly|according to|as reported by|is said to|he asserted|denies/;
  // Stated facts that sit in a hedged sentence but outside the hedge's reach: the hedge bears
  // on the relayed claim, not on who relays it, nor on the accusation itself.
  const OUTSIDE_THE_HEDGE: Record<string, string> = {
    'ria-state-media-of-russia': '“Russia’s state-run RIA news agency” names the reporter',
    'british-intelligence-agency-of-uk': '“British intelligence” names the agency',
    'us-accuses-iran-missiles': 'that the U.S. accuses is stated; the claim it makes is denied',
  };

  it('states nothing whose sentence hedges it, but the facts listed above', () => {
    const hedgedButStated = graph.edges
      .filter((edge) => edge.status === 'stated')
      .filter((edge) => sentences(edge).some((sentence) => HEDGE.test(sentence)))
      .map((edge) => edge.id);
    expect(hedgedButStated.sort()).toEqual(Object.keys(OUTSIDE_THE_HEDGE).sort());
  });

  it('attributes every passage of an attributed claim to its claimant, by name or pronoun', () => {
    const names = (id: string) => {
      const node = graph.nodes.find((n) => n.id === id);
      return node === undefined ? [] : [node.label, ...node.aliases];
    };
    // "Russia, he asserted, …" names Putin in the sentence before: look one sentence back.
    const withPrevious = (start: number, end: number) => {
      const [from] = sentenceBounds(text, start, end);
      const before = from > 1 ? sentenceOf(from - 2, from - 1) : '';
      return `${before} ${sentenceOf(start, end)}`;
    };
    const misattributed = graph.edges.flatMap((edge) =>
      edge.evidence
        .filter(
          (span) =>
            (edge.attributedTo?.length ?? 0) > 0 &&
            !(edge.attributedTo ?? []).some((who) =>
              names(who).some((name) => withPrevious(span.start, span.end).includes(name)),
            ),
        )
        .map((span) => `${edge.id}: ${span.quote}`),
    );
    expect(misattributed).toEqual([]);
  });

  it('splits the unattributed missile allegation from the U.S. claim that Tehran denies', () => {
    const missiles = between('iran', 'russia', 'supplies').filter((edge) =>
      quotes(edge)?.some((quote) => quote.includes('missiles')),
    );
    expect(missiles.map((e) => [e.status, e.attributedTo, e.disputedBy])).toEqual([
      ['alleged', undefined, undefined],
      ['denied', ['united-states'], ['iran']],
    ]);
    expect(quotes(missiles[0])).toEqual([
      'Iran has allegedly also transferred short-range ballistic missiles to bolster Russia’s ongoing war effort in Ukraine',
    ]);
    expect(quotes(missiles[1])?.some((quote) => quote.includes('allegedly'))).toBe(false);
  });

  it.each(['commonwealth-of-independent-states', 'shanghai-cooperation-organization'])(
    'keeps Putin’s assertion about %s apart from the stated alignment',
    (forum) => {
      const edges = between('russia', forum);
      const asserted = edges.filter((e) => sentences(e).some((s) => s.includes('he asserted')));
      expect(asserted.map((e) => [e.status, e.attributedTo])).toEqual([
        ['alleged', ['vladimir-putin']],
      ]);
      const stated = edges.filter((e) => e.status === 'stated');
      expect(stated.map((e) => e.relation)).toEqual(['cooperates_within']);
      expect(quotes(stated[0])?.join()).toContain('has extended into these multilateral groups');
    },
  );

  it('dates the BRICS summit in Kazan only as RIA reports it; its BRICS link is stated', () => {
    const [heldIn] = between('brics-summit-kazan', 'kazan', 'held_in');
    expect([heldIn?.status, heldIn?.attributedTo]).toEqual(['reported', ['ria']]);
    const [summitOf] = between('brics-summit-kazan', 'brics', 'summit_of');
    expect(summitOf?.status).toBe('stated');
    expect(sentences(summitOf!).join()).toContain('with Iran set to join the BRICS summit');
  });
});

describe('the minimal span', () => {
  it.each([
    ['ken-mccallum', 'mi5', 'leads', 'MI5 Chief Ken McCallum'],
    ['ashgabat', 'turkmenistan', 'located_in', 'Ashgabat, Turkmenistan'],
    ['british-intelligence', 'united-kingdom', 'agency_of', 'British intelligence'],
    ['russia', 'ukraine', 'invades', 'Russia’s invasion of Ukraine in February 2022'],
  ])('cites %s %s %s by the phrase that says it', (source, target, relation, quote) => {
    expect(between(source, target, relation).map(quotes)).toEqual([[quote]]);
  });

  it('cites for the alliance only words that speak of it', () => {
    const [alliance] = between('russia', 'iran', 'allies_with');
    expect(alliance?.evidence.length).toBeGreaterThan(3);
    for (const quote of quotes(alliance) ?? []) expect(quote).toMatch(/alliance/);
  });

  it('cites for the meeting and the economic ties no sentence that does not say them', () => {
    const [meeting] = between('vladimir-putin', 'masoud-pezeshkian', 'meets');
    expect(quotes(meeting)?.join()).not.toMatch(/Israel|their leaders’ meeting/);
    const [economy] = between('iran', 'russia', 'cooperates_with');
    expect(quotes(economy)?.join()).toContain('economic and cultural connections');
    expect(quotes(economy)?.join()).not.toContain('IRNA');
  });
});

describe('relations a reviewer found missing', () => {
  it('has the Zangezur corridor lying near the Iranian border', () => {
    expect(between('zangezur-corridor', 'iran', 'near').map(quotes)).toEqual([
      ['its proximity to the Iranian border'],
    ]);
  });

  it('has IRNA quoting Pezeshkian', () => {
    const [quoting] = between('irna', 'masoud-pezeshkian', 'quotes');
    expect(quoting?.source).toBe('irna');
    expect(quoting?.label).toContain('The trend of cooperation between Iran and Russia');
    expect(quotes(quoting)).toEqual([
      'Pezeshkian said, as quoted by Iran’s official IRNA news agency',
    ]);
  });

  it('has Pezeshkian hoping the partnership agreement is finalized at the BRICS summit', () => {
    const hopes = graph.edges.filter(
      (e) => e.source === 'masoud-pezeshkian' && e.target === 'brics-summit-kazan',
    );
    const hope = hopes.find((e) => quotes(e)?.join().includes('could be finalized'));
    expect(hope?.label).toContain('strategic partnership agreement');
    expect(hope?.status).toBe('stated');
  });
});

describe('coverage', () => {
  it('declares only relation types that some relation uses', () => {
    const used = new Set(graph.edges.map((edge) => edge.relation));
    expect(graph.relationTypes.filter((type) => !used.has(type.id))).toEqual([]);
  });

  it('cites every sentence of the article but the headings', () => {
    const spans = [...graph.nodes, ...graph.edges].flatMap((item) => item.evidence);
    const uncited: string[] = [];
    for (let at = 0; at < text.length;) {
      if (/\s|-/.test(text[at]!)) {
        at++;
        continue;
      }
      const [from, to] = sentenceBounds(text, at, at + 1);
      if (!spans.some((span) => span.start < to && span.end > from))
        uncited.push(text.slice(from, to));
      at = Math.max(to, at + 1);
    }
    expect(uncited).toEqual([
      'Summary',
      'New World Order',
      'The cooperation between Iran and Russia based on the recent developments and their leaders’ meeting:',
    ]);
  });
});
