// One row of the legend: a checkbox named exactly by the type's label, its swatch, how
// many of its elements are visible, and an "only" button. The description is available to
// screen readers and on hover, or shown under the name when `showDescription` is set
// (statuses, where it says what the marker means; unfolded on demand).
import { useId, type ReactNode } from 'react';

export interface FilterRowProps {
  label: string;
  description: string;
  checked: boolean;
  swatch: ReactNode;
  visible: number;
  total: number;
  /** Singular and plural nouns for the count's spoken form: "3 of 5 relations shown". */
  nouns: readonly [string, string];
  onToggle: () => void;
  onOnly: () => void;
  /** true: shown under the name; false: folded (hidden, still the accessible description);
   * left out: for screen readers and the tooltip only. */
  showDescription?: boolean;
  /** Words leading the description line, e.g. a "contested" flag. */
  tag?: ReactNode;
}

export function FilterRow(props: FilterRowProps) {
  const { label, description, checked, swatch, visible, total, nouns, tag } = props;
  const descriptionId = useId();
  const countId = useId();
  return (
    <li className={`filter-row${total === 0 ? ' filter-row--empty' : ''}`}>
      <label className="filter-row__label" title={description}>
        <input
          type="checkbox"
          checked={checked}
          onChange={props.onToggle}
          aria-describedby={`${countId} ${descriptionId}`}
        />
        {swatch}
        <span className="filter-row__name">{label}</span>
        {/* While the description is folded its flag (e.g. "Contested") still shows; the
            description itself stays the checkbox's accessible description. */}
        {tag && props.showDescription === false && (
          <span className="filter-row__tag" aria-hidden="true">
            ⚠
          </span>
        )}
      </label>
      <span className="filter-row__count" aria-hidden="true">
        {visible}/{total}
      </span>
      <span id={countId} className="visually-hidden">
        {visible} of {total} {total === 1 ? nouns[0] : nouns[1]} shown.
      </span>
      <button
        type="button"
        className="filter-row__only"
        aria-label={`Show only ${label}`}
        title={`Show only ${label}`}
        onClick={props.onOnly}
      >
        only
      </button>
      <span
        id={descriptionId}
        className={
          props.showDescription === undefined ? 'visually-hidden' : 'filter-row__description'
        }
        hidden={props.showDescription === false}
      >
        {tag}
        {tag && ' '}
        {description}
      </span>
    </li>
  );
}
