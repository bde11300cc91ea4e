/** A hand-written gold annotation of one article, by names rather than ids. */
export interface Gold {
  entities: Array<{ name: string; type: string; aliases?: string[] }>;
  relations: Array<{ subject: string; predicate: string; object: string }>;
  claims: Array<{ speaker: string | null; sentence: string }>;
}

export class GoldFileError extends Error {
  override name = 'GoldFileError';
}

/** Checks a parsed gold file's shape, naming the first problem. */
export function parseGold(file: string, value: unknown): Gold {
  const gold = value as Partial<Gold>;
  if (!gold || !Array.isArray(gold.entities) || !Array.isArray(gold.relations) || !Array.isArray(gold.claims)) {
    throw new GoldFileError(`${file}: a gold file needs "entities", "relations" and "claims" arrays.`);
  }
  for (const e of gold.entities)
    if (typeof e.name !== 'string' || typeof e.type !== 'string') throw new GoldFileError(`${file}: every entity needs a name and a type.`);
  for (const r of gold.relations)
    if (!r.subject || !r.predicate || !r.object) throw new GoldFileError(`${file}: every relation needs subject, predicate and object.`);
  for (const c of gold.claims) if (typeof c.sentence !== 'string') throw new GoldFileError(`${file}: every claim needs its sentence.`);
  return gold as Gold;
}
