/**
 * The graph explorer at /explore: search, a Cytoscape.js view of neighbourhoods that
 * grows on expand without moving what is already placed, a side panel with evidence and
 * claims, paths between two entities, and export of the view. Talks only to /graphql.
 */
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { details, searchEntities, shortestPath, type EntityView, type RelationshipView } from './api.js';

/** Kinds as the API spells them (the EntityKind enum). */
const KIND_STYLE: Record<string, { color: string; shape: cytoscape.Css.NodeShape }> = {
  PERSON: { color: '#2b6cb0', shape: 'ellipse' },
  ORGANIZATION: { color: '#c05621', shape: 'round-rectangle' },
  EVENT: { color: '#6b46c1', shape: 'diamond' },
  PLACE: { color: '#2f855a', shape: 'hexagon' },
  INDUSTRY: { color: '#b7791f', shape: 'triangle' },
  TOPIC: { color: '#718096', shape: 'tag' },
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const cy: Core = cytoscape({
  container: $('graph'),
  minZoom: 0.2,
  maxZoom: 1.5,
  style: [
    ...Object.entries(KIND_STYLE).map(([kind, s]) => ({ selector: `node[kind = "${kind}"]`, style: { 'background-color': s.color, shape: s.shape } })),
    { selector: 'node', style: { label: 'data(name)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, width: 26, height: 26, 'text-wrap': 'ellipsis', 'text-max-width': '120px' } },
    { selector: 'edge', style: { label: 'data(type)', 'font-size': 8, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 1.5, 'line-color': '#a0aec0', 'target-arrow-color': '#a0aec0', 'text-rotation': 'autorotate', color: '#4a5568' } },
    { selector: ':selected', style: { 'border-width': 3, 'border-color': '#1a202c' } },
    { selector: 'edge.path', style: { 'line-color': '#e53e3e', 'target-arrow-color': '#e53e3e', width: 3 } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#e53e3e' } },
  ],
});

let pathFrom: string | null = null;

function addEntity(entity: EntityView, near?: NodeSingular): boolean {
  if (cy.getElementById(entity.id).nonempty()) return false;
  const origin = near?.position() ?? { x: cy.width() / 2, y: cy.height() / 2 };
  const angle = Math.random() * Math.PI * 2;
  cy.add({ group: 'nodes', data: { ...entity }, position: { x: origin.x + Math.cos(angle) * 140, y: origin.y + Math.sin(angle) * 140 } });
  return true;
}

function addRelationship(r: RelationshipView): void {
  if (cy.getElementById(r.id).nonempty()) return;
  cy.add({ group: 'edges', data: { id: r.id, source: r.source.id, target: r.target.id, type: r.type, role: r.role, evidence: r.evidence } });
}

/** Lays out only the new nodes; what the analyst has already seen stays where it is. */
function placeNew(added: cytoscape.CollectionReturnValue): void {
  if (added.empty()) return;
  const fixed = cy.nodes().not(added);
  fixed.lock();
  cy.layout({ name: 'cose', animate: false, fit: cy.nodes().length === added.length, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 120 }).run();
  fixed.unlock();
  // Keep everything in sight without moving nodes: only the viewport changes.
  const box = cy.extent();
  const outside = cy.nodes().toArray().some((n) => { const p = (n as NodeSingular).position(); return p.x < box.x1 || p.x > box.x2 || p.y < box.y1 || p.y > box.y2; });
  if (outside || cy.nodes().length === added.length) cy.fit(undefined, 50);
  renderNodeList();
}

async function expand(id: string): Promise<void> {
  const entity = await details(id);
  if (!entity) return status(`No entity ${id}.`);
  const before = cy.nodes().map((n) => n.id());
  cy.batch(() => {
    addEntity(entity);
    const centre = cy.getElementById(entity.id);
    for (const r of entity.relationships) {
      addEntity(r.source, centre);
      addEntity(r.target, centre);
      addRelationship(r);
    }
  });
  placeNew(cy.nodes().filter((n) => !before.includes(n.id())));
  status(`${entity.name}: ${entity.relationships.length} facts.`);
}

/** Increases with each selection, so a slow answer for an earlier one never overwrites a later one. */
let selection = 0;

async function select(id: string): Promise<void> {
  const mine = (selection += 1);
  cy.$(':selected').unselect();
  cy.getElementById(id).select();
  const entity = await details(id);
  if (!entity || mine !== selection) return;
  const facts = entity.relationships
    .map((r) => {
      const other = r.source.id === id ? r.target : r.source;
      const arrow = r.source.id === id ? '→' : '←';
      const evidence = r.evidence.map((e) => `<blockquote>${escape(e.sentence.text)}<cite>${escape(e.article.title)}</cite></blockquote>`).join('');
      return `<li><details><summary>${escape(r.type)}${r.role ? ` (${escape(r.role)})` : ''} ${arrow} <button type="button" class="link" data-select="${escape(other.id)}">${escape(other.name)}</button> <small>${r.confidence.toFixed(2)}</small></summary>${evidence}</details></li>`;
    })
    .join('');
  const claims = entity.claims
    .map((c) => `<li><details class="claim"><summary>${escape(c.text)} <small>${escape(c.form.toLowerCase())}${c.speaker ? `, ${escape(c.speaker.name)}` : c.source ? `, ${escape(c.source)}` : ''}</small></summary><blockquote class="sentence">${escape(c.sentence)}</blockquote></details></li>`)
    .join('');
  $('panel').innerHTML = `
    <h2>${escape(entity.name)} <small>${escape(entity.kind)}</small></h2>
    ${entity.aliases.length ? `<p>Also: ${entity.aliases.map(escape).join(', ')}</p>` : ''}
    <p>${entity.mentionCount} mentions</p>
    <div class="actions">
      <button type="button" data-expand="${escape(entity.id)}">Expand</button>
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
  const before = cy.nodes().map((n) => n.id());
  cy.batch(() => {
    path.nodes.forEach((n, i) => addEntity(n, i > 0 ? cy.getElementById(path.nodes[i - 1]!.id) : undefined));
    path.relationships.forEach(addRelationship);
  });
  placeNew(cy.nodes().filter((n) => !before.includes(n.id())));
  for (const n of path.nodes) cy.getElementById(n.id).addClass('path');
  for (const r of path.relationships) cy.getElementById(r.id).addClass('path');
  status(`Path: ${path.nodes.map((n) => n.name).join(' → ')}`);
}

function renderNodeList(): void {
  $('nodes').innerHTML = cy
    .nodes()
    .map((n) => `<li><button type="button" data-select="${escape(n.id())}">${escape(n.data('name'))} <small>${escape(n.data('kind'))}</small></button></li>`)
    .join('');
  const ids = cy.nodes().map((n) => encodeURIComponent(n.id())).join(',');
  $('exports').innerHTML = ['graphml', 'gexf', 'cytoscape', 'csv', 'jsonld', 'cypher']
    .map((f) => `<a href="/export?format=${f}&ids=${ids}&depth=0" download>${f}</a>`)
    .join(' ');
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
  $('results').innerHTML = hits.map((h) => `<li><button type="button" data-open="${escape(h.id)}">${escape(h.name)} <small>${escape(h.kind)}</small></button></li>`).join('');
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
  const { open, select: selectId, expand: expandId, pathFrom: from, pathTo: to } = button.dataset;
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

const start = new URLSearchParams(location.search).get('id');
if (start) void expand(start).then(() => select(start));
