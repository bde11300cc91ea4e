import { loadGazetteer, type Gazetteer } from '../gazetteer.js';
import type { Stage } from '../stage.js';
import { captureText, loadRuleSet, type RuleSet } from '../rules/rule-set.js';
import type { Rule, RuleMatch, Unit } from '../rules/types.js';
import { claimIdOf } from '../../ids.js';
import type { Claim, ClaimForm, Doc, Entity, Mention, Sentence } from '../types.js';
import { interviewRoles, labelSpeaker } from './turn-labels.js';
import { contextMentions, indexDoc } from '../doc-index.js';
import { capitalised, INTRODUCES_QUOTED_BLOCK, normalizeName } from '../text.js';

/** Openers that carry no content of their own ("Absolutely, thank you for having me.", "Good morning, everyone."). */
const COURTESY =
  /^(?:absolutely|sure|certainly|of course|yes|no|well|thank(?:s| you)[^.]*|great question|good question|it(?:'|’)s (?:a|my) pleasure|(?:good (?:morning|afternoon|evening)|hello|hi)(?:,\s*[\p{L}'’ -]{1,30})?)[,.!]?\s*(?:thank(?:s| you)[^.]*)?[.!]?$/iu;
const OPENERS =
  /^(?:absolutely|certainly|indeed|well|so|yes|additionally|moreover|furthermore|also|lastly|finally|for instance|for example|in addition|of course|in short|however)\s*,\s*/i;
/** A quotation of at least a few words between quotation marks. */
const QUOTE = /[“"]([^”"]{12,})[”"]/;
const MIN_WORDS = 5;
/** An interviewee's turn is theirs however short a sentence of it is ("Not worried."); one word is an answer to nothing on its own. */
const MIN_ANSWER_WORDS = 2;
/** A named speaker's reported clause may be shorter ("Kim said he would be there") if it has a verb of its own, unlike an object ("agreed a five-year deal"). */
const MIN_REPORTED_WORDS = 4;
/** Answers that go on from the one before: they are about what it was about. */
const CONTINUING = new Set(['these', 'this', 'those', 'they', 'it', 'each']);
const QUOTE_MARKS = new Set(['"', '“', '”']);

/** Who said it and what, as a claim rule matched it. */
interface Attribution {
  rule: Rule;
  speaker?: Mention | undefined;
  source?: string | undefined;
  /** What was said, when the rule captured it. */
  content?: string | undefined;
}

/** Which rule made each claim (interview answers and neighbouring quotes have none), for the rule tests. */
const madeBy = new WeakMap<Claim, string>();
export const claimRule = (claim: Claim): string | undefined => madeBy.get(claim);

const words = (text: string) => text.split(' ').filter((w) => w.length > 0).length;

function claimText(text: string): string {
  let stripped = text.replace(OPENERS, '').trim();
  while (stripped.endsWith('.') || stripped.endsWith('!')) stripped = stripped.slice(0, -1);
  stripped = stripped.trim();
  return capitalised(stripped);
}

function about(doc: Doc, sentence: Sentence, speaker: string | undefined): string[] {
  const index = indexDoc(doc);
  const keys = index
    .inSentence(sentence.index)
    .filter((m) => m.entity !== speaker)
    .map((m) => m.entity!);
  return [...new Set(keys)].map((key) => index.entity(key)!.id);
}

/** The event a statement was made at: "at the summit", "during the recent forum". */
function madeAt(doc: Doc, units: readonly Unit[]): string | undefined {
  for (let i = 0; i < units.length; i += 1) {
    if (units[i]!.ent !== 'Event') continue;
    let j = i - 1;
    while (j >= 0 && (units[j]!.lower === 'the' || units[j]!.lower === 'recent')) j -= 1;
    if (j >= 0 && (units[j]!.lower === 'at' || units[j]!.lower === 'during')) return indexDoc(doc).entity(units[i]!.mention!.entity)?.id;
  }
  return undefined;
}

function makeClaim(
  doc: Doc,
  sentence: Sentence,
  units: readonly Unit[],
  speakerKey: string | undefined,
  form: ClaimForm,
  text: string,
  confidence: number,
  quote?: string,
  source?: string,
): Claim {
  const speaker: Entity | undefined = indexDoc(doc).entity(speakerKey);
  return {
    id: claimIdOf(doc.article.id, sentence.index, speaker?.id ?? null, text),
    speaker: speaker?.id ?? null,
    text,
    sentence: sentence.text,
    sentenceIndex: sentence.index,
    quote,
    source,
    form,
    about: about(doc, sentence, speakerKey),
    madeAt: madeAt(doc, units),
    confidence,
  };
}

/** The speaker a match captured: a person before an organisation ("Ruben Bakker of GroenLinks"). */
function speakerOf(match: RuleMatch): Mention | undefined {
  const captured = match.captures.get('speaker') ?? [];
  return (captured.find((u) => u.ent === 'Person') ?? captured[0])?.mention;
}

/**
 * "Tagora reported… The Lisbon-based group said…": for a rule whose speaker comes from context, the
 * organisation the two sentences before name most, when this sentence names none.
 */
function organisationBefore(index: ReturnType<typeof indexDoc>, sentence: Sentence, body?: string): Mention | undefined {
  if (!body && index.inSentence(sentence.index).some((m) => m.type === 'Organization')) return undefined;
  // "A council spokesperson said": the council the article named before, however far back, or none ("the county
  // council" was never named).
  const before = body
    ? Array.from({ length: sentence.index }, (_, i) => index.inSentence(i)).flat()
    : contextMentions(index, sentence.index);
  const bodies = before.filter((m) => m.type === 'Organization' && m.entity);
  const bodyWord = body ? new RegExp(`\\b${body}\\b`, 'i') : undefined;
  const earlier = bodyWord ? bodies.filter((m) => bodyWord.test(index.entity(m.entity)?.name ?? '')) : bodies;
  const counts = new Map<string, number>();
  for (const m of earlier) counts.set(m.entity!, (counts.get(m.entity!) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return top ? earlier.find((m) => m.entity === top[0]) : undefined;
}

const SPOKESPERSON_WORDS = ['spokesperson', 'spokesman', 'spokeswoman'];

/** The noun a definite source ends in ("the spokesperson", "the 40-page report"), lower-cased. */
const definiteHead = (source: string | undefined) => /^the\s+(?:[\p{L}\d-]+\s+){0,2}?(\p{L}+)$/iu.exec(source ?? '')?.[1]?.toLowerCase();

/**
 * "The spokesperson said …", "According to the memo, …": the speaker of the claim in the last sentence, of the
 * few before, that names the same word ("A spokesperson for the university said …", "In a memo to staff, X
 * said …"); none if that sentence made no claim. A document no sentence named ("… the ombudsman has found.
 * According to the report, …") is the body's whose claim the sentence just before makes.
 */
function sourceNamedBefore(doc: Doc, claims: readonly Claim[], sentence: Sentence, source: string | undefined, g: Gazetteer) {
  const head = definiteHead(source);
  const document = !!head && g.cues.documentNouns.has(head);
  if (!head || (!document && !SPOKESPERSON_WORDS.includes(head))) return undefined;
  const word = new RegExp(`\\b(?:${document ? head : SPOKESPERSON_WORDS.join('|')})s?\\b`, 'i');
  const speakerAt = (i: number) => claims.find((c) => c.sentenceIndex === i && c.speaker)?.speaker;
  const entity = (id: string | null | undefined) => (id ? doc.entities.find((e) => e.id === id) : undefined);
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 5); i -= 1) {
    if (word.test(doc.sentences[i]!.text)) return entity(speakerAt(i))?.key;
  }
  const body = document ? entity(speakerAt(sentence.index - 1)) : undefined;
  if (body?.type === 'Organization') return body.key;
  // "…, according to the annual report": a company's own periodic filing is the company's, the body the article names most.
  return document && COMPANY_FILING.test(source ?? '') ? mostNamedOrganization(doc)?.key : undefined;
}

/** The modifiers of a company's periodic filings ("the annual report", "the results statement", "the trading update"). */
const COMPANY_FILING = /^the\s+(?:annual|results|interim|quarterly|half-year|full-year|trading|year-end)\s/i;

/** The organisation with the most mentions (the first on a tie). */
function mostNamedOrganization(doc: Doc): Entity | undefined {
  let best: Entity | undefined;
  for (const e of doc.entities) if (e.type === 'Organization' && (!best || e.mentions.length > best.mentions.length)) best = e;
  return best;
}

/**
 * The first claim rule, in file order, that matches the sentence with a speaker (or an unnamed
 * source) and enough words said. Direct rules need a quotation whose marks the speaker is outside.
 */
function attribute(
  ruleSet: RuleSet,
  rules: readonly Rule[],
  sentence: Sentence,
  units: readonly Unit[],
  quote: RegExpExecArray | null,
  named: boolean,
  fromContext?: (s: Sentence, body?: string) => Mention | undefined,
): Attribution | undefined {
  const inside = (u: Unit) => !!quote && u.start >= quote.index && u.end <= quote.index + quote[0].length;
  for (const rule of rules) {
    if (rule.form === 'direct' && !quote) continue;
    for (const { match } of ruleSet.run([rule], sentence, units)) {
      // A public body's word ("council", not "company") must name the body: it is no word for any organisation.
      const body = match.captures.get('body')?.find((u) => u.classes.has('BODY_NOUN'))?.lower;
      const speaker = speakerOf(match) ?? (rule.speakerFromContext ? fromContext?.(sentence, body) : undefined);
      const source = captureText(sentence, match.captures.get('source'));
      if (named ? !speaker?.entity : !source) continue;
      const spoken = match.captures.get('speaker')?.find((u) => u.mention === speaker);
      // Nor one inside a quotation, closed or left open ('"He went to hospital, he described his symptoms …').
      if (spoken && ((rule.form === 'direct' && inside(spoken)) || leavesQuoteOpen(sentence.text.slice(0, spoken.start)))) continue;
      // "Bennington said Ashdown, who …, had told him": a name right after another's "said" is what was said.
      if (spoken && reportedBySomeoneElse(units, units.indexOf(spoken))) continue;
      const said = match.captures.get('content');
      const content = said ? sentence.text.slice(said[0]!.start, said[said.length - 1]!.end) : undefined;
      const length = said?.filter((u) => u.pos !== 'PUNCT').length ?? 0;
      // An unnamed source's clause counts only after its verb ("Analysts said the move was overdue"), not before it.
      const saysAfter = named || (!!said && said[0]!.start > match.captures.get('source')!.at(-1)!.end);
      const clause = saysAfter && length >= MIN_REPORTED_WORDS && said!.some((u) => u.pos === 'VERB' || u.pos === 'AUX');
      if (content !== undefined && length < MIN_WORDS && !clause) continue;
      return {
        rule,
        speaker,
        source: source
          ? sentence.text.slice(match.captures.get('source')![0]!.start, match.captures.get('source')!.at(-1)!.end)
          : undefined,
        content,
      };
    }
  }
  return undefined;
}

/** Whether the unit at `at` follows a speech verb whose subject is named before it ("Lopez said Chen, …"). */
function reportedBySomeoneElse(units: readonly Unit[], at: number): boolean {
  const verb = units[at - 1];
  return (
    at >= 2 &&
    !!verb?.classes.has('SPEECH_VERB') &&
    verb.pos === 'VERB' &&
    (units[at - 2]!.ent === 'Person' || units[at - 2]!.ent === 'Organization')
  );
}

/** Whether text ends inside a quotation: an odd number of straight marks, or more “ than ”. */
function leavesQuoteOpen(text: string): boolean {
  const straight = text.split('"').length - 1;
  return straight % 2 === 1 || text.split('“').length > text.split('”').length;
}

/** The words of a sentence that opens a quotation and does not close it, without the mark. */
function openQuotation(text: string): string | undefined {
  return QUOTE_MARKS.has(text.charAt(0)) && leavesQuoteOpen(text) ? text.slice(1).trim() : undefined;
}

/** A social post's header: the account's name and its handle ("Lakeline Buses (@LakelineBuses):"). */
const POST_HEADER = /^([^()@:]{2,80}?)\s*\(@[A-Za-z0-9_]{1,30}\)\s*:?$/;

/** Whether no line break separates two sentences of the article. */
function sameParagraph(doc: Doc, a: Sentence, b: Sentence): boolean {
  return !doc.text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)).includes('\n');
}

/**
 * The speaker of the previous sentence's quote when this sentence opens a quotation that goes
 * on from it: in the same paragraph ('"…," she said. "Our grippers…"'), or in the next one
 * when that quote was left open at its paragraph's end, as a quotation over paragraphs is.
 */
function goesOnQuoting(doc: Doc, sentence: Sentence, previous: Claim | undefined): string | undefined {
  const before = doc.sentences[sentence.index - 1];
  if (!before || previous?.sentenceIndex !== before.index || !previous.speaker || !QUOTE_MARKS.has(sentence.text.charAt(0)))
    return undefined;
  if (!sameParagraph(doc, before, sentence) && !leavesQuoteOpen(before.text)) return undefined;
  return doc.entities.find((e) => e.id === previous.speaker)?.key;
}

/** The entity a turn label names, whatever its case ("ANNA RUIZ:" is Anna Ruiz; "HALMOS:" the alias "Halmos"). */
function entityNamed(doc: Doc, label: string) {
  const key = normalizeName(label);
  return (
    doc.entities.find((e) => e.name === label || e.aliases.includes(label)) ??
    doc.entities.find((e) => normalizeName(e.name) === key || e.aliases.some((a) => normalizeName(a) === key))
  );
}

/**
 * Statements attributed to a speaker: direct quotes, reported speech and interview answers,
 * with the speaker named where the article names one. Which phrasings attribute a statement is
 * rule data (`seed/rules/claims.json`); interviewer questions and courtesies are not claims.
 */
export function createClaimStage(gazetteer: Gazetteer = loadGazetteer()): Stage {
  const ruleSet = loadRuleSet();
  const rules = ruleSet.rules.filter((r) => r.predicate === 'CLAIM');
  const namedRules = rules.filter((r) => !r.pattern.some((item) => (item as { capture?: string }).capture === 'source'));
  const unnamedRules = rules.filter((r) => !namedRules.includes(r));
  const withheldNameRules = unnamedRules.filter((r) => r.withheldName);
  return {
    name: 'claims',
    requires: ['sentences', 'entities'],
    assigns: ['claims'],
    run(doc: Doc): Doc {
      const claims: Claim[] = [];
      const index = indexDoc(doc);
      const roles = interviewRoles(doc);
      /** Sentences naming a speaker only by a word no earlier name carries ("his brother said"). */
      const unnamedPeople = new Map(
        doc.mentions.filter((m) => m.source === 'description' && m.type === 'Person' && !m.entity).map((m) => [m.sentence, m]),
      );
      /** Pronouns no name stands behind ("…," he said, after an unnamed source). */
      const unresolvedPronouns = doc.mentions.filter((m) => m.source === 'pronoun' && !m.entity);
      const labelEntity = (label: string) => labelSpeaker(label, doc, doc.entities, (name) => entityNamed(doc, name), gazetteer);
      const unitsOf = (s: Sentence) => ruleSet.units(s, index.inSentence(s.index));
      const fromContext = (s: Sentence, body?: string) => organisationBefore(index, s, body);
      const speakerIn = (s: Sentence | undefined) =>
        s ? attribute(ruleSet, namedRules, s, unitsOf(s), QUOTE.exec(s.text), true, fromContext)?.speaker?.entity : undefined;
      // "Fiona Carrick, Chief Executive of Marlowe, said:" above quoted paragraphs: each is hers, up to the first that is no quotation.
      let blockSpeaker: string | undefined;
      // "Lakeline Buses (@LakelineBuses):" above a post: the paragraph under it is the account holder's.
      let post: { speaker: string | undefined; header: number; last: number } | undefined;
      // "AUDIO: Gareth Madoc, Safe Routes Alliance (10 seconds)": a script's clip slug names the voice of the quotation below it.
      let clip: { speaker: string | undefined; slug: number } | undefined;
      for (const sentence of doc.sentences) {
        if (sentence.scriptLabel && gazetteer.cues.clipLabels.has(sentence.scriptLabel)) {
          const named = unitsOf(sentence).find((u) => (u.ent === 'Person' || u.ent === 'Organization') && u.mention?.entity);
          clip = { speaker: named?.mention?.entity, slug: sentence.index };
          continue;
        }
        const clipQuote = clip?.slug === sentence.index - 1 && clip.speaker ? QUOTE.exec(sentence.text) : null;
        if (clipQuote && words(clipQuote[1]!) >= MIN_WORDS) {
          const text = clipQuote[1]!.trim();
          claims.push(makeClaim(doc, sentence, unitsOf(sentence), clip!.speaker, 'direct', text, 0.8, text));
          continue;
        }
        const handle = POST_HEADER.exec(sentence.text);
        if (handle) {
          post = { speaker: entityNamed(doc, handle[1]!.trim())?.key, header: sentence.index, last: sentence.index };
          continue;
        }
        const previous = doc.sentences[sentence.index - 1];
        if (
          post?.speaker &&
          previous &&
          post.last === previous.index &&
          (post.header === previous.index || sameParagraph(doc, previous, sentence))
        ) {
          post.last = sentence.index;
          claims.push(makeClaim(doc, sentence, unitsOf(sentence), post.speaker, 'direct', claimText(sentence.text), 0.75));
          continue;
        }
        post = undefined;
        // "X replied from its own account an hour later:" introduces the post below; it says nothing itself.
        if (sentence.text.endsWith(':') && POST_HEADER.test(doc.sentences[sentence.index + 1]?.text ?? '')) continue;
        // A line that ends in a question marks all its sentences as questions; the statements
        // before the question itself may still report what someone says.
        if (
          sentence.kind === 'headline' ||
          sentence.kind === 'dateline' ||
          sentence.kind === 'label' ||
          sentence.kind === 'row' ||
          (sentence.kind === 'question' && sentence.text.endsWith('?'))
        )
          continue;
        const units = unitsOf(sentence);
        if (INTRODUCES_QUOTED_BLOCK.test(sentence.text)) {
          blockSpeaker = units.find((u) => (u.ent === 'Person' || u.ent === 'Organization') && u.mention?.entity)?.mention?.entity;
          continue;
        }
        if (!QUOTE_MARKS.has(sentence.text.charAt(0))) blockSpeaker = undefined;
        // Answers are claims of their own; the interviewer's turns are not, but a
        // question may first report what someone else says ("Mining firms say the seabed…").
        if (sentence.turnLabel && roles?.answerers.has(sentence.turnLabel)) {
          const text = claimText(sentence.text);
          if (COURTESY.test(sentence.text.trim()) || words(text) < MIN_ANSWER_WORDS) continue;
          // A call's "Operator" hands over to the next speaker; it states nothing.
          if (gazetteer.cues.handOverLabels.has(sentence.turnLabel)) continue;
          const claim = makeClaim(doc, sentence, units, labelEntity(sentence.turnLabel)?.key, 'interview', text, 0.85);
          const previous = claims[claims.length - 1];
          if (CONTINUING.has(units[0]?.lower ?? '') && previous?.sentenceIndex === sentence.index - 1)
            claim.about = [...new Set([...claim.about, ...previous.about])];
          claims.push(claim);
          continue;
        }
        if (sentence.turnLabel && !roles) continue;
        const quote = QUOTE.exec(sentence.text);
        // "One skipper, who did not want to be named, said…": no name in the sentence is the speaker's.
        const withheld = attribute(ruleSet, withheldNameRules, sentence, units, quote, false)?.source;
        const found = withheld ? undefined : attribute(ruleSet, namedRules, sentence, units, quote, true, fromContext);
        if (found?.speaker) {
          const confidence = found.speaker.source === 'pronoun' ? found.rule.confidence - 0.1 : found.rule.confidence;
          const claim =
            found.rule.form === 'direct'
              ? makeClaim(doc, sentence, units, found.speaker.entity, 'direct', quote![1]!.trim(), confidence, quote![1]!.trim())
              : makeClaim(doc, sentence, units, found.speaker.entity, 'indirect', claimText(found.content ?? sentence.text), confidence);
          madeBy.set(claim, found.rule.id);
          claims.push(claim);
          continue;
        }
        // "Mr Hallam's family said he had been "…"": a sentence naming its own source, though not by name, is
        // that source's, not a neighbour's speaker's.
        const described = attribute(ruleSet, unnamedRules, sentence, units, quote, false);
        if (quote && words(quote[1]!) >= MIN_WORDS && !described?.source) {
          // '"…," his brother said' with no brother named before: the quote is his, not a neighbour's.
          const unnamedPerson = unnamedPeople.get(sentence.index);
          if (unnamedPerson) {
            const text = quote[1]!.trim();
            claims.push(makeClaim(doc, sentence, units, undefined, 'direct', text, 0.6, text, unnamedPerson.text));
            continue;
          }
          // "A shop steward, who asked not to be named, said … / '…,' he said.": a pronoun no name stands behind, after an
          // unnamed source's claim, is that source again, not a neighbour's speaker.
          const previous = claims.at(-1);
          const unnamedBefore = previous?.sentenceIndex === sentence.index - 1 && !previous.speaker && previous.source;
          const unresolvedPronoun = unresolvedPronouns.some(
            (m) => m.sentence === sentence.index && (m.start < quote.index || m.start >= quote.index + quote[0].length),
          );
          if (unnamedBefore && unresolvedPronoun) {
            const text = quote[1]!.trim();
            claims.push(makeClaim(doc, sentence, units, undefined, 'direct', text, 0.6, text, previous.source));
            continue;
          }
          // A quote whose speaker is named in the sentence before or after ("…," she said.), or one
          // that goes on from the previous sentence's claim ('"…," she said. "Our grippers…"').
          // The paragraph's own sentences come first: the next paragraph often quotes someone else.
          const before = doc.sentences[sentence.index - 1];
          const after = doc.sentences[sentence.index + 1];
          const inParagraph = (s: Sentence | undefined) => (s && sameParagraph(doc, s, sentence) ? s : undefined);
          const speaker =
            goesOnQuoting(doc, sentence, claims.at(-1)) ??
            speakerIn(inParagraph(after)) ??
            speakerIn(inParagraph(before)) ??
            blockSpeaker ??
            speakerIn(before) ??
            speakerIn(after);
          if (speaker) {
            claims.push(makeClaim(doc, sentence, units, speaker, 'direct', quote[1]!.trim(), 0.7, quote[1]!.trim()));
            continue;
          }
        }
        // A quotation left open at the sentence's end ('"The data now tells a different story.'),
        // going on from the previous sentence's quote.
        const open = quote ? undefined : openQuotation(sentence.text);
        const goesOn = open && words(open) >= MIN_ANSWER_WORDS ? goesOnQuoting(doc, sentence, claims.at(-1)) : undefined;
        if (goesOn) {
          claims.push(makeClaim(doc, sentence, units, goesOn, 'direct', open!, 0.7, open));
          continue;
        }
        if (described?.content) {
          // A quotation keeps its words ('"He cycled that road…," the family said'); a report is cut to its clause.
          const quoted = described.rule.form === 'direct' ? described.content.trim() : undefined;
          const claim = makeClaim(
            doc,
            sentence,
            units,
            sourceNamedBefore(doc, claims, sentence, described.source, gazetteer),
            quoted ? 'direct' : 'indirect',
            quoted ?? claimText(described.content),
            described.rule.confidence,
            quoted,
            described.source,
          );
          madeBy.set(claim, described.rule.id);
          claims.push(claim);
        }
      }
      return { ...doc, claims };
    },
  };
}
