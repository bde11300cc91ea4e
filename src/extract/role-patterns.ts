/**
 * Patterns around a role word ("chief executive", "spokeswoman") built once from the
 * vocabulary: the type stage reads them as evidence that a name is a person or an
 * organisation, the relations stage as affiliations with that role.
 */
import type { Gazetteer } from './gazetteer.js';
import { phraseAlternation } from './text.js';

/** Role patterns, built from the vocabulary once per stage. */
export interface RolePatterns {
  /** "Wu, a representative from …" up to the organisation; describing words may precede it. */
  after: RegExp;
  /** "Alibaba chairman …", "Alibaba's CEO …" between the organisation and the person. */
  before: RegExp;
  /** "the chief executive of …" before the organisation. */
  ofBefore: RegExp;
  /** "…'s chief economist" after the organisation. */
  possessive: RegExp;
  /** "was named chief executive of …" between the person and the organisation. */
  appointedTo: RegExp;
  /** "… as its chief executive" after the person. */
  asRole: RegExp;
}

export function rolePatterns(g: Gazetteer): RolePatterns {
  const roles = phraseAlternation(g.roles);
  const orgNouns = phraseAlternation(g.cues.organizationNouns);
  return {
    after: new RegExp(
      `^\\s*,\\s*(?:(?:a|an|the|its)\\s+)?((?:[\\p{L}-]+\\s+){0,2}?(?:${roles}))\\s+(?:of|at|from|for|with|in)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:(?:${orgNouns})\\s+)?$`,
      'iu',
    ),
    before: new RegExp(`^(?:['’]s)?\\s+((?:[\\p{L}-]+\\s+){0,1}(?:${roles}))\\s*,?\\s+(?:(?:Dr|Prof|Mr|Mrs|Ms)\\.?\\s+)?$`, 'iu'),
    ofBefore: new RegExp(`\\b((?:${roles}))\\s+(?:of|at)\\s+(?:the\\s+)?$`, 'iu'),
    possessive: new RegExp(`^['’]s\\s+((?:[\\p{L}-]+\\s+){0,2}?(?:${roles}))\\b`, 'iu'),
    appointedTo: new RegExp(
      `^\\s+(?:has\\s+been|had\\s+been|was|is|will\\s+be)\\s+(?:appointed|named|hired|promoted\\s+to|elected|made)\\s+(?:as\\s+)?(?:(?:the|its)\\s+)?(?:(?:new|next|interim|acting)\\s+)?(${roles})\\s+(?:of|at|for)\\s+(?:the\\s+)?$`,
      'iu',
    ),
    asRole: new RegExp(
      `^\\s*,?\\s+as\\s+(?:(?:its|their|the|a|an|his|her)\\s+)?(?:(?:new|next|interim|acting|first)\\s+)?(${roles})\\b`,
      'iu',
    ),
  };
}
