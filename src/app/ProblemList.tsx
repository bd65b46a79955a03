// Problems with a graph as the validator prints them: the JSON path, then the message.
import type { Problem } from '../domain/types';

export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <ul className="problem-list">
      {problems.map((p, i) => (
        <li key={i}>
          {p.path && <code>{p.path}</code>}
          {p.path && ': '}
          {p.message}
        </li>
      ))}
    </ul>
  );
}
