/** How the explorer draws kinds and fact types; the legend is drawn from the same tables. */
import type cytoscape from 'cytoscape';
import { PREDICATES } from '../../extract/types.js';

/** Kinds as the API spells them (the EntityKind enum). */
export const KIND_STYLE: Record<string, { color: string; shape: cytoscape.Css.NodeShape; label: string }> = {
  PERSON: { color: '#2b6cb0', shape: 'ellipse', label: 'Person' },
  ORGANIZATION: { color: '#c05621', shape: 'round-rectangle', label: 'Organization' },
  EVENT: { color: '#6b46c1', shape: 'diamond', label: 'Event' },
  PLACE: { color: '#2f855a', shape: 'hexagon', label: 'Place' },
  INDUSTRY: { color: '#b7791f', shape: 'triangle', label: 'Industry' },
  TOPIC: { color: '#718096', shape: 'tag', label: 'Topic' },
};

/** One colour per fact type, distinct from each other at a glance (and from the path's red). */
const FACT_COLORS = ['#3182ce', '#805ad5', '#dd6b20', '#38a169', '#2c7a7b', '#b83280', '#975a16', '#4a5568'];
export const FACT_STYLE: Record<string, { color: string }> = Object.fromEntries(
  PREDICATES.map((type, i) => [type, { color: FACT_COLORS[i % FACT_COLORS.length]! }]),
);

/** Labels are capped at this width (ellipsis beyond), which bounds how far apart nodes must sit. */
export const LABEL_WIDTH = 120;

export const STYLESHEET: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      'font-size': 12,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      width: 26,
      height: 26,
      'text-wrap': 'ellipsis',
      'text-max-width': `${LABEL_WIDTH}px`,
      'text-background-color': '#fff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
    },
  },
  ...Object.entries(KIND_STYLE).map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': s.color, shape: s.shape },
  })),
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      width: 2,
      'line-color': '#a0aec0',
      'target-arrow-color': '#a0aec0',
      'font-size': 9,
      'text-rotation': 'autorotate',
      color: '#2d3748',
      'text-background-color': '#fff',
      'text-background-opacity': 0.85,
    },
  },
  ...Object.entries(FACT_STYLE).map(([type, s]) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-color': s.color, 'target-arrow-color': s.color },
  })),
  // Fact labels only around the selected entity: on every edge they bury the names.
  { selector: 'edge.near-selected', style: { label: 'data(type)' } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1a202c' } },
  { selector: 'node.pinned', style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': '#1a202c' } },
  { selector: '.hidden, .filtered', style: { display: 'none' } },
  { selector: 'edge.path', style: { 'line-color': '#e53e3e', 'target-arrow-color': '#e53e3e', width: 3.5 } },
  { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#e53e3e' } },
];
