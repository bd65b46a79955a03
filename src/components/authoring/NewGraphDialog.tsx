// "New graph from article…": paste the text or open a .txt, .md or .html file (HTML reduced
// to its readable text, its metadata filling title, publisher, date and URL), check and edit
// those, choose the vocabulary, and the graph is made, saved in the library and opened.
import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { GraphSession } from '../../app/library/GraphSessionContext';
import { articleFromFile } from '../../domain/articleFromFile';
import {
  articleProblems,
  newGraphFromArticle,
  type ArticleDetails,
  type VocabularySource,
} from '../../domain/newGraph';
import type { GraphSummary } from '../../storage';
import type { GraphFile } from '../../domain/schema';
import { textsFrom } from '../../domain/sourceTexts';

interface Props {
  session: GraphSession;
  /** The graph on screen, whose vocabulary can be reused. */
  vocabularyFrom: GraphFile;
  onClose: () => void;
}

const EMPTY: ArticleDetails = { title: '', text: '', publisher: '', published: '', url: '' };
/** Bigger files are not articles; refusing them keeps the page responsive. */
const MAX_FILE_BYTES = 5_000_000;

export function NewGraphDialog({ session, vocabularyFrom, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [details, setDetails] = useState<ArticleDetails>(EMPTY);
  const [vocabulary, setVocabulary] = useState('default');
  const [others, setOthers] = useState<GraphSummary[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const id = useId();

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  // Any graph in the library can lend its vocabulary.
  useEffect(() => {
    let live = true;
    void session.library.list().then((list) => {
      if (live) setOthers(list.filter((g) => g.id !== session.currentId));
    });
    return () => {
      live = false;
    };
  }, [session]);

  const chosenVocabulary = async (): Promise<VocabularySource | undefined> => {
    if (vocabulary === 'current') return vocabularyFrom;
    if (!vocabulary.startsWith('library:')) return undefined;
    const record = await session.library.get(vocabulary.slice('library:'.length));
    if (!record) throw new Error('that graph is no longer in the library');
    return record.graph;
  };

  const field =
    (key: keyof ArticleDetails) => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setDetails((d) => ({ ...d, [key]: e.target.value }));

  const openFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setProblems([`“${file.name}” is over 5 MB: that is not an article.`]);
      return;
    }
    const { problem, ...read } = articleFromFile(file.name, await file.text());
    if (problem) {
      setProblems([`“${file.name}”: ${problem}.`]);
      return;
    }
    setDetails({ ...EMPTY, ...read });
    setProblems(read.text.trim() ? [] : [`No readable text found in “${file.name}”.`]);
  };

  const create = async (e: FormEvent) => {
    e.preventDefault();
    const found = articleProblems(details);
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const graph = newGraphFromArticle(details, await chosenVocabulary());
      const texts = textsFrom(graph.sources.map((s) => [s.id, s.text ?? '']));
      await session.openLoaded({ graph, texts }, { origin: 'article' });
    } catch (error) {
      setProblems([
        `Could not save the new graph: ${error instanceof Error ? error.message : error}`,
      ]);
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="authoring-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
    >
      <form onSubmit={(e) => void create(e)}>
        <h2 id={`${id}-title`}>New graph from article</h2>
        <label className="authoring-field">
          Open a file (.txt, .md, .html)
          <input
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            onChange={(e) => void openFile(e)}
          />
        </label>
        <label className="authoring-field">
          Article text
          <textarea value={details.text} onChange={field('text')} rows={10} />
        </label>
        <div className="authoring-grid">
          <label className="authoring-field">
            Title
            <input value={details.title} onChange={field('title')} />
          </label>
          <label className="authoring-field">
            Publisher
            <input value={details.publisher} onChange={field('publisher')} />
          </label>
          <label className="authoring-field">
            Date
            <input
              value={details.published}
              onChange={field('published')}
              placeholder="2024-10-02"
            />
          </label>
          <label className="authoring-field">
            URL
            <input value={details.url} onChange={field('url')} type="url" placeholder="https://" />
          </label>
        </div>
        <label className="authoring-field">
          Vocabulary
          <select value={vocabulary} onChange={(e) => setVocabulary(e.target.value)}>
            <option value="default">
              Default (stated, reported, alleged, denied; common types)
            </option>
            <option value="current">The vocabulary of “{vocabularyFrom.title}” (on screen)</option>
            {others.map((g) => (
              <option key={g.id} value={`library:${g.id}`}>
                The vocabulary of “{g.title}”
              </option>
            ))}
          </select>
        </label>
        {problems.length > 0 && (
          <ul className="authoring-problems" role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <div className="authoring-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" disabled={busy}>
            Create graph
          </button>
        </div>
      </form>
    </dialog>
  );
}
