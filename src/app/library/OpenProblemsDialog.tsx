// Why a graph did not open (or, for a CSV of claims, which rows were left out): the
// problems, each with its JSON path or row number. Unless the dialog says otherwise, the
// graph on screen is untouched.
import { ProblemList } from '../ProblemList';
import { Modal } from './Modal';
import type { OpenFailure } from './useGraphOpener';

export function OpenProblemsDialog({
  failure,
  onClose,
}: {
  failure: OpenFailure;
  onClose: () => void;
}) {
  const n = failure.problems.length;
  const intro =
    failure.intro ??
    `${n} ${n === 1 ? 'problem' : 'problems'} found. Nothing was added to the library; ` +
      'the graph on screen is unchanged.';
  return (
    <Modal title={failure.title ?? `Could not open ${failure.what}`} onClose={onClose} wide>
      <p>{intro}</p>
      <ProblemList problems={failure.problems} />
    </Modal>
  );
}
