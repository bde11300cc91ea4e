/**
 * What both reference passes read around a mention: how far back an antecedent may be, who opened the sentence
 * before, and whether a speech verb or an apposition's comma follows.
 */
import type { Gazetteer } from '../gazetteer.js';
import type { Doc, EntityType, Mention } from '../types.js';

/** How many sentences back a description or pronoun may look for its antecedent. */
export const WINDOW = 4;

/** Whether only a comma stands between two mentions of one sentence, `a` first ("X, the group's …"). */
export const commaApposed = (text: string, a: Mention | undefined, b: Mention) =>
  !!a && a.sentence === b.sentence && /^\s*,\s*$/.test(text.slice(a.end, b.start));

/** Whether text opens with a speech verb ("said", "has announced"). */
export function speechVerbAfter(text: string, g: Gazetteer): boolean {
  const words = text
    .trimStart()
    .toLowerCase()
    .split(/[\s,.;:!?"”’]+/);
  const verb = words[0] === 'has' || words[0] === 'had' ? words[1] : words[0];
  return !!verb && (g.cues.speechVerbs.includes(verb) || g.cues.thatVerbs.includes(verb));
}

/** The mention of `type` that opens the sentence before the one holding mentions[index]. */
export function previousSubject(doc: Doc, mentions: Mention[], index: number, type: EntityType): Mention | undefined {
  const sentence = mentions[index]!.sentence - 1;
  // "The Eastbank Neighbours Association, which…, said": a name after "The" opens its sentence too, and
  // one after its title ("Dr Ingrid Halvorsen, chief executive of …"), the source of "According to X, …", and a
  // name apposed to the title that opens it ("The union's general secretary, Asha Kaur, said"), and a name after a
  // participle that says in what capacity ("Prosecuting, Gideon Fairclough told the court …", "Passing sentence, District
  // Judge Helen Marriott said …").
  const opens = (m: Mention) => {
    const text = doc.sentences[m.sentence]?.text ?? '';
    const before = text.slice(0, m.start);
    return (
      m.start === 0 ||
      /^(?:[Tt]he\s+|(?:\p{Lu}[\p{L}.]*\s+){1,3}|According to\s+(?:the\s+)?|\p{Lu}\p{Ll}+ing(?:\s+\p{Ll}+){0,2},\s+(?:\p{Lu}[\p{L}.]*\s+){0,2})$/u.test(
        before,
      ) ||
      (/^(?:The|Its|Their)\s[^,;.]{0,60},\s*(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(before) && /^\s*,/.test(text.slice(m.end)))
    );
  };
  for (let i = index - 1; i >= 0 && mentions[i]!.sentence >= sentence; i -= 1) {
    const candidate = mentions[i]!;
    if (candidate.sentence === sentence && opens(candidate)) return candidate.entity && candidate.type === type ? candidate : undefined;
  }
  return undefined;
}

/** The unit's word ("arm", "division") text opens with, past up to two describing words (" charitable arm, …"). */
export const unitWordAfter = (text: string, g: Gazetteer): string | undefined =>
  text
    .trimStart()
    .split(/[\s,.;:]+/)
    .slice(0, 3)
    .find((word) => g.cues.unitNouns.has(word.toLowerCase()))
    ?.toLowerCase();
