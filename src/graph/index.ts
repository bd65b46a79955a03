// The graph canvas's public face: the component the shell mounts, and the camera helpers
// for anything that wants to move the view.
export { GraphCanvas } from './GraphCanvas';
export { fitGraph, focusOn, zoomBy } from './camera';
