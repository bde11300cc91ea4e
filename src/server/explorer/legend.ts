/**
 * The legend, which is also the filter: one checkbox per kind and per fact type in view,
 * drawn in its colour and shape, with how many are in view. Unticking hides those
 * elements (they stay loaded; ticking shows them again).
 */
import type { Core } from 'cytoscape';
import { FACT_STYLE, KIND_STYLE } from './style.js';

const hiddenKinds = new Set<string>();
const hiddenTypes = new Set<string>();

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Marks what the unticked kinds and types cover; a hidden node's facts go with it. */
export function applyFilters(cy: Core): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => void n.toggleClass('filtered', hiddenKinds.has(n.data('kind'))));
    cy.edges().forEach((e) => void e.toggleClass('filtered', hiddenTypes.has(e.data('type'))));
  });
}

const SHAPE_SVG: Record<string, string> = {
  ellipse: '<circle cx="8" cy="8" r="7"/>',
  'round-rectangle': '<rect x="1" y="2" width="14" height="12" rx="3"/>',
  diamond: '<polygon points="8,0 16,8 8,16 0,8"/>',
  hexagon: '<polygon points="4,1 12,1 16,8 12,15 4,15 0,8"/>',
  triangle: '<polygon points="8,1 16,15 0,15"/>',
  tag: '<polygon points="0,2 11,2 16,8 11,14 0,14"/>',
};

function item(group: 'kind' | 'type', key: string, label: string, swatch: string, count: number, shown: boolean): string {
  return `<label class="legend-item"><input type="checkbox" data-filter-${group}="${escape(key)}"${shown ? ' checked' : ''}>${swatch}<span>${escape(label)}</span> <small>${count}</small></label>`;
}

/** Redraws the legend for what is loaded (kinds and fact types with at least one element, or unticked). */
export function renderLegend(cy: Core, container: HTMLElement): void {
  const count = (selector: string) => cy.elements(selector).length;
  const kinds = Object.entries(KIND_STYLE)
    .filter(([kind]) => hiddenKinds.has(kind) || count(`node[kind = "${kind}"]`) > 0)
    .map(([kind, s]) =>
      item(
        'kind',
        kind,
        s.label,
        `<svg class="swatch" viewBox="0 0 16 16" aria-hidden="true" fill="${s.color}">${SHAPE_SVG[s.shape] ?? SHAPE_SVG.ellipse}</svg>`,
        count(`node[kind = "${kind}"]`),
        !hiddenKinds.has(kind),
      ),
    );
  const types = Object.entries(FACT_STYLE)
    .filter(([type]) => hiddenTypes.has(type) || count(`edge[type = "${type}"]`) > 0)
    .map(([type, s]) =>
      item(
        'type',
        type,
        type,
        `<svg class="swatch" viewBox="0 0 16 16" aria-hidden="true"><line x1="0" y1="8" x2="16" y2="8" stroke="${s.color}" stroke-width="3"/></svg>`,
        count(`edge[type = "${type}"]`),
        !hiddenTypes.has(type),
      ),
    );
  container.innerHTML = kinds.length
    ? `<fieldset><legend>Kinds</legend>${kinds.join('')}</fieldset><fieldset><legend>Facts</legend>${types.join('') || '<small>none in view</small>'}</fieldset>`
    : '';
}

/** Wires the checkboxes: `onChange` runs after the filters changed. */
export function listenToLegend(container: HTMLElement, cy: Core, onChange: () => void): void {
  container.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const { filterKind, filterType } = box.dataset;
    const set = filterKind ? hiddenKinds : filterType ? hiddenTypes : undefined;
    const key = filterKind ?? filterType;
    if (!set || !key) return;
    if (box.checked) set.delete(key);
    else set.add(key);
    applyFilters(cy);
    onChange();
  });
}
