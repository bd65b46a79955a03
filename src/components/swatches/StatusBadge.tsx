// A claim's status as a compact badge: its marker and its word. Contested statuses get a
// warning sign and a red outline as well, so the flag never rests on colour alone.
import type { Status } from '../../domain/schema';
import { useLooks } from '../useGraph';
import { StatusSwatch } from './StatusSwatch';
import './StatusBadge.css';

export function StatusBadge({ status, id }: { status: Status | undefined; id?: string }) {
  const looks = useLooks();
  if (!status) return null;
  return (
    <span
      id={id}
      className={`status-badge${status.contested ? ' status-badge--contested' : ''}`}
      title={status.description}
    >
      <StatusSwatch look={looks.status.get(status.id)} />
      {status.contested && (
        <span className="status-badge__flag" aria-hidden="true">
          ⚠
        </span>
      )}
      {status.label}
    </span>
  );
}
