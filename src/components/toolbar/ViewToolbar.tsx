// The bar above the canvas: how to look at the graph (graph or table, layout) and the
// view's link. Each control is its own small component.
import { ViewSwitch } from './ViewSwitch';
import { CopyLinkButton } from './CopyLinkButton';
import { ThemeToggle } from './ThemeToggle';
import { LayoutControl } from './LayoutControl';
import { PlaybackControl } from '../playback/PlaybackControl';
import './ViewToolbar.css';

export function ViewToolbar() {
  return (
    <div className="view-toolbar" role="toolbar" aria-label="View options">
      <ViewSwitch />
      <LayoutControl />
      <PlaybackControl />
      <span className="view-toolbar__spacer" />
      <CopyLinkButton />
      <ThemeToggle />
    </div>
  );
}
