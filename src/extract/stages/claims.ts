import { loadGazetteer, type Gazetteer } from '../gazetteer.js';
import type { Stage } from '../stage.js';
import { phraseAlternation, shortHash } from '../text.js';
import type { Claim, ClaimForm, Doc, Entity, Mention, Sentence } from '../types.js';
import { interviewRoles } from './resolve.js';
import { indexDoc } from '../doc-index.js';

/** Openers that carry no content of their own ("Absolutely, thank you for having me."). */
const COURTESY = /^(?:absolutely|sure|certainly|of course|yes|no|well|thank(?:s| you)[^.]*|great question|good question|it(?:'|’)s (?:a|my) pleasure)[,.!]?\s*(?:thank(?:s| you)[^.]*)?[.!]?$/i;
const OPENERS = /^(?:absolutely|certainly|indeed|well|so|yes|additionally|moreover|furthermore|also|lastly|finally|for instance|for example|in addition|of course|in short|however)\s*,\s*/i;
const QUOTE = /[“"]([^”"]{12,})[”"]/;
const MIN_WORDS = 5;
/** "agreed on Friday to work towards…": a verb that takes an infinitive reports an act, not a statement. */
const INFINITIVE = /^(?:(?:on|last|this|next|early|late)\s+\w+\s+)?to\s+\p{L}/u;
/** "said on Tuesday in a statement that…": when and where it was said is not what was said. */
const MEDIUM = /^\s*(?:,\s*)?(?:(?:on|last|this|late on|early on)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|evening|afternoon|weekend)\s*,?\s*)?(?:in\s+an?\s+(?:statement|filing|post|letter|note|interview|email|press release|blog post|report|speech|briefing|video|memo)(?:\s+(?:on|last|this)\s+\w+)?\s*,?\s*)?(?:that\s+)?/i;
/** Verbs that frame a quotation but take no clause: 'called it "a turning point"'. */
const QUOTE_ONLY_VERBS = ['called', 'calls', 'described', 'describes'];
/** A subordinate clause that opens with a subject of its own: "after an audit", "because the report". */
const SUBORDINATE_SUBJECT = /\b(?:after|before|when|because|since|while|although|though|until|unless|once)\s+(?:an?|the|this|that|its|his|her|their|some|many|several|one)\s+\p{Ll}/iu;
/** "…, according to Maya Tan, director of…": the source named after the statement. */
const ACCORDING_AFTER = /,\s+according\s+to\s+/i;
/** "According to X, …": the source named first. */
const ACCORDING_BEFORE = /^according to\s+/i;

interface Attribution {
  speaker: Mention;
  clause: string;
}

/** A statement from a source the article describes but does not name. */
interface UnnamedAttribution {
  source: string;
  clause: string;
}

interface UnnamedPatterns {
  /** "Health officials in Bucharest said hospitals were coping": the source opens the sentence. */
  leading: RegExp;
  /** "…, its owners said, in a boost to…": the source closes the statement. */
  trailing: RegExp;
}

function entityOf(doc: Doc, key: string | undefined): Entity | undefined {
  return indexDoc(doc).entity(key);
}

function about(doc: Doc, sentence: Sentence, speaker: string | undefined): string[] {
  const keys = indexDoc(doc)
    .inSentence(sentence.index)
    .filter((m) => m.entity !== speaker)
    .map((m) => m.entity!);
  return [...new Set(keys)].map((key) => entityOf(doc, key)!.id);
}

function claimText(text: string): string {
  const stripped = text.replace(OPENERS, '').replace(/[.!]+$/, '').trim();
  return stripped.charAt(0).toUpperCase() + stripped.slice(1);
}

function makeClaim(doc: Doc, sentence: Sentence, speakerKey: string | undefined, form: ClaimForm, text: string, confidence: number, quote?: string, source?: string): Claim {
  const speaker = entityOf(doc, speakerKey);
  const madeAt = indexDoc(doc).inSentence(sentence.index).find((m) => m.type === 'Event' && /\b(?:at|during)\s+(?:the\s+)?(?:recent\s+)?$/i.test(sentence.text.slice(0, m.start)));
  return {
    id: `claim:${shortHash(`${doc.article.id}|${sentence.index}|${speaker?.id ?? ''}|${text}`)}`,
    speaker: speaker?.id ?? null,
    text,
    sentence: sentence.text,
    sentenceIndex: sentence.index,
    quote,
    source,
    form,
    about: about(doc, sentence, speakerKey),
    madeAt: madeAt ? entityOf(doc, madeAt.entity)?.id : undefined,
    confidence,
  };
}

function speakersIn(doc: Doc, sentence: Sentence): Mention[] {
  return indexDoc(doc).inSentence(sentence.index).filter((m) => m.type === 'Person' || m.type === 'Organization');
}

/** "Professor X of James Cook University", "Ruben Bakker of GroenLinks": the person an organisation qualifies. */
function personQualifying(sentence: Sentence, speakers: Mention[], org: Mention | undefined): Mention | undefined {
  if (org?.type !== 'Organization') return undefined;
  return speakers.find((p) => p.type === 'Person' && /^\s+(?:of|at|from)\s+(?:the\s+)?$/.test(sentence.text.slice(p.end, org.start)));
}

/** The speaker next to a speech verb outside the quotation marks: '"…," Busch told reporters.' */
function quoteSpeaker(doc: Doc, sentence: Sentence, verbs: RegExp, quote: RegExpExecArray): Mention | undefined {
  const inside = (i: number) => i >= quote.index && i < quote.index + quote[0].length;
  const speakers = speakersIn(doc, sentence).filter((s) => !inside(s.start));
  verbs.lastIndex = 0;
  for (const verb of sentence.text.matchAll(verbs)) {
    if (inside(verb.index)) continue;
    const end = verb.index + verb[0].length;
    // The name nearest the verb ('"…," Porto coach André Vilas said'), or the person an organisation
    // qualifies ('Ruben Bakker of GroenLinks called the errors "…"').
    const nearest = speakers.filter((s) => s.end <= verb.index && verb.index - s.end < 30).pop();
    const near = personQualifying(sentence, speakers, nearest) ?? nearest ?? speakers.find((s) => s.start >= end && s.start - end < 4);
    if (near) return near;
    // 'X, …, visited the base and called the project "…"': the sentence's subject speaks.
    const subject = speakers[0];
    if (subject && subject.end <= verb.index && verb.index < quote.index && !/[.;:]/.test(sentence.text.slice(subject.end, verb.index))) return subject;
  }
  return undefined;
}

/** Finds "<speaker> <verb> (that) <clause>" and "<clause>, <speaker> said" in one sentence. */
function attribution(doc: Doc, sentence: Sentence, verbs: RegExp): Attribution | undefined {
  const speakers = speakersIn(doc, sentence);
  verbs.lastIndex = 0;
  for (const verb of sentence.text.matchAll(verbs)) {
    const at = verb.index;
    // "…resigned after an audit found that…": a clause with its own subject says it, not the name before it.
    const candidates = speakers.filter((s) => s.end <= at && at - s.end < 120 && !/[.;:]/.test(sentence.text.slice(s.end, at)) && !SUBORDINATE_SUBJECT.test(sentence.text.slice(s.end, at)));
    // "Jane Doe, chief executive of Acme, said…": the person, not the organisation in the apposition.
    // "A researcher at the University of Surrey, Alan Whitfield, said…": the person the apposition names
    // (but not the one in a relative clause: "Adidas, which sponsors Wanjiru, said…").
    const subjects = candidates.filter((s) => /^\s*(?:,[^,]*,\s*|,\s*)?(?:has\s+|had\s+|also\s+|then\s+|later\s+)?$/.test(sentence.text.slice(s.end, at)));
    const apposed = subjects.find((s) => s.type === 'Person' && s.source === 'name' && !/\b(?:which|who|whom|whose|that)\b/i.test(sentence.text.slice(0, s.start)));
    const subject = apposed ?? subjects[0];
    // "Professor X of James Cook University, who…, said": the person the organisation qualifies speaks.
    const qualified = personQualifying(sentence, candidates, subject);
    // "The Commission fined Stratus, saying the company had…": a participle after a comma is the subject's.
    const participle = /ing$/.test(verb[0]) && /,\s*$/.test(sentence.text.slice(0, at)) ? candidates.find((s) => s.start < 5) : undefined;
    const before = participle ?? qualified ?? subject ?? candidates.filter((s) => s.type === 'Person').pop() ?? candidates.pop();
    if (before) {
      // "told reporters in New Delhi that…": whom it was told is not what was said.
      const said = sentence.text.slice(at + verb[0].length);
      // "X reported a 98 percent jump in profit": a report of figures, unless it goes on "that…".
      if (/^report/i.test(verb[0]) && !/^\s*(?:[^\s,.]+\s+){0,3}?that\b/.test(said)) continue;
      const rest = (/^told$/i.test(verb[0]) ? said.replace(/^[^,.;"“]{0,60}?\bthat\s+/, '') : said).replace(MEDIUM, '');
      if (INFINITIVE.test(rest)) continue;
      if (rest.split(/\s+/).length >= MIN_WORDS && !/^(?:this|these|that|those|his|her|its|their)\s+[\w-]+(?:\s+(?:at|with|to|on|in)\b[^,]*)?[.!]?$/.test(rest)) {
        return { speaker: before, clause: rest };
      }
    }
    const after = speakers.find((s) => s.start >= at + verb[0].length && s.start - (at + verb[0].length) < 4);
    const head = sentence.text.slice(0, at).replace(/[,\s]+$/, '');
    if (after && head.split(/\s+/).length >= MIN_WORDS && /,\s*$/.test(sentence.text.slice(0, at))) return { speaker: after, clause: head };
    const preceding = speakers.filter((s) => s.end <= at && at - s.end < 3).pop();
    if (preceding && head.split(/\s+/).length >= MIN_WORDS + 1) {
      // "…, Karim Lahlou said", "…, Agriculture Minister Karim Lahlou told parliament", "…, analysts at Banco de Chile said".
      const titled = /,\s*(?:(?:\p{Lu}[\p{L}.-]*|analysts?|economists?|officials?|researchers?|experts?|strategists?|a|an|the|at|of|from|for|with)\s+){0,4}$/u.exec(sentence.text.slice(0, preceding.start));
      const clause = titled ? sentence.text.slice(0, titled.index).trim() : '';
      if (clause.split(/\s+/).length >= MIN_WORDS) return { speaker: preceding, clause };
    }
  }
  return undefined;
}

/** "<statement>, according to <speaker>…" with a named speaker right after "according to". */
function accordingAfter(doc: Doc, sentence: Sentence): Claim | undefined {
  const match = ACCORDING_AFTER.exec(sentence.text);
  if (!match) return undefined;
  const from = match.index + match[0].length;
  const speaker = speakersIn(doc, sentence).find((m) => m.start >= from && m.start - from < 30);
  const clause = sentence.text.slice(0, match.index);
  if (!speaker || clause.split(/\s+/).length < MIN_WORDS) return undefined;
  return makeClaim(doc, sentence, speaker.entity, 'indirect', claimText(clause), 0.8);
}

function unnamedPatterns(g: Gazetteer): UnnamedPatterns {
  const sources = phraseAlternation(g.cues.unnamedSources);
  const verbs = phraseAlternation(g.cues.thatVerbs);
  return {
    leading: new RegExp(`^((?:[\\p{L}-]+\\s+){0,3}?(?:${sources})(?:\\s+(?:in|at|from|for|of|with)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)?)\\s+(?:have\\s+|had\\s+|also\\s+)?(?:${verbs})\\s+(?:that\\s+)?`, 'u'),
    trailing: new RegExp(`,\\s+((?:a|an|its|their|the|some|many|other|several|two|three|four|\\d+|\\p{Lu}[\\p{L}-]*['’]s)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${sources})(?:\\s+(?:familiar with|close to|briefed on|with knowledge of|for|of|at|from|with|in)\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}?[\\p{Ll}-]+)?)\\s+(?:said|say|says|added|warned|reported)\\b(?:\\s+on\\s+\\p{L}+)?(?:\\s+in\\s+an?\\s+(?:joint\\s+)?(?:statement|filing|letter|note|interview|email|post))?\\s*(?:[,.]|$)`, 'u'),
  };
}

/**
 * "Safety campaigners said…", "…, its owners said", "…, according to the country's pensions
 * regulator": a statement whose source is described, not named. Tried only when no named
 * speaker was found.
 */
function unnamedAttribution(doc: Doc, sentence: Sentence, patterns: UnnamedPatterns): UnnamedAttribution | undefined {
  const { text } = sentence;
  const leading = patterns.leading.exec(text.charAt(0).toLowerCase() + text.slice(1));
  if (leading) {
    const rest = text.slice(leading[0].length).replace(MEDIUM, '');
    if (!INFINITIVE.test(rest) && rest.split(/\s+/).length >= MIN_WORDS) return { source: text.slice(0, leading[1]!.length), clause: rest };
  }
  const trailing = patterns.trailing.exec(text);
  if (trailing) return { source: trailing[1]!, clause: text.slice(0, trailing.index) };
  const according = ACCORDING_AFTER.exec(text);
  // Not when a name follows: accordingAfter gave that statement to its speaker, or judged it too short.
  if (according && !speakersIn(doc, sentence).some((m) => m.start > according.index)) {
    return { source: text.slice(according.index + according[0].length).replace(/[.!]+$/, ''), clause: text.slice(0, according.index) };
  }
  return undefined;
}

/**
 * Statements attributed to a speaker: direct quotes, reported speech and interview answers,
 * with the speaker named where the article names one. Interviewer questions and courtesies
 * are not claims.
 */
export function createClaimStage(gazetteer: Gazetteer = loadGazetteer()): Stage {
  // Case-sensitive: "the United States" is no "states".
  const verbs = new RegExp(`\\b(?:${phraseAlternation(gazetteer.cues.thatVerbs)})\\b`, 'g');
  const quoteVerbs = new RegExp(`\\b(?:${phraseAlternation([...gazetteer.cues.thatVerbs, ...QUOTE_ONLY_VERBS])})\\b`, 'g');
  const unnamed = unnamedPatterns(gazetteer);
  return {
    name: 'claims',
    requires: ['sentences', 'entities'],
    assigns: ['claims'],
    run(doc: Doc): Doc {
      const claims: Claim[] = [];
      const roles = interviewRoles(doc);
      const labelEntity = (label: string) => doc.entities.find((e) => e.name === label || e.aliases.includes(label));
      for (const sentence of doc.sentences) {
        if (sentence.kind === 'headline' || sentence.kind === 'dateline' || sentence.kind === 'question') continue;
        if (sentence.turnLabel) {
          if (!roles || sentence.turnLabel !== roles.interviewee) continue;
          const text = claimText(sentence.text);
          if (COURTESY.test(sentence.text.trim()) || text.split(/\s+/).length < MIN_WORDS) continue;
          const claim = makeClaim(doc, sentence, labelEntity(sentence.turnLabel)?.key, 'interview', text, 0.85);
          const previous = claims[claims.length - 1];
          if (/^(?:each of these|these|this|those|they|it)\b/i.test(text) && previous?.sentenceIndex === sentence.index - 1) {
            claim.about = [...new Set([...claim.about, ...previous.about])];
          }
          claims.push(claim);
          continue;
        }
        const claimsBefore = claims.length;
        const quote = QUOTE.exec(sentence.text);
        const quoted = quote ? quoteSpeaker(doc, sentence, quoteVerbs, quote) : undefined;
        const found = quoted ? undefined : attribution(doc, sentence, verbs);
        let sourced: Claim | undefined;
        if (quote && quoted) {
          claims.push(makeClaim(doc, sentence, quoted.entity, 'direct', quote[1]!.trim(), 0.9, quote[1]!.trim()));
        } else if (found) {
          claims.push(makeClaim(doc, sentence, found.speaker.entity, 'indirect', claimText(found.clause), found.speaker.source === 'pronoun' ? 0.75 : 0.85));
        } else if ((sourced = accordingAfter(doc, sentence))) {
          claims.push(sourced);
        } else if (ACCORDING_BEFORE.test(sentence.text)) {
          const speaker = speakersIn(doc, sentence).find((m) => m.start < 60);
          const comma = sentence.text.indexOf(',', speaker?.end ?? 0);
          if (speaker && comma > 0) claims.push(makeClaim(doc, sentence, speaker.entity, 'indirect', claimText(sentence.text.slice(comma + 1)), 0.8));
        } else if (quote) {
          // A quote whose speaker is named in the sentence before or after ("…," she said.), or one
          // that goes on from the previous sentence's quote ('"…," she said. "Our grippers…"').
          const previous = claims.at(-1);
          const continued = previous?.sentenceIndex === sentence.index - 1 && previous.form === 'direct' && /^["“]/.test(sentence.text) ? doc.entities.find((e) => e.id === previous.speaker)?.key : undefined;
          const speaker = continued ?? [sentence.index + 1, sentence.index - 1]
            .map((i) => doc.sentences[i])
            .map((s) => (s ? attribution(doc, s, verbs)?.speaker.entity : undefined))
            .find(Boolean);
          if (speaker && quote[1]!.split(/\s+/).length >= MIN_WORDS) claims.push(makeClaim(doc, sentence, speaker, 'direct', quote[1]!.trim(), 0.7, quote[1]!.trim()));
        }
        const described = claims.length === claimsBefore ? unnamedAttribution(doc, sentence, unnamed) : undefined;
        if (described && described.clause.split(/\s+/).length >= MIN_WORDS) {
          claims.push(makeClaim(doc, sentence, undefined, 'indirect', claimText(described.clause), 0.7, undefined, described.source));
        }
      }
      return { ...doc, claims };
    },
  };
}
