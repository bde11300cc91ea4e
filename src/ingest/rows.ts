/**
 * The rows one article contributes to the graph, built from its extracted Doc without any
 * database access. Entity ids here are the article's own; the loader maps them to graph
 * entities (cross-article merging) before writing. Rows are plain data, so extraction
 * workers can send them to the loading thread cheaply.
 */
import { createHash } from 'node:crypto';
import { sentenceId } from '../ids.js';
import { normalizeName } from '../extract/text.js';
import { normalizePublishedAt } from './published-at.js';
import type { Doc, EntityType, Predicate } from '../extract/types.js';

export interface EntityRow {
  id: string;
  kind: EntityType;
  name: string;
  normalizedName: string;
  aliases: string[];
  aliasKeys: string[];
}

export interface ArticleRows {
  articleId: string;
  sha256: string;
  article: {
    id: string;
    title: string;
    url: string | null;
    source: string | null;
    publishedAt: string | null;
    publishedAtText: string | null;
    text: string;
    sha256: string;
  };
  sentences: Array<{ id: string; index: number; text: string; start: number; end: number; kind: string; speaker: string | null }>;
  entities: EntityRow[];
  mentions: Array<{ sentence: string; entity: string; start: number; end: number; text: string; source: string }>;
  relations: Array<{ predicate: Predicate; subject: string; object: string; role: string | null; confidence: number; evidence: string[] }>;
  claims: Array<{
    id: string;
    text: string;
    sentence: string;
    quote: string | null;
    source: string | null;
    form: string;
    confidence: number;
    sentenceId: string;
    speaker: string | null;
    about: string[];
    madeAt: string | null;
  }>;
}

const aliasKey = (kind: string, name: string) => `${kind}|${normalizeName(name)}`;

/**
 * The names of an entity that may join it to entities of other articles: all but the short forms,
 * names whose words are all words of a longer name of the same entity ("Brown" of "Peter Brown",
 * "Huaxin" of "Huaxin Asset Management", "Central Bank" of "Central Bank of Iceland"). Within an
 * article a short form means the one entity its text names in full; across articles it names
 * anyone of that surname, any body of that brand, so joining on it made one entity of every Brown.
 */
export function identifyingNames(names: readonly string[]): string[] {
  const words = names.map((n) => normalizeName(n).split(/\s+/).filter(Boolean));
  return names.filter((_, i) => {
    const own = words[i]!;
    return !words.some((other, j) => j !== i && other.length > own.length && own.every((w) => other.includes(w)));
  });
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function toArticleRows(doc: Doc): ArticleRows {
  const articleId = doc.article.id;
  const hash = sha256(doc.text);
  const sentence = (index: number) => sentenceId(articleId, index);
  return {
    articleId,
    sha256: hash,
    article: {
      id: articleId,
      title: doc.article.title,
      url: doc.article.url ?? null,
      source: doc.article.source ?? null,
      publishedAt: normalizePublishedAt(doc.article.publishedAt),
      publishedAtText: doc.article.publishedAt?.trim() || null,
      text: doc.text,
      sha256: hash,
    },
    sentences: doc.sentences.map((s) => ({
      id: sentence(s.index),
      index: s.index,
      text: s.text,
      start: s.start,
      end: s.end,
      kind: s.kind,
      speaker: s.turnLabel ?? null,
    })),
    entities: doc.entities.map((e) => {
      const names = [...new Set([e.name, ...e.aliases])];
      return {
        id: e.id,
        kind: e.type,
        name: e.name,
        normalizedName: normalizeName(e.name),
        aliases: names,
        aliasKeys: [...new Set(identifyingNames(names).map((n) => aliasKey(e.type, n)))],
      };
    }),
    mentions: doc.entities.flatMap((e) =>
      e.mentions.map((m) => ({ sentence: sentence(m.sentence), entity: e.id, start: m.start, end: m.end, text: m.text, source: m.source })),
    ),
    relations: doc.relations.map((r) => ({
      predicate: r.predicate,
      subject: r.subject,
      object: r.object,
      role: r.properties.role ?? null,
      confidence: r.confidence,
      evidence: r.evidence.map((e) => sentence(e.sentence)),
    })),
    claims: doc.claims.map((c) => ({
      id: c.id,
      text: c.text,
      sentence: c.sentence,
      quote: c.quote ?? null,
      source: c.source ?? null,
      form: c.form,
      confidence: c.confidence,
      sentenceId: sentence(c.sentenceIndex),
      speaker: c.speaker,
      about: c.about,
      madeAt: c.madeAt ?? null,
    })),
  };
}
