// The Export menu: a menu button (WAI-ARIA menu pattern: arrows, Home/End, Escape) with the
// scope as two radio items and one item per format. The exporters load on first use.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStore, useStoreApi } from '../../store/StoreProvider';
import { selectVisible } from '../../store/selectors';
import { EXPORT_ENTRIES, type ExportKind } from './exportKinds';
import './exportMenu.css';

export function ExportMenu() {
  const store = useStoreApi();
  const filtersActive = useAppStore((s) => {
    const v = selectVisible(s);
    return v.nodes.size < s.loaded.graph.nodes.length || v.edges.size < s.loaded.graph.edges.length;
  });
  const [open, setOpen] = useState(false);
  const [onlyFiltered, setOnlyFiltered] = useState(false);
  const [message, setMessage] = useState('');
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  const items = () => [
    ...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []),
  ];
  useEffect(() => {
    if (open) items()[0]?.focus();
  }, [open]);

  const close = (refocus = true) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (i: number) => all[(i + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Escape') close();
    else if (event.key === 'Tab') close(false);
    else return;
    if (event.key !== 'Tab') {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const run = async (kind: ExportKind) => {
    close();
    setMessage('Preparing the export…');
    try {
      const { runExport } = await import('./runExport');
      const file = await runExport(kind, store.getState(), onlyFiltered);
      setMessage(`Downloaded ${file}`);
    } catch (error) {
      setMessage(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const scopeItem = (value: boolean, label: string, disabled = false) => (
    <li
      role="menuitemradio"
      aria-checked={onlyFiltered === value}
      aria-disabled={disabled || undefined}
      tabIndex={-1}
      className="export-menu__item export-menu__radio"
      onClick={() => !disabled && setOnlyFiltered(value)}
      onKeyDown={(e) => {
        if ((e.key === 'Enter' || e.key === ' ') && !disabled) {
          e.preventDefault();
          setOnlyFiltered(value);
        }
      }}
    >
      {label}
    </li>
  );

  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        Export
      </button>
      {open && (
        <ul
          ref={menu}
          id={menuId}
          role="menu"
          aria-label="Export"
          className="export-menu__list"
          onKeyDown={onMenuKey}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
          }}
        >
          <li role="presentation" className="export-menu__heading">
            What to export
          </li>
          {scopeItem(false, 'The whole graph')}
          {scopeItem(true, 'Only what the filters show', !filtersActive)}
          <li role="separator" className="export-menu__separator" />
          {EXPORT_ENTRIES.flatMap((entry, i) => [
            // Pictures follow the canvas, not the choice above: a heading of their own says so.
            ...(entry.picture && !EXPORT_ENTRIES[i - 1]?.picture
              ? [
                  <li
                    key="pictures-separator"
                    role="separator"
                    className="export-menu__separator"
                  />,
                  <li key="pictures" role="presentation" className="export-menu__heading">
                    Pictures, as the graph is drawn
                  </li>,
                ]
              : []),
            <li
              key={entry.kind}
              role="menuitem"
              tabIndex={-1}
              className="export-menu__item"
              onClick={() => void run(entry.kind)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  void run(entry.kind);
                }
              }}
            >
              {entry.label}
            </li>,
          ])}
        </ul>
      )}
      <span aria-live="polite" className="visually-hidden">
        {message}
      </span>
    </div>
  );
}
