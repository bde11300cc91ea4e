import { existsSync } from 'node:fs';
import path from 'node:path';
import { BUNDLE_DIR } from '../../paths.js';
import { FAVICON_LINK } from '../favicon.js';

const styles = `
  * { box-sizing: border-box; }
  body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #1a202c; display: grid; grid-template: auto minmax(0, 1fr) / minmax(0, 1fr) 380px; height: 100vh; }
  header { grid-column: 1 / 3; display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: center; padding: .5rem 1rem; border-bottom: 1px solid #e2e8f0; }
  header h1 { font-size: 1rem; margin: 0; }
  #search-form { position: relative; }
  #search { width: 22rem; padding: .4rem .6rem; font-size: 14px; }
  #results { position: absolute; z-index: 2; background: #fff; list-style: none; margin: 0; padding: 0; width: 22rem; box-shadow: 0 4px 12px #0002; }
  #results button, #nodes button { width: 100%; text-align: left; border: 0; background: none; padding: .35rem .6rem; cursor: pointer; font: inherit; }
  #results button:hover, #results button:focus, #nodes button:focus { background: #edf2f7; }
  #view { display: flex; flex-direction: column; min-width: 0; min-height: 0; }
  #toolbar { display: flex; flex-wrap: wrap; gap: .4rem; align-items: flex-start; padding: .4rem .75rem; border-bottom: 1px solid #e2e8f0; }
  #toolbar > button { padding: .2rem .6rem; }
  #legend { display: flex; flex-wrap: wrap; gap: .2rem .75rem; font-size: .8rem; }
  #legend fieldset { display: flex; flex-wrap: wrap; gap: 0 .6rem; border: 0; margin: 0; padding: 0; align-items: center; }
  #legend legend { float: left; font-weight: 600; margin-right: .4rem; padding: 0; }
  .legend-item { display: inline-flex; gap: .25rem; align-items: center; cursor: pointer; white-space: nowrap; }
  .swatch { width: 14px; height: 14px; }
  #graph { flex: 1; min-height: 0; }
  /* Narrow windows: a narrower panel, so both the graph and the panel stay on screen. */
  @media (max-width: 960px) { body { grid-template-columns: minmax(0, 1fr) 300px; } #search, #results { width: 15rem; } }
  aside { border-left: 1px solid #e2e8f0; overflow: auto; padding: .75rem 1rem; }
  aside h2 { margin: .25rem 0; font-size: 1.15rem; } aside h3 { font-size: .95rem; margin: 1rem 0 .25rem; }
  ul.facts, ul.claims, #nodes { list-style: none; padding: 0; margin: 0; }
  summary { cursor: pointer; padding: .2rem 0; }
  blockquote { margin: .25rem 0 .5rem .75rem; padding-left: .5rem; border-left: 3px solid #cbd5e0; color: #2d3748; }
  cite { display: block; font-size: .8rem; color: #718096; }
  .actions { display: flex; gap: .4rem; flex-wrap: wrap; } .actions button { padding: .3rem .6rem; }
  .link { border: 0; background: none; color: #2b6cb0; text-decoration: underline; cursor: pointer; font: inherit; padding: 0; }
  small { color: #718096; } #status { color: #4a5568; font-size: .85rem; } #exports button { margin-right: .4rem; }
  :focus-visible { outline: 2px solid #3182ce; outline-offset: 1px; }`;

/** The explorer page; its script is bundled by `npm run build:playground` with the playground. */
export function explorerHtml(): string {
  const ready = existsSync(path.join(BUNDLE_DIR, 'explorer.js'));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsgraph explorer</title>
${FAVICON_LINK}
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${styles}</style></head>
<body>
<header>
  <h1>newsgraph explorer</h1>
  <form id="search-form" role="search"><label><span hidden>Search entities</span>
    <input id="search" type="search" placeholder="Search people, organisations, places…" autocomplete="off" aria-label="Search entities"></label>
    <ul id="results" aria-label="Search results"></ul></form>
  <span id="status" role="status">${ready ? 'Search for an entity to start.' : 'The explorer bundle is missing: run npm run build:playground.'}</span>
</header>
<main id="view">
  <div id="toolbar" role="toolbar" aria-label="View">
    <button type="button" data-action="relayout" title="Lay out again around the selected entity (pinned nodes stay)">Re-layout</button>
    <button type="button" data-action="fit" title="Fit the whole graph in view">Fit</button>
    <button type="button" id="show-hidden" data-action="show-hidden" disabled>Show hidden (0)</button>
    <div id="legend" aria-label="Legend and filters"></div>
  </div>
  <div id="graph" aria-label="Graph view"></div>
</main>
<aside>
  <section id="panel"><p>Select a node to see its facts, evidence and claims. Double-click a node to expand it. Untick a kind or fact type in the legend to hide it; Hide and Pin act on the selected node.</p></section>
  <h3>In view</h3><ul id="nodes" aria-label="Entities in view"></ul>
  <h3>Export this view</h3><p id="exports"></p>
</aside>
${ready ? '<script src="/assets/explorer.js"></script>' : ''}
</body></html>`;
}
