// A drawn graph as plain data: what the canvas shows, at the positions it shows it. The
// canvas layer reads it from Cytoscape; the SVG writer turns it into a file.
export interface DrawnNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  shape: string;
  color: string;
  label: string;
}

export interface DrawnEdge {
  id: string;
  /** From the source's border to the target's, through control points when curved. */
  points: { x: number; y: number }[];
  color: string;
  width: number;
  style: 'solid' | 'dashed' | 'dotted';
  arrow: boolean;
  /** What the edge says, for a tooltip in the file ("Iran supplies Russia"). */
  title: string;
}

export interface Drawing {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
}
