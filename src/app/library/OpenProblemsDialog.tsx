// Why a graph did not open: the validator's problems, each with its JSON path. The graph
// on screen is untouched, and the dialog says so.
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
  return (
    <Modal title={`Could not open ${failure.what}`} onClose={onClose} wide>
      <p>
        {n} {n === 1 ? 'problem' : 'problems'} found. Nothing was added to the library; the graph on
        screen is unchanged.
      </p>
      <ProblemList problems={failure.problems} />
    </Modal>
  );
}
