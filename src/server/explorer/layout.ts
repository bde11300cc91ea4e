/**
 * Where the explorer puts nodes. Cytoscape.js's own layouts only: `concentric` rings around
 * the entity in focus (one ring per hop; spacing from each node's size with its label, so
 * no two labels overlap), and `cose` to fit new neighbours in after an expand without
 * moving what is placed. Pinned nodes never move. Every change ends by fitting the view.
 */
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { LABEL_WIDTH } from './style.js';

const PADDING = 40;

/** Fits the visible graph into the canvas. */
export function fitView(cy: Core): void {
  const visible = cy.elements(':visible');
  if (visible.nonempty()) cy.fit(visible, PADDING);
}

/** Runs `work` with the pinned nodes locked, so layouts leave them where the analyst put them. */
function keepingPinned(cy: Core, work: () => void): void {
  const pinned = cy.nodes('.pinned').filter((n) => !n.locked());
  pinned.lock();
  try {
    work();
  } finally {
    pinned.unlock();
  }
}

/** Hops from `focus` over what is visible; what it cannot reach goes one ring further out. */
function hopsFrom(cy: Core, focus: NodeSingular | undefined): Map<string, number> {
  const hops = new Map<string, number>();
  if (focus?.visible()) {
    cy.elements(':visible').breadthFirstSearch({
      root: focus,
      directed: false,
      visit: (node, _edge, _prev, _i, depth) => void hops.set(node.id(), depth),
    });
  }
  return hops;
}

/** Rings around `focus` (else around the best-connected node), then fit. */
export function layoutAround(cy: Core, focusId: string | undefined): void {
  const nodes = cy.nodes(':visible');
  if (nodes.empty()) return;
  const focus = (focusId ? cy.getElementById(focusId) : undefined) ?? undefined;
  const root = focus?.nonempty() && focus.visible() ? focus : nodes.max((n) => n.degree(false)).ele;
  const hops = hopsFrom(cy, root);
  const far = Math.max(0, ...hops.values()) + 1;
  keepingPinned(cy, () => {
    nodes
      .layout({
        name: 'concentric',
        concentric: (n: NodeSingular) => far - (hops.get(n.id()) ?? far),
        levelWidth: () => 1,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
        minNodeSpacing: 24,
        startAngle: (3 / 2) * Math.PI,
        animate: false,
        fit: false,
      })
      .run();
  });
  fitView(cy);
}

/** Places `added` around `near` (evenly on a ring), lets `cose` settle only them, then fits. */
export function placeNew(cy: Core, added: NodeCollection, near: NodeSingular | undefined): void {
  if (added.empty()) return fitView(cy); // nothing new, but a hidden node may be back
  const placed = cy.nodes().not(added);
  if (placed.empty()) return layoutAround(cy, near?.id());
  const centre = near?.position() ?? { x: 0, y: 0 };
  const radius = Math.max(LABEL_WIDTH + 40, ((LABEL_WIDTH + 30) * added.length) / (2 * Math.PI));
  added.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / added.length - Math.PI / 2;
    node.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  });
  placed.lock();
  try {
    cy.elements(':visible')
      .layout({
        name: 'cose',
        animate: false,
        fit: false,
        randomize: false,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: () => 400_000,
        idealEdgeLength: () => LABEL_WIDTH + 40,
        nodeOverlap: 40,
        numIter: 600,
      })
      .run();
  } finally {
    placed.unlock();
  }
  fitView(cy);
}
