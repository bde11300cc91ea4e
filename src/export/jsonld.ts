import type { ExportGraph } from './types.js';

const SCHEMA_TYPE: Record<string, string> = {
  Person: 'Person',
  Organization: 'Organization',
  Event: 'Event',
  Place: 'Place',
  Industry: 'DefinedTerm',
  Topic: 'DefinedTerm',
};

/** Facts as properties of their source: schema.org where it has a term, else newsgraph's own. */
const PROPERTY: Record<string, string> = {
  AFFILIATED_WITH: 'affiliation',
  HELD_IN: 'location',
  LOCATED_IN: 'containedInPlace',
  PART_OF: 'parentOrganization',
  SPOKE_AT: 'performerIn',
  PARTICIPATED_IN: 'ng:participatedIn',
  OFFERS: 'ng:offers',
  FOCUSES_ON: 'ng:focusesOn',
};

/** Inline context, so consumers never fetch anything to read the file. */
const CONTEXT = {
  '@vocab': 'https://schema.org/',
  ng: 'https://newsgraph.dev/vocab#',
  affiliation: { '@type': '@id' },
  location: { '@type': '@id' },
  containedInPlace: { '@type': '@id' },
  parentOrganization: { '@type': '@id' },
  performerIn: { '@type': '@id' },
  'ng:participatedIn': { '@type': '@id' },
  'ng:offers': { '@type': '@id' },
  'ng:focusesOn': { '@type': '@id' },
  // Co-mentions (`coMentions`): a link to the other entity, not a string.
  'ng:CO_MENTIONED': { '@type': '@id' },
  author: { '@type': '@id' },
  about: { '@type': '@id' },
  ng_kind: 'ng:kind',
};

const iri = (id: string) => `urn:newsgraph:${encodeURIComponent(id)}`;

/** JSON-LD with the schema.org vocabulary: entities and claims in one `@graph`. */
export function toJsonLd(graph: ExportGraph): string {
  const nodes = new Map(
    graph.nodes.map((n) => [
      n.id,
      {
        '@id': iri(n.id),
        '@type': SCHEMA_TYPE[n.kind] ?? 'Thing',
        identifier: n.id,
        name: n.name,
        alternateName: n.aliases,
        ng_kind: n.kind,
      } as Record<string, unknown>,
    ]),
  );
  for (const e of graph.edges) {
    const source = nodes.get(e.source);
    const property = PROPERTY[e.type] ?? `ng:${e.type}`;
    if (!source) continue;
    const current = (source[property] as string[] | undefined) ?? [];
    source[property] = [...current, iri(e.target)];
  }
  const claims = graph.claims.map((c) => ({
    '@id': iri(c.id),
    '@type': 'Claim',
    text: c.text,
    ...(c.speaker ? { author: iri(c.speaker) } : {}),
    about: c.about.map(iri),
    appearance: {
      '@type': 'Quotation',
      text: c.sentence,
      isPartOf: { '@type': 'NewsArticle', headline: c.articleTitle, ...(c.articleUrl ? { url: c.articleUrl } : {}) },
    },
    'ng:form': c.form,
    ...(c.source ? { 'ng:source': c.source } : {}),
  }));
  return `${JSON.stringify({ '@context': CONTEXT, '@graph': [...nodes.values(), ...claims] }, null, 2)}\n`;
}
