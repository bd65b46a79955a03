// Hedging cues in a sentence → a suggested status and claimant, with the reason. Rule-based
// and explained on purpose: the author sees "because of ‘according to U.S. officials’" and
// decides. The statuses follow graph-data/README.md: "reportedly", "as reported by …",
// "is said to" → reported; "allegedly", "according to …", "claims", an accusation → alleged;
// "denies" → denied. When several cues apply, the least certain status wins (README rule).
import type { GraphNode, Status } from './schema';

export interface HedgeCue {
  /** The words that triggered it, as written ("according to U.S. officials"). */
  text: string;
  start: number;
  /** The conventional status id this cue calls for. */
  status: 'reported' | 'alleged' | 'denied';
  /** Who makes the claim, as written ("U.S. officials"), when the cue names them. */
  claimant?: string;
  /** Who denies it, as written ("Tehran" in "a claim Tehran denies"). */
  disputer?: string;
}

// A claimant named after "according to" / "as reported by": words up to a comma, a period
// (one after a lone capital, as in "U.S.", does not count), or the clause's end; ≤ 8 words.
const WORD = String.raw`(?:[^\s,;:.!?]|(?<=(?:^|[^A-Za-z])[A-Z])\.)+`;
const NAMED = String.raw`(${WORD}(?:\s+${WORD}){0,7})`;
// The subject of "X claims" / "X has accused": one to four capitalised words (U.S. included).
const SUBJECT = String.raw`((?:The\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)`;

const RULES: {
  re: RegExp;
  status: HedgeCue['status'];
  claimantGroup?: number;
  disputerGroup?: number;
}[] = [
  { re: /\breportedly\b/gi, status: 'reported' },
  { re: /\b(?:is|are|was|were)\s+said\s+to\b/gi, status: 'reported' },
  {
    re: new RegExp(String.raw`\bas\s+reported\s+by\s+${NAMED}`, 'gi'),
    status: 'reported',
    claimantGroup: 1,
  },
  { re: /\baccording\s+to\s+(?:media\s+)?reports\b/gi, status: 'reported' },
  { re: /\ballegedly\b/gi, status: 'alleged' },
  {
    re: new RegExp(String.raw`\baccording\s+to\s+(?!(?:media\s+)?reports\b)${NAMED}`, 'gi'),
    status: 'alleged',
    claimantGroup: 1,
  },
  {
    re: new RegExp(String.raw`${SUBJECT}\s+(?:claims?|claimed|alleges?|alleged)\b(?!\s+to\b)`, 'g'),
    status: 'alleged',
    claimantGroup: 1,
  },
  {
    re: new RegExp(String.raw`${SUBJECT}\s+(?:has\s+|have\s+)?accused\b`, 'g'),
    status: 'alleged',
    claimantGroup: 1,
  },
  {
    re: new RegExp(String.raw`(?:${SUBJECT}\s+)?\b[Dd]en(?:ies|ied|y|ying)\b`, 'g'),
    status: 'denied',
    disputerGroup: 1,
  },
];

/** Every hedging cue in `sentence`, in reading order. */
export function findHedgeCues(sentence: string): HedgeCue[] {
  const cues: HedgeCue[] = [];
  for (const rule of RULES) {
    for (const match of sentence.matchAll(rule.re)) {
      const party = (group?: number) => match[group ?? -1]?.trim().replace(/^the\s+/i, '');
      const claimant = party(rule.claimantGroup);
      const disputer = party(rule.disputerGroup);
      cues.push({
        text: match[0].trim(),
        start: match.index,
        status: rule.status,
        ...(claimant ? { claimant } : {}),
        ...(disputer ? { disputer } : {}),
      });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

export interface HedgeSuggestion {
  /** A status id of the graph. */
  status: string;
  /** Entity ids of who makes the claim, found among the graph's names. */
  attributedTo: string[];
  /** Entity ids of who denies it. */
  disputedBy: string[];
  /** "because of ‘according to U.S. officials’" */
  reason: string;
  cues: HedgeCue[];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The entity whose name (label or alias) appears in `words`. A possessive is a modifier,
 * not the claimant ("Russia’s state-run RIA news agency" → RIA), and of the rest the
 * longest name wins ("United States" over "States").
 */
export function entityNamedIn(words: string, nodes: readonly GraphNode[]): string | undefined {
  let best: { id: string; length: number } | undefined;
  for (const node of nodes)
    for (const name of [node.label, ...node.aliases]) {
      const re = new RegExp(`(^|[^\\w])${escape(name)}(?=$|[^\\w])(?![’']s\\b)`, 'i');
      if (re.test(words) && (!best || name.length > best.length))
        best = { id: node.id, length: name.length };
    }
  return best?.id;
}

/**
 * The status the cues in `sentence` call for (the least certain of them that the graph
 * declares), who claims it, and why; null when the sentence has no cue.
 */
export function suggestHedge(
  sentence: string,
  statuses: readonly Status[],
  nodes: readonly GraphNode[],
): HedgeSuggestion | null {
  const cues = findHedgeCues(sentence).filter((cue) => statuses.some((s) => s.id === cue.status));
  if (cues.length === 0) return null;
  const rank = (cue: HedgeCue) => statuses.findIndex((s) => s.id === cue.status);
  const decisive = cues.reduce((a, b) => (rank(b) > rank(a) ? b : a));
  const named = (key: 'claimant' | 'disputer') => [
    ...new Set(
      cues.flatMap((cue) => {
        const words = cue[key];
        const id = words ? entityNamedIn(words, nodes) : undefined;
        return id ? [id] : [];
      }),
    ),
  ];
  const others = cues.filter((cue) => cue !== decisive);
  const also = others.length > 0 ? ` (also ${others.map((c) => `‘${c.text}’`).join(', ')})` : '';
  return {
    status: decisive.status,
    attributedTo: named('claimant'),
    disputedBy: named('disputer'),
    reason: `because of ‘${decisive.text}’${also}`,
    cues,
  };
}
