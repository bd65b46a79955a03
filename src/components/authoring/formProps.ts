// What every form of the selection toolbar gets: the passage it acts on and how to finish.
import type { Evidence } from '../../domain/schema';

export interface SelectionFormProps {
  evidence: Evidence;
  sourceId: string;
  text: string;
  onDone: () => void;
  onCancel: () => void;
}
