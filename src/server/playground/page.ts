import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLE_DIR } from '../../paths.js';
import { FAVICON_LINK } from '../favicon.js';

/** Queries the playground opens with: what an analyst tries first. */
export const EXAMPLE_QUERY = `# newsgraph: try these, then explore the Docs panel.
query EntityLookup {
  entity(id: "person:wu") {
    id name kind aliases mentionCount
    relationships(first: 10) { type role confidence source { id name } target { id name }
      evidenceCount evidence(first: 1) { sentence { text } article { title } } }
  }
}

query PathWuToWuzhen {
  path(from: "person:wu", to: "place:wuzhen") {
    length nodes { id name kind } relationships { type source { name } target { name } }
  }
}

query ClaimsAboutHealthcare {
  claims(about: "industry:healthcare", first: 5) {
    totalCount nodes { text sentence form speaker { name } source }
  }
}

query Dashboard {
  stats { articles entities relationships claims entitiesByKind { kind count } topEntities(first: 5) { name kind mentionCount } }
}
`;

/** The self-hosted GraphiQL page; assets come from dist/playground, built by `npm run build:playground`. */
export function playgroundHtml(): string {
  const ready = existsSync(path.join(BUNDLE_DIR, 'playground.js'));
  const fallback = `<p style="font-family:sans-serif;padding:2rem">The playground bundle is missing: run <code>npm run build:playground</code>. The API is at <a href="/graphql">/graphql</a>.</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsgraph playground</title>
${FAVICON_LINK}
<meta name="viewport" content="width=device-width, initial-scale=1">
${ready ? '<link rel="stylesheet" href="/assets/playground.css">' : ''}
<style>html,body,#root{height:100%;margin:0}</style></head>
<body><div id="root">${ready ? '' : fallback}</div>
<script>window.NEWSGRAPH_EXAMPLE = ${JSON.stringify(EXAMPLE_QUERY)};</script>
${ready ? '<script src="/assets/playground.js"></script>' : ''}
</body></html>`;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

/** One bundled asset by file name; names with paths or unknown types are refused. */
export function playgroundAsset(name: string): { body: Buffer; type: string } | undefined {
  const type = TYPES[path.extname(name)];
  if (!type || !/^[\w.-]+$/.test(name) || name.startsWith('.')) return undefined;
  const file = path.join(BUNDLE_DIR, name);
  return existsSync(file) ? { body: readFileSync(file), type } : undefined;
}
