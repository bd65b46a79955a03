// The Path panel: pick two entities, read how the article connects them. Each hop is the
// claim it rests on, with its status and the article's own words; the path as a whole is
// only as firm as its weakest hop. Up to three paths, the one shown is drawn on the canvas.
// Folded by default behind "Find a path…" (a disclosure), so the legend above keeps its
// height; "Find a path from here" and a link carrying a path unfold it.
import { useEffect, useId, useRef, type RefObject } from 'react';
import { useAppStore } from '../../store/StoreProvider';
import { selectPaths } from '../../store/pathSelectors';
import { EntityCombobox } from './EntityCombobox';
import { PathHops } from './PathHops';
import { PathChoice } from './PathChoice';
import './PathPanel.css';

export function PathPanel() {
  const bodyId = useId();
  const open = useAppStore((s) => s.pathOpen);
  const setOpen = useAppStore((s) => s.setPathOpen);
  const path = useAppStore((s) => s.path);
  const request = useAppStore((s) => s.pathRequest);
  const clearPath = useAppStore((s) => s.clearPath);
  const toRef = useRef<HTMLInputElement>(null);
  const regionRef = useRef<HTMLElement>(null);

  // "Find a path from here" fills From; the reader's next move is choosing To.
  useEffect(() => {
    if (request === 0) return;
    regionRef.current?.scrollIntoView?.({ block: 'nearest' });
    toRef.current?.focus();
  }, [request]);

  return (
    <section ref={regionRef} className="path-panel" aria-label="Path">
      <div className="path-panel__header">
        <h2>
          <button
            type="button"
            className="path-panel__toggle"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => setOpen(!open)}
          >
            <span className="path-panel__chevron" aria-hidden="true">
              ▸
            </span>
            Find a path…
          </button>
        </h2>
        {open && (path.from || path.to) && (
          <button type="button" className="path-panel__clear" onClick={clearPath}>
            Clear path
          </button>
        )}
      </div>
      {open && <PathBody bodyId={bodyId} toRef={toRef} />}
    </section>
  );
}

function PathBody({
  bodyId,
  toRef,
}: {
  bodyId: string;
  toRef: RefObject<HTMLInputElement | null>;
}) {
  const path = useAppStore((s) => s.path);
  const result = useAppStore(selectPaths);
  const setFrom = useAppStore((s) => s.setPathFrom);
  const setTo = useAppStore((s) => s.setPathTo);
  const setDirected = useAppStore((s) => s.setPathDirected);
  const shown = result?.kind === 'found' ? (result.paths[path.active] ?? result.paths[0]) : null;
  return (
    <div id={bodyId} className="path-panel__body">
      <EntityCombobox label="From" value={path.from} onChange={setFrom} />
      <EntityCombobox label="To" value={path.to} onChange={setTo} inputRef={toRef} />
      <label className="path-panel__directed">
        <input
          type="checkbox"
          checked={path.directed}
          onChange={(e) => setDirected(e.currentTarget.checked)}
        />
        Follow direction
      </label>
      {/* A polite live region, not role="status": the page's status is the status line. */}
      <div aria-live="polite" className="path-panel__result">
        {result === null && (
          <p className="path-panel__hint">Choose two entities to see how the article links them.</p>
        )}
        {result?.kind === 'pending' && <p className="path-panel__hint">Finding paths…</p>}
        {result?.kind === 'none' && <p className="path-panel__none">{result.message}</p>}
        {result?.kind === 'found' && shown && (
          <p className="path-panel__summary">
            {result.paths.length === 1 ? 'One path' : `${result.paths.length} paths`} · shown:{' '}
            {shown.hops.length} {shown.hops.length === 1 ? 'hop' : 'hops'}, weakest link{' '}
            <strong>{shown.weakestStatusLabel}</strong>
          </p>
        )}
      </div>
      {result?.kind === 'found' && shown && (
        <>
          {result.paths.length > 1 && <PathChoice paths={result.paths} active={path.active} />}
          <PathHops path={shown} />
        </>
      )}
    </div>
  );
}
