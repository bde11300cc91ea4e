/**
 * The resolve stage's second pass: definite descriptions ("the company", "the trust") and
 * pronouns attach to the names the first pass clustered, in text order, so that a reference
 * resolved early can be the antecedent of a later one.
 */
import type { Gazetteer } from '../gazetteer.js';
import type { Doc, Mention } from '../types.js';
import type { Cluster } from './cluster.js';
import { descriptionResolver } from './resolve-descriptions.js';
import { resolvePronoun } from './resolve-pronouns.js';

export function resolveReferences(doc: Doc, mentions: Mention[], clusters: Cluster[], g: Gazetteer): void {
  const byKey = new Map(clusters.map((c) => [c.key, c]));
  const attach = (mention: Mention, key: string) => {
    mention.entity = key;
    mention.type = byKey.get(key)?.type;
    byKey.get(key)?.mentions.push(mention);
  };
  const descriptions = descriptionResolver(doc, mentions, clusters, g, attach);
  mentions.forEach((mention, index) => {
    if (mention.entity) descriptions.noteNamed(mention);
    else if (mention.source === 'description' && mention.type) descriptions.resolve(index);
    else if (mention.source === 'pronoun') resolvePronoun(doc, mentions, index, clusters, g, attach);
  });
}
