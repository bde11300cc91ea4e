import type { EntityType, Mention } from '../types.js';

/** The names and mentions found to be one entity, as the resolve stage builds it. */
export interface Cluster {
  key: string;
  type: EntityType;
  names: Map<string, string>; // normalised → surface
  mentions: Mention[];
}
