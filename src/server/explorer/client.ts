/**
 * The graph explorer at /explore: search, a Cytoscape.js view of neighbourhoods laid out
 * in rings around the entity in focus (new neighbours fit in without moving what is
 * placed; Re-layout on demand), a legend that filters by kind and fact type, hide and pin,
 * a side panel with evidence and claims, paths between two entities, and export of the
 * view. Talks only to /graphql.
 */
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { details, searchEntities, shortestPath, type EntityView, type RelationshipView } from './api.js';
import { STYLESHEET } from './style.js';
import { fitView, layoutAround, placeNew } from './layout.js';
import { applyFilters, listenToLegend, renderLegend } from './legend.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const cy: Core = cytoscape({ container: $('graph'), minZoom: 0.2, maxZoom: 1.5, style: STYLESHEET });
// For the browser tests and the console: the view's state is cy's state.
(window as unknown as { cy: Core }).cy = cy;

let pathFrom: string | null = null;
/** The entity the view is centred on: the last one opened or expanded. */
let focus: string | undefined;

function addEntity(entity: EntityView): boolean {
  if (cy.getElementById(entity.id).nonempty()) return false;
  cy.add({ group: 'nodes', data: { ...entity } });
  return true;
}

function addRelationship(r: RelationshipView): void {
  if (cy.getElementById(r.id).nonempty()) return;
  cy.add({
    group: 'edges',
    data: { id: r.id, source: r.source.id, target: r.target.id, type: r.type, role: r.role, evidence: r.evidence },
  });
}

/** After anything is added: place the new nodes, apply the filters, fit, redraw the lists. */
function placeAdded(before: Set<string>, near: NodeSingular | undefined): void {
  const added = cy.nodes().filter((n) => !before.has(n.id()));
  applyFilters(cy);
  if (before.size === 0) layoutAround(cy, near?.id());
  else placeNew(cy, added, near);
  refresh();
}

async function expand(id: string): Promise<void> {
  const entity = await details(id);
  if (!entity) return status(`No entity ${id}.`);
  const before = new Set(cy.nodes().map((n) => n.id()));
  cy.batch(() => {
    addEntity(entity);
    for (const r of entity.relationships) {
      addEntity(r.source);
      addEntity(r.target);
      addRelationship(r);
    }
  });
  const centre = cy.getElementById(entity.id);
  centre.removeClass('hidden');
  focus = entity.id;
  placeAdded(before, centre);
  status(`${entity.name}: ${entity.relationships.length} facts.`);
}

function hide(id: string): void {
  const node = cy.getElementById(id);
  node.addClass('hidden').unselect();
  fitView(cy);
  refresh();
  status(`Hidden: ${node.data('name')}. "Show hidden" brings it back.`);
}

function togglePin(id: string): void {
  const node = cy.getElementById(id);
  node.toggleClass('pinned');
  status(
    node.hasClass('pinned')
      ? `Pinned: ${node.data('name')} stays where it is when the view is laid out.`
      : `Unpinned: ${node.data('name')}.`,
  );
  if (node.selected()) void select(id);
}

function showHidden(): void {
  cy.nodes('.hidden').removeClass('hidden');
  fitView(cy);
  refresh();
}

/** Increases with each selection, so a slow answer for an earlier one never overwrites a later one. */
let selection = 0;

async function select(id: string): Promise<void> {
  const mine = (selection += 1);
  cy.$(':selected').unselect();
  const node = cy.getElementById(id);
  node.removeClass('hidden').select();
  cy.edges('.near-selected').removeClass('near-selected');
  node.connectedEdges().addClass('near-selected');
  const entity = await details(id);
  if (!entity || mine !== selection) return;
  const facts = entity.relationships
    .map((r) => {
      const other = r.source.id === id ? r.target : r.source;
      const arrow = r.source.id === id ? '→' : '←';
      const evidence = r.evidence
        .map((e) => `<blockquote>${escape(e.sentence.text)}<cite>${escape(e.article.title)}</cite></blockquote>`)
        .join('');
      return `<li><details><summary>${escape(r.type)}${r.role ? ` (${escape(r.role)})` : ''} ${arrow} <button type="button" class="link" data-select="${escape(other.id)}">${escape(other.name)}</button> <small>${r.confidence.toFixed(2)}</small></summary>${evidence}</details></li>`;
    })
    .join('');
  const claims = entity.claims
    .map(
      (c) =>
        `<li><details class="claim"><summary>${escape(c.text)} <small>${escape(c.form.toLowerCase())}${c.speaker ? `, ${escape(c.speaker.name)}` : c.source ? `, ${escape(c.source)}` : ''}</small></summary><blockquote class="sentence">${escape(c.sentence)}</blockquote></details></li>`,
    )
    .join('');
  $('panel').innerHTML = `
    <h2>${escape(entity.name)} <small>${escape(entity.kind)}</small></h2>
    ${entity.aliases.length ? `<p>Also: ${entity.aliases.map(escape).join(', ')}</p>` : ''}
    <p>${entity.mentionCount} mentions</p>
    <div class="actions">
      <button type="button" data-expand="${escape(entity.id)}">Expand</button>
      ${
        node.nonempty()
          ? `<button type="button" data-hide="${escape(entity.id)}">Hide</button>
      <button type="button" data-pin="${escape(entity.id)}" aria-pressed="${node.hasClass('pinned')}">${node.hasClass('pinned') ? 'Unpin' : 'Pin'}</button>`
          : ''
      }
      <button type="button" data-path-from="${escape(entity.id)}">Path from here</button>
      ${pathFrom && pathFrom !== entity.id ? `<button type="button" data-path-to="${escape(entity.id)}">Path to here</button>` : ''}
    </div>
    <h3>Facts</h3><ul class="facts">${facts || '<li>None</li>'}</ul>
    <h3>Claims</h3><ul class="claims">${claims || '<li>None</li>'}</ul>`;
}

async function drawPath(from: string, to: string): Promise<void> {
  const path = await shortestPath(from, to);
  cy.elements().removeClass('path');
  if (!path) return status('No path within 6 facts.');
  const before = new Set(cy.nodes().map((n) => n.id()));
  cy.batch(() => {
    path.nodes.forEach(addEntity);
    path.relationships.forEach(addRelationship);
  });
  cy.nodes()
    .filter((n) => path.nodes.some((p) => p.id === n.id()))
    .removeClass('hidden');
  placeAdded(before, cy.getElementById(from));
  for (const n of path.nodes) cy.getElementById(n.id).addClass('path');
  for (const r of path.relationships) cy.getElementById(r.id).addClass('path');
  status(`Path: ${path.nodes.map((n) => n.name).join(' → ')}`);
}

/** Redraws what depends on the elements in view: legend, node list, export links, hidden count. */
function refresh(): void {
  renderLegend(cy, $('legend'));
  const hidden = cy.nodes('.hidden').length;
  const showHiddenButton = $<HTMLButtonElement>('show-hidden');
  showHiddenButton.textContent = `Show hidden (${hidden})`;
  showHiddenButton.disabled = hidden === 0;
  $('nodes').innerHTML = cy
    .nodes(':visible')
    .map(
      (n) =>
        `<li><button type="button" data-select="${escape(n.id())}">${escape(n.data('name'))} <small>${escape(n.data('kind'))}</small></button></li>`,
    )
    .join('');
  const ids = cy
    .nodes(':visible')
    .map((n) => n.id())
    .join(',');
  // A form POST, not links: the ids of a view of hundreds of entities do not fit in a URL.
  $('exports').innerHTML =
    `<form method="post" action="/export"><input type="hidden" name="ids" value="${escape(ids)}"><input type="hidden" name="depth" value="0">` +
    ['graphml', 'gexf', 'cytoscape', 'csv', 'jsonld', 'cypher']
      .map((f) => `<button type="submit" name="format" value="${f}">${f}</button>`)
      .join(' ') +
    '</form>';
}

function status(text: string): void {
  $('status').textContent = text;
}

// Search: results are buttons, so Tab and Enter work; Enter in the box takes the first.
let timer: ReturnType<typeof setTimeout> | undefined;
async function runSearch(): Promise<void> {
  const text = $<HTMLInputElement>('search').value.trim();
  if (!text) return void ($('results').innerHTML = '');
  const hits = await searchEntities(text);
  $('results').innerHTML = hits
    .map((h) => `<li><button type="button" data-open="${escape(h.id)}">${escape(h.name)} <small>${escape(h.kind)}</small></button></li>`)
    .join('');
}
$('search').addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void runSearch(), 200);
});
$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void runSearch().then(() => $('results').querySelector<HTMLButtonElement>('button')?.click());
});

document.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest('button');
  if (!button) return;
  const { open, select: selectId, expand: expandId, pathFrom: from, pathTo: to, hide: hideId, pin: pinId, action } = button.dataset;
  if (hideId) hide(hideId);
  if (pinId) togglePin(pinId);
  if (action === 'relayout') layoutAround(cy, cy.$('node:selected').first().id() || focus);
  if (action === 'fit') fitView(cy);
  if (action === 'show-hidden') showHidden();
  if (open) {
    $('results').innerHTML = '';
    void expand(open).then(() => select(open));
  }
  if (selectId) void select(selectId);
  if (expandId) void expand(expandId);
  if (from) {
    pathFrom = from;
    status('Now select another entity and choose "Path to here".');
    void select(from);
  }
  if (to && pathFrom) void drawPath(pathFrom, to);
});
cy.on('tap', 'node', (event) => void select(event.target.id()));
cy.on('dbltap', 'node', (event) => void expand(event.target.id()));
listenToLegend($('legend'), cy, () => {
  fitView(cy);
  refresh();
});
// The canvas changes size with the window (cytoscape follows it); keep the graph in view.
let resizeTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => fitView(cy), 100);
});

const start = new URLSearchParams(location.search).get('id');
if (start) void expand(start).then(() => select(start));
