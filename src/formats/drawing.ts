// A drawn graph as plain data: what the canvas shows, at the positions it shows it. The
// canvas layer reads it from Cytoscape; the SVG writer turns it into a file, whole or cropped
// to the view.
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

/** A rectangle of the drawing in its own coordinates, e.g. what the viewport shows. */
export interface Frame {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Frame, b: Frame) =>
  a.x1 <= b.x2 && b.x1 <= a.x2 && a.y1 <= b.y2 && b.y1 <= a.y2;

/**
 * Only what can be seen through `frame`: nodes whose box meets it, edges whose course may
 * cross it (their points' bounding box meets it). What is cut at the edge is cut by the
 * picture's clip, not here.
 */
export function cropDrawing(drawing: Drawing, frame: Frame): Drawing {
  return {
    nodes: drawing.nodes.filter((n) =>
      overlaps(frame, {
        x1: n.x - n.width / 2,
        y1: n.y - n.height / 2,
        x2: n.x + n.width / 2,
        y2: n.y + n.height / 2,
      }),
    ),
    edges: drawing.edges.filter((e) => {
      const xs = e.points.map((p) => p.x);
      const ys = e.points.map((p) => p.y);
      return (
        xs.length > 0 &&
        overlaps(frame, {
          x1: Math.min(...xs),
          y1: Math.min(...ys),
          x2: Math.max(...xs),
          y2: Math.max(...ys),
        })
      );
    }),
  };
}
