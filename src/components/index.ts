// The React panels of the explorer. The shell lays them out; each reads the store itself.
export { ArticleReader } from './article/ArticleReader';
export { DetailsPanel } from './details/DetailsPanel';
export { FiltersPanel } from './filters/FiltersPanel';
export { GraphHeader } from './GraphHeader';
export { SearchBox } from './search/SearchBox';
export { StatusLine } from './StatusLine';
export { EntitySwatch } from './swatches/EntitySwatch';
export { RelationSwatch } from './swatches/RelationSwatch';
export { StatusBadge } from './swatches/StatusBadge';
export { StatusSwatch } from './swatches/StatusSwatch';
export { PathPanel } from './path/PathPanel';
export { ViewToolbar } from './toolbar/ViewToolbar';
export { SizeByControl } from './toolbar/SizeByControl';
