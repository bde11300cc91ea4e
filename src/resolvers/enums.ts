/**
 * The one mapping between the names the graph and the `extract` JSON use and the API's
 * enums. The extractor, Neo4j labels and every export write an entity's kind as
 * `Person`, `Organization`, …, and a claim's form as `direct`, `indirect`, `interview`;
 * the GraphQL API speaks its enums, `PERSON`, `ORGANIZATION`, … and `DIRECT`, … Every
 * argument and every value the API returns, aggregate keys included, goes through here.
 */
import type { ClaimForm as ApiClaimForm, EntityKind } from '../generated/graphql.js';
import type { ClaimForm, EntityType } from '../extract/types.js';

export const KIND_OF_TYPE = {
  Person: 'PERSON',
  Organization: 'ORGANIZATION',
  Event: 'EVENT',
  Place: 'PLACE',
  Industry: 'INDUSTRY',
  Topic: 'TOPIC',
} as const satisfies Record<EntityType, EntityKind>;

export const FORM_OF_CLAIM = {
  direct: 'DIRECT',
  indirect: 'INDIRECT',
  interview: 'INTERVIEW',
} as const satisfies Record<ClaimForm, ApiClaimForm>;

const TYPE_OF_KIND = Object.fromEntries(Object.entries(KIND_OF_TYPE).map(([type, kind]) => [kind, type])) as Record<EntityKind, EntityType>;

/** `Person` → `PERSON`. */
export function kindOf(type: string): EntityKind {
  const kind = KIND_OF_TYPE[type as EntityType];
  if (!kind) throw new Error(`Invariant failed: no API kind for the entity type "${type}"`);
  return kind;
}

/** `PERSON` → `Person` (the label and `extract` JSON type). */
export function typeOfKind(kind: string): EntityType {
  const type = TYPE_OF_KIND[kind as EntityKind];
  if (!type) throw new Error(`Invariant failed: no entity type for the API kind "${kind}"`);
  return type;
}

/** `direct` → `DIRECT`. */
export function formOf(form: string): ApiClaimForm {
  const api = FORM_OF_CLAIM[form as ClaimForm];
  if (!api) throw new Error(`Invariant failed: no API claim form for "${form}"`);
  return api;
}
