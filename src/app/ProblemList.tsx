// Problems with a graph as the validator prints them: the JSON path, then the message. A
// hostile or badly broken file can have tens of thousands; the first few hundred are what a
// person reads, and rendering them all would freeze the page.
import type { Problem } from '../domain/types';

/** Problems listed; the rest are counted. */
export const SHOWN_PROBLEMS = 200;

export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const more = problems.length - SHOWN_PROBLEMS;
  return (
    <ul className="problem-list">
      {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
        <li key={i}>
          {p.path && <code>{p.path}</code>}
          {p.path && ': '}
          {p.message}
        </li>
      ))}
      {more > 0 && (
        <li>
          … and {more} more {more === 1 ? 'problem' : 'problems'} (npm run validate lists them all)
        </li>
      )}
    </ul>
  );
}
