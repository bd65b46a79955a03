// A labelled <select> of entities (and optionally relations), with some offered first
// ("In this sentence", "Selected"): the accessible way to pick what an edit is about.
import type { GraphFile } from '../../domain/schema';
import { relationTitle } from '../../domain/describe';

interface Props {
  label: string;
  graph: GraphFile;
  value: string;
  onChange: (value: string) => void;
  /** Entity ids offered first, under `firstLabel`. */
  first?: readonly string[];
  firstLabel?: string;
  /** Also list relations (values "edge:<id>"; entities are "node:<id>"). */
  withRelations?: boolean;
  /** An option for "nobody" with this text and the value "". */
  none?: string;
}

export function ElementPicker(props: Props) {
  const { graph, first = [], withRelations = false } = props;
  const prefix = withRelations ? 'node:' : '';
  const firstSet = new Set(first);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const rest = graph.nodes.filter((n) => !firstSet.has(n.id));
  return (
    <label className="authoring-field">
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.none !== undefined && <option value="">{props.none}</option>}
        {first.length > 0 && (
          <optgroup label={props.firstLabel ?? 'Suggested'}>
            {first.map((id) => (
              <option key={id} value={`${prefix}${id}`}>
                {byId.get(id)?.label ?? id}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={first.length > 0 ? 'Other entities' : 'Entities'}>
          {rest.map((n) => (
            <option key={n.id} value={`${prefix}${n.id}`}>
              {n.label}
            </option>
          ))}
        </optgroup>
        {withRelations && graph.edges.length > 0 && (
          <optgroup label="Relations">
            {graph.edges.map((e) => (
              <option key={e.id} value={`edge:${e.id}`}>
                {relationTitle(graph, e)}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </label>
  );
}

/**
 * "Claimed by" and "Disputed by": the one entity named on each side of a claim, or nobody.
 * Shared by the new-relation and edit-relation forms.
 */
export function ClaimPickers(
  props: Pick<Props, 'graph' | 'first' | 'firstLabel'> & {
    claimant: string;
    disputer: string;
    onClaimant: (id: string) => void;
    onDisputer: (id: string) => void;
  },
) {
  const { claimant, disputer, onClaimant, onDisputer, ...common } = props;
  const sides = [
    { label: 'Claimed by', value: claimant, onChange: onClaimant },
    { label: 'Disputed by', value: disputer, onChange: onDisputer },
  ];
  return sides.map((side) => (
    <ElementPicker key={side.label} {...common} {...side} none="Nobody named" />
  ));
}
