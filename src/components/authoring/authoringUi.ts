// The lazily loaded part of authoring (see lazyAuthoring.ts).
export { NewGraphDialog } from './NewGraphDialog';
export { AuthoringPanel } from './AuthoringPanel';
export { SelectionToolbar } from './SelectionToolbar';
