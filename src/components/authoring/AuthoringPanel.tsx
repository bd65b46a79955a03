// The editing column, shown while editing: the selected element's fields, suggested
// entities, live problems, and replacing the article's text.
import { useAppStore } from '../../store/StoreProvider';
import { textOf } from '../../domain/sourceTexts';
import { useGraph } from '../useGraph';
import { ElementEditor } from './ElementEditor';
import { ProblemsList } from './ProblemsList';
import { ReplaceText } from './ReplaceText';
import { SuggestionsList } from './SuggestionsList';
import { VocabularyEditor } from './VocabularyEditor';

export function AuthoringPanel() {
  const graph = useGraph();
  const sourceId = graph.sources[0]?.id ?? '';
  const text = useAppStore((s) => textOf(s.loaded.texts, sourceId) ?? '');
  const editError = useAppStore((s) => s.editError);
  return (
    // id "details": the skip link to the details reaches the editor that replaces them.
    <section className="authoring-panel" aria-label="Editing" id="details" tabIndex={-1}>
      <h2 className="authoring-panel__title">Editing</h2>
      <p className="authoring-note">
        Select words in the article to make an entity, a relation, an alias or evidence.
      </p>
      {editError && (
        <p className="authoring-error" role="alert">
          {editError}
        </p>
      )}
      <section className="authoring-section" aria-labelledby="authoring-element">
        <h3 id="authoring-element">Selected element</h3>
        <ElementEditor />
      </section>
      <SuggestionsList sourceId={sourceId} text={text} />
      <ProblemsList />
      <ReplaceText sourceId={sourceId} />
      <VocabularyEditor />
    </section>
  );
}
