// The toolbar that appears under the article while words are selected in edit mode: New
// entity, Add as evidence…, Add as alias…, New relation…. It follows the DOM order (Tab
// from the article reaches it). While a form is open the selection it acts on is held,
// so clicking into the form does not lose it.
import { useState, type RefObject } from 'react';
import { anchorAt } from '../../domain/anchors';
import type { Evidence } from '../../domain/schema';
import { useAppStore } from '../../store/StoreProvider';
import { AliasForm, EvidenceForm, NewEntityForm } from './SelectionForms';
import { NewRelationForm } from './NewRelationForm';
import { useArticleSelection } from './useArticleSelection';

type Mode = 'entity' | 'evidence' | 'alias' | 'relation';

const BUTTONS: [Mode, string][] = [
  ['entity', 'New entity'],
  ['evidence', 'Add as evidence…'],
  ['alias', 'Add as alias…'],
  ['relation', 'New relation…'],
];

interface Props {
  body: RefObject<HTMLDivElement | null>;
  sourceId: string;
  text: string;
}

export function SelectionToolbar({ body, sourceId, text }: Props) {
  const [mode, setMode] = useState<Mode | null>(null);
  const [held, setHeld] = useState<Evidence | null>(null);
  const live = useArticleSelection(body, text, mode !== null);
  const editError = useAppStore((s) => s.editError);
  const evidence = held ?? (live ? anchorAt(sourceId, text, live.start, live.end) : null);
  if (!evidence) return null;

  const open = (next: Mode) => {
    setHeld(evidence);
    setMode(next);
  };
  const close = () => {
    setMode(null);
    setHeld(null);
    document.getSelection()?.removeAllRanges();
  };
  const quote = evidence.quote.length > 60 ? `${evidence.quote.slice(0, 57)}…` : evidence.quote;
  const formProps = { evidence, sourceId, text, onDone: close, onCancel: close };

  return (
    <div className="selection-tools">
      <div className="selection-toolbar" role="toolbar" aria-label="Selected words">
        <span className="selection-toolbar__quote">
          <span className="visually-hidden">Selected: </span>“{quote}”
        </span>
        {BUTTONS.map(([m, label]) => (
          <button key={m} type="button" aria-pressed={mode === m} onClick={() => open(m)}>
            {label}
          </button>
        ))}
      </div>
      {mode === 'entity' && <NewEntityForm {...formProps} />}
      {mode === 'evidence' && <EvidenceForm {...formProps} />}
      {mode === 'alias' && <AliasForm {...formProps} />}
      {mode === 'relation' && <NewRelationForm {...formProps} />}
      {mode && editError && (
        <p className="authoring-error" role="alert">
          {editError}
        </p>
      )}
    </div>
  );
}
