/**
 * Interview turns: which label asks and which answers, and who speaks under a label. A
 * label is most often a name ("Ayşe Demir:"); "Q:" and "A:" name roles instead, and the
 * answers are then the person the introduction presents.
 */
import { loadGazetteer, type Gazetteer } from '../gazetteer.js';
import { normalizeName } from '../text.js';
import type { Doc, EntityType, Mention } from '../types.js';
import type { Cluster } from './cluster.js';

export interface InterviewRoles {
  /** The label that asks most ('' if none does); "you" in its questions is the interviewee. */
  interviewer: string;
  /** The answering label that speaks most: who a role label ("A:") stands for. */
  interviewee: string;
  /** Every label that answers: on an earnings call or a panel, several people do (and several ask). */
  answerers: ReadonlySet<string>;
}

/** A label a third or more of whose sentences are questions asks; the others answer. */
const ASKING_SHARE = 1 / 3;

/** The label that asks questions is the interviewer; the other one that speaks most answers. */
export function interviewRoles(doc: Doc): InterviewRoles | undefined {
  const questions = new Map<string, number>();
  const turns = new Map<string, number>();
  // "Why hovercraft? / Crowther: We had been…": turns that open after a question no label gives.
  const afterUnlabelledQuestion = new Map<string, number>();
  for (const sentence of doc.sentences) {
    if (!sentence.turnLabel) continue;
    turns.set(sentence.turnLabel, (turns.get(sentence.turnLabel) ?? 0) + 1);
    if (sentence.kind === 'question') questions.set(sentence.turnLabel, (questions.get(sentence.turnLabel) ?? 0) + 1);
    const before = doc.sentences[sentence.index - 1];
    if (before && !before.turnLabel && before.kind === 'question')
      afterUnlabelledQuestion.set(sentence.turnLabel, (afterUnlabelledQuestion.get(sentence.turnLabel) ?? 0) + 1);
  }
  // A letters page, statements read in turn: with nobody asking, every label answers.
  const interviewer = [...questions.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  // …but then only labels of full names answer, a fact-check's "Claim:" and a speech's "A" (segment's): a fact
  // box's "Route:", "Cost:" says nobody's words.
  const { claimLabels } = loadGazetteer().cues;
  const answersUnasked = (label: string) =>
    label.includes(' ') || claimLabels.has(label) || label === 'A' || (afterUnlabelledQuestion.get(label) ?? 0) >= 2;
  const answering = [...turns.entries()].filter(
    ([label, count]) =>
      label !== interviewer && (questions.get(label) ?? 0) < ASKING_SHARE * count && (interviewer || answersUnasked(label)),
  );
  const interviewee = answering.sort((a, b) => b[1] - a[1])[0]?.[0];
  return interviewee ? { interviewer, interviewee, answerers: new Set(answering.map(([label]) => label)) } : undefined;
}

/** A transcription program's numbered voice ("Speaker 2", "SPEAKER 1"): a role whose person the introduction names. */
const NUMBERED_VOICE = /^(?:speaker|voice|participant|respondent)\s+\d{1,2}$/i;

/** Whether a label names a role, not a person: "Q", "Interviewer", also in capitals ("INTERVIEWER"). */
export const isRoleLabel = (label: string, g: Gazetteer): boolean => {
  if (NUMBERED_VOICE.test(label)) return true;
  const lists = [g.cues.turnRoleLabels, g.cues.handOverLabels, g.cues.claimLabels, g.cues.verdictLabels];
  const capitalised = label.length > 1 && label === label.toUpperCase() ? label[0] + label.slice(1).toLowerCase() : label;
  return lists.some((list) => list.has(label) || list.has(capitalised));
};

interface Candidate {
  type: EntityType;
  mentions: Mention[];
}

/**
 * The person the text outside the turns names most, of those the introduction names (its subject; the
 * earlier on a tie): people named inside the answers are who the interviewee talks about.
 */
function presentedPerson<T extends Candidate>(doc: Doc, candidates: T[]): T | undefined {
  // The introduction above the first turn presents whom the turns are by, where it names a person; the
  // reactions below a speech name others.
  const firstTurn = doc.sentences.find((s) => s.turnLabel)?.index ?? doc.sentences.length;
  const named = (c: T) => c.type === 'Person' && c.mentions.some((m) => m.sentence < firstTurn);
  const pool = candidates.some(named) ? candidates.filter(named) : candidates;
  let best: { candidate: T; count: number; first: number } | undefined;
  for (const candidate of pool) {
    if (candidate.type !== 'Person') continue;
    const outside = candidate.mentions.filter((m) => !doc.sentences[m.sentence]?.turnLabel);
    if (!outside.length) continue;
    const first = Math.min(...outside.map((m) => m.sentence));
    if (!best || outside.length > best.count || (outside.length === best.count && first < best.first))
      best = { candidate, count: outside.length, first };
  }
  return best?.candidate;
}

/** Who speaks under `label`: the candidate of that name, or for a role label the presented person when it answers. */
export function labelSpeaker<T extends Candidate>(
  label: string,
  doc: Doc,
  candidates: T[],
  byName: (label: string) => T | undefined,
  g: Gazetteer,
): T | undefined {
  if (!isRoleLabel(label, g)) return byName(label);
  return (
    namedInIntroduction(label, doc, candidates) ??
    (label === interviewRoles(doc)?.interviewee ? presentedPerson(doc, candidates) : undefined)
  );
}

/**
 * "Speaker 2 is Kirsteen Ogilvie, who …": the person an introduction names right after "<label> is" (past a few words
 * of who they are: "Speaker 1 is the station's presenter, Euan Mackintosh").
 */
function namedInIntroduction<T extends Candidate>(label: string, doc: Doc, candidates: T[]): T | undefined {
  const firstTurn = doc.sentences.find((s) => s.turnLabel)?.index ?? doc.sentences.length;
  for (const sentence of doc.sentences.slice(0, firstTurn)) {
    const at = sentence.text.indexOf(`${label} is `);
    if (at < 0) continue;
    const from = at + label.length + 4;
    const people = candidates.flatMap((c) =>
      c.type === 'Person' ? c.mentions.filter((m) => m.sentence === sentence.index && m.start >= from).map((m) => ({ c, m })) : [],
    );
    const first = people.sort((a, b) => a.m.start - b.m.start)[0];
    // Within the clause that says it: nothing past the sentence's next full stop or semicolon before the name.
    if (first && !/[.;]/.test(sentence.text.slice(from, first.m.start))) return first.c;
  }
  return undefined;
}

/** labelSpeaker over the resolve stage's clusters, a label found by its normalised name or the surname it is. */
export function clusterOfLabel(label: string, doc: Doc, clusters: Cluster[], g: Gazetteer): Cluster | undefined {
  const byName = (name: string) => clusters.find((c) => c.names.has(normalizeName(name))) ?? personOfLabelSurname(name, doc, clusters, g);
  return labelSpeaker(label, doc, clusters, byName, g);
}

/** The person whose full name ends in the surname a label gives, after its honorific ("MR. RUTKOWSKI" is Dale Rutkowski). */
export function personOfLabelSurname(label: string, doc: Doc, clusters: Cluster[], g: Gazetteer): Cluster | undefined {
  return bySurname(withoutHonorific(label, g), doc, clusters);
}

/** "MS. THORSGAARD", "Dr Venn": a label's honorific is no part of the surname it gives. */
function withoutHonorific(label: string, g: Gazetteer): string {
  const space = label.indexOf(' ');
  if (space < 0) return label;
  const first = label.slice(0, space);
  const titled = first[0]! + first.slice(1).toLowerCase();
  return g.cues.personTitles.has(first) || g.cues.personTitles.has(titled) ? label.slice(space + 1) : label;
}

/**
 * "Rudgwick:" over the answers of "Frances Rudgwick": the one person whose full name ends in the label, or, when the
 * family has several ("her great-great-grandfather Josiah Rudgwick"), the one the introduction presents.
 */
function bySurname(label: string, doc: Doc, clusters: Cluster[]): Cluster | undefined {
  if (label.includes(' ')) return undefined;
  const key = normalizeName(label);
  const holders = clusters.filter((c) => c.type === 'Person' && [...c.names.keys()].some((name) => name.endsWith(` ${key}`)));
  return holders.length > 1 ? presentedPerson(doc, holders) : holders[0];
}
