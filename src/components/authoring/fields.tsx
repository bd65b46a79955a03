// The parts every authoring form is built from: the frame (title, Cancel, submit) and the
// labelled fields. One definition each, so the new-entity, new-relation and edit forms
// label, order and wire their fields the same way.
import type { FormEvent, ReactNode } from 'react';

export function FormFrame(props: {
  title: string;
  submit: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit();
  };
  return (
    <form className="authoring-form" aria-label={props.title} onSubmit={submit}>
      {props.children}
      <div className="authoring-actions">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit">{props.submit}</button>
      </div>
    </form>
  );
}

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled one-line input, or a textarea when `rows` is given. */
export function TextField(
  props: FieldProps & { rows?: number; placeholder?: string; autoFocus?: boolean },
) {
  const { label, value, onChange, rows, ...rest } = props;
  return (
    <label className="authoring-field">
      {label}
      {rows === undefined ? (
        <input value={value} onChange={(e) => onChange(e.target.value)} {...rest} />
      ) : (
        <textarea value={value} onChange={(e) => onChange(e.target.value)} rows={rows} {...rest} />
      )}
    </label>
  );
}

interface Choice {
  id: string;
  label: string;
  group?: string;
}

/**
 * A labelled select over a vocabulary (entity types, relation types, statuses). With
 * `groups`, options sit under their group's heading, in the groups' order.
 */
export function ChoiceField(
  props: FieldProps & { options: readonly Choice[]; groups?: readonly Choice[] },
) {
  const { options, groups = [] } = props;
  const option = (c: Choice) => (
    <option key={c.id} value={c.id}>
      {c.label}
    </option>
  );
  return (
    <label className="authoring-field">
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {groups.length > 0
          ? groups.map((g) => (
              <optgroup key={g.id} label={g.label}>
                {options.filter((c) => c.group === g.id).map(option)}
              </optgroup>
            ))
          : options.map(option)}
      </select>
    </label>
  );
}
