// The authoring UI, loaded only when someone makes or edits a graph: one chunk for the
// dialogs, toolbars and panels (the NLP library is a further chunk, loaded on demand).
import { lazy } from 'react';

const load = () => import('./authoringUi');

export const NewGraphDialog = lazy(() => load().then((m) => ({ default: m.NewGraphDialog })));
export const AuthoringPanel = lazy(() => load().then((m) => ({ default: m.AuthoringPanel })));
export const SelectionToolbar = lazy(() => load().then((m) => ({ default: m.SelectionToolbar })));
