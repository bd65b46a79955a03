// Shown instead of the explorer when the bundled graph fails validation: the validator's
// own messages, so the person who edited the file can fix it.
import type { Problem } from '../domain/types';
import { ProblemList } from './ProblemList';

export function GraphProblems({ file, problems }: { file: string; problems: readonly Problem[] }) {
  return (
    <main className="app-failure">
      <h1>The graph could not be loaded</h1>
      <p>
        <code>{file}</code> has {problems.length} {problems.length === 1 ? 'problem' : 'problems'}.
        Fix them (run <code>npm run validate</code> to see the same list) and reload.
      </p>
      <ProblemList problems={problems} />
    </main>
  );
}
