// Runs entity suggestions in a Web Worker (through Comlink), one worker per request,
// terminated when done or when the request is abandoned. Where there are no workers (tests
// in jsdom), the same function runs in place, still loaded lazily.
import { wrap } from 'comlink';
import type { EntitySuggestion } from '../../domain/entitySuggestions';
import type { SuggestionsWorker } from '../../domain/entitySuggestions.worker';

export interface NameSearch {
  result: Promise<EntitySuggestion[]>;
  cancel: () => void;
}

export function findNames(text: string): NameSearch {
  if (typeof Worker === 'undefined') {
    const result = import('../../domain/entitySuggestions').then((m) => m.suggestEntities(text));
    return { result, cancel: () => {} };
  }
  const worker = new Worker(new URL('../../domain/entitySuggestions.worker.ts', import.meta.url), {
    type: 'module',
    name: 'entity-suggestions',
  });
  const api = wrap<SuggestionsWorker>(worker);
  let settle: ((reason: Error) => void) | null = null;
  const cancelled = new Promise<never>((_, reject) => (settle = reject));
  const result = Promise.race([api.suggestEntities(text), cancelled]).finally(() =>
    worker.terminate(),
  );
  return {
    result,
    cancel: () => settle?.(new Error('cancelled')),
  };
}
