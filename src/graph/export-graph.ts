import type { ExportEdge, ExportGraph } from '../export/types.js';
import { articleOfSentence } from '../ids.js';
import type { GraphReader } from './reader.js';
import { isFactLoaded, type RelationshipRow, type SubgraphRow } from './rows.js';

/** Most claims exported per speaker, so one talkative entity cannot swamp a file. */
const CLAIMS_PER_SPEAKER = 200;

/**
 * Spells out a subgraph's provenance for export: evidence sentence texts, article titles
 * and the claims its entities made. Three batched queries whatever its size.
 */
export type CoMentionLevel = 'SENTENCE' | 'ARTICLE';

/** The subgraph's facts as full rows: a ranked neighbourhood hands over some by id only. */
async function fullRows(reader: GraphReader, subgraph: SubgraphRow): Promise<RelationshipRow[]> {
  const refs = subgraph.relationships.filter((r) => !isFactLoaded(r)).map((r) => r.id);
  const loaded = refs.length ? await reader.factsByIds(refs) : new Map<string, RelationshipRow>();
  return subgraph.relationships.flatMap((r) => (isFactLoaded(r) ? [r] : (loaded.get(r.id) ?? [])));
}

export async function exportGraphOf(
  reader: GraphReader,
  subgraph: SubgraphRow,
  coMentions: CoMentionLevel | null = null,
): Promise<ExportGraph> {
  const ids = subgraph.nodes.map((n) => n.id);
  const relationships = await fullRows(reader, subgraph);
  // API reads carry some or none of a fact's evidence; an export carries all of it.
  const partial = relationships.filter((r) => r.evidence === null || r.evidence.length < r.evidenceCount).map((r) => r.id);
  const reloaded = partial.length ? await reader.evidenceOf(partial, 'all') : new Map<string, string[]>();
  const evidenceOf = (r: RelationshipRow) => reloaded.get(r.id) ?? r.evidence ?? [];
  const sentenceIds = [...new Set(relationships.flatMap(evidenceOf))];
  const [sentences, claimsBySpeaker, together] = await Promise.all([
    reader.sentencesByIds(sentenceIds),
    reader.claimsOf(ids, 'SPEAKER', CLAIMS_PER_SPEAKER),
    coMentions ? reader.coMentionEdges(ids, coMentions) : Promise.resolve([]),
  ]);
  const claims = [...new Map([...claimsBySpeaker.values()].flat().map((c) => [c.id, c])).values()];
  const articleIds = [...new Set([...sentenceIds.map(articleOfSentence), ...claims.map((c) => c.articleId)])];
  const articles = await reader.articlesByIds(articleIds);
  const inGraph = new Set(ids);
  return {
    nodes: subgraph.nodes.map((n) => ({ id: n.id, kind: n.kind, name: n.name, aliases: n.aliases, mentionCount: n.mentionCount })),
    edges: relationships
      .map((r): ExportEdge => {
        const evidenceIds = evidenceOf(r);
        return {
          id: r.id,
          type: r.type,
          source: r.sourceId,
          target: r.targetId,
          role: r.role,
          confidence: r.confidence,
          evidenceIds,
          evidence: evidenceIds.map((id) => sentences.get(id)?.text ?? ''),
          // One title per evidence sentence, in its order, so a researcher can pair each sentence with its article.
          articles: evidenceIds.map((id) => articles.get(articleOfSentence(id))?.title ?? ''),
        };
      })
      .concat(together.map(({ source, target, weight }) => coMentionEdge(source, target, weight))),
    claims: claims.map((c) => ({
      id: c.id,
      text: c.text,
      sentence: c.sentence,
      form: c.form,
      speaker: c.speakerId,
      source: c.source,
      about: c.aboutIds.filter((id) => inGraph.has(id)),
      articleTitle: articles.get(c.articleId)?.title ?? '',
      articleUrl: articles.get(c.articleId)?.url ?? null,
    })),
  };
}

/**
 * An undirected co-mention as an export edge (written source → target, source id first):
 * no evidence of its own, confidence 1 (the text does mention both), and the shared
 * sentences or articles as its weight, which Gephi reads as the edge weight.
 */
function coMentionEdge(source: string, target: string, weight: number): ExportEdge {
  return {
    id: `${source}|CO_MENTIONED|${target}`,
    type: 'CO_MENTIONED',
    source,
    target,
    role: null,
    confidence: 1,
    evidenceIds: [],
    evidence: [],
    articles: [],
    weight,
  };
}

export class ExportTooLargeError extends Error {
  override name = 'ExportTooLargeError';
  constructor(readonly maxNodes: number) {
    super(`The export would hold more than ${maxNodes} nodes; lower the depth, choose fewer seeds or raise NEWSGRAPH_MAX_EXPORT_NODES.`);
  }
}

/** Seeds that name no entity: an export of the others would look complete and is not. */
export class UnknownSeedsError extends Error {
  override name = 'UnknownSeedsError';
  constructor(readonly ids: string[]) {
    super(`No entity with id ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ` and ${ids.length - 10} more` : ''}.`);
  }
}

/**
 * The entities within `depth` of the seeds, with provenance; refused past `maxNodes` or for an unknown
 * seed. A seed that is the former id of a folded entity stands for the entity that absorbed it.
 */
export async function exportAround(
  reader: GraphReader,
  seeds: string[],
  depth: number,
  maxNodes: number,
  coMentions: CoMentionLevel | null = null,
): Promise<ExportGraph> {
  // Checked before the walk: a mistyped id should not cost a whole export.
  const current = await reader.entitiesByIds(seeds);
  const unknown = seeds.filter((seed) => !current.has(seed));
  if (unknown.length) throw new UnknownSeedsError(unknown);
  const subgraph = await reader.subgraph([...new Set([...current.values()].map((e) => e.id))], depth, maxNodes, null, null, 'all');
  if (subgraph.truncated) throw new ExportTooLargeError(maxNodes);
  return exportGraphOf(reader, subgraph, coMentions);
}
