// The bar above the canvas: how to look at the graph (graph or table, layout) and the
// view's link. Each control is its own small component.
import { ViewSwitch } from './ViewSwitch';
import { CopyLinkButton } from './CopyLinkButton';
import { LayoutControl } from './LayoutControl';
import './ViewToolbar.css';

export function ViewToolbar() {
  return (
    <div className="view-toolbar" role="toolbar" aria-label="View options">
      <ViewSwitch />
      <LayoutControl />
      <span className="view-toolbar__spacer" />
      <CopyLinkButton />
    </div>
  );
}
