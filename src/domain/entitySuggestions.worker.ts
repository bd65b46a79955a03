// Entity suggestions off the main thread: compromise takes ~170 ms on a 5,000-character
// article (Node 20, this machine) and grows with the text, too long to block the page.
import { expose } from 'comlink';
import { suggestEntities } from './entitySuggestions';

const api = { suggestEntities };
export type SuggestionsWorker = typeof api;
expose(api);
