import { loadGazetteer, type Gazetteer } from '../gazetteer.js';
import { tokenizeEach } from '../nlp.js';
import { INTRODUCES_QUOTED_BLOCK, NAME_PARTICLES } from '../text.js';
import { isRoleLabel } from './turn-labels.js';
import type { Stage } from '../stage.js';
import type { Sentence, SentenceKind, Token } from '../types.js';

/** A name's lower-case particles inside a label ("Joris van Dam:", "Ana da Silva:"). */
const NAME_PARTICLE = `(?:${[...NAME_PARTICLES].join('|')})`;
/** A person's name of two to four capitalised words, captured ("Moira Kinnaird", "Joris van Dam"). */
const PERSON_NAME = `(\\p{Lu}[\\p{L}'’-]*(?: (?:${NAME_PARTICLE} )?\\p{Lu}[\\p{L}'’-]*){1,3})`;
/** A body named after a label's comma ("Gareth Lyle, Tarrant Aggregates:"): capitalised words and their connectors. */
const LABEL_BODY = `[A-Z][\\p{L}.'’&-]*(?: (?:of|and|for|the|on|[A-Z][\\p{L}.'’&-]*)){0,6}`;
/** A webchat's or a letters page's verb between the label's name and its colon ("Kerrow replies:", "Bramblewick asks:"). */
const LABEL_VERB = '(?:asks|replies|answers|responds|writes)';
/**
 * `Name: answer` where the name is one to five capitalised words or numbers (a particle between
 * two), perhaps with who they are in brackets ("Q (Ana Ruiz, The Ledger):", a press conference's
 * reporter), perhaps after the time it was said ("[00:04:12] Ana Ruiz:", a podcast's timestamps) or after live
 * captions' mark of a change of speaker (">> MS. VANG:").
 */
const TURN_LABEL = new RegExp(
  `^(?:>>>?\\s*)?(?:[[(]?\\d{1,2}:\\d{2}(?::\\d{2})?[\\])]?\\s+)?((?:[QA]\\d{1,3}|[A-Z][\\p{L}_.'’&-]*|\\d+)(?: (?:${NAME_PARTICLE} )?(?:[A-Z][\\p{L}.'’&-]*|\\d+)){0,4})(?: ${LABEL_VERB})?(?: \\(([^()\\n]{2,80})\\)|, (${LABEL_BODY}))?:\\s+(?=\\S)`,
  'u',
);
/**
 * An official record's label: a title and a surname in capitals, then a full stop ("Mr. DOUCET.", "Dr. ARDOIN.",
 * "Senator WARREN.", "The CHAIRMAN."), as a legislature's transcripts write them.
 */
const RECORD_LABEL = /^((?:(?:Mr|Mrs|Ms|Dr|Miss)\.?|Senator|Representative|Chairman|Chairwoman|The) \p{Lu}[\p{Lu}'’-]+)\.\s+(?=\S)/u;

/** A line's turn label, either form. */
const turnLabelOf = (text: string): RegExpExecArray | null => TURN_LABEL.exec(text) ?? RECORD_LABEL.exec(text);

/**
 * How a turn was said, in its label's brackets ("HALMOS (through interpreter):", "(in English)", "(via video link)"):
 * no part of who speaks.
 */
const DELIVERY_NOTE =
  /^(?:(?:speaking\s+)?(?:through|via|with)\s+(?:an?\s+)?(?:interpreter|translator|translation|video(?:\s+link)?|(?:tele)?phone)|(?:speaking\s+)?in\s+\p{Lu}\p{Ll}+|translated(?:\s+from\s+\p{Lu}\p{Ll}+)?|interpreted|by\s+(?:(?:tele)?phone|video(?:\s+link)?))$/iu;
/** A numbered question or answer label ("Q1", "A12"). */
const NUMBERED_ROLE = /^([QA])\d{1,3}$/;
const TERMINAL = /[.!?…"”’)\]]$/;
/** A line needs this many `Name:` turns before it is read as an interview. */
const MIN_TURNS = 3;
/**
 * "DUISBURG, Germany, Nov 26 (Newswire) - ", "LONDON (Reuters) — ": a place in capitals, then
 * up to three short comma parts (region, country, date), an agency in brackets, and a dash.
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M}.'’ -]{2,30}?(?:,\s+[\p{L}\p{M}\d.'’ -]{2,25}?){0,3}(?:\s+\([\p{L}\p{M}\d .&'’-]{2,40}\))?\s+[-–—]{1,2}\s+(?=["“\p{Lu}])/u;
/** A release's place-and-date line in ordinary case: "Frome, Somerset, 15 April 2026 - ", "Leeds, 3 March 2025: ". */
const DATED_PLACE_LINE =
  /^\p{Lu}[\p{L}\p{M}.'’ -]{2,30}?(?:,\s+\p{Lu}[\p{L}\p{M}.'’ -]{1,25}?){0,2},\s+\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\s+\d{4}\s*(?:[-–—]{1,2}|:)\s+(?=["“\p{Lu}])/u;
/**
 * A wire's dateline on a line of its own: "BELGRADE 1996-08-30", "NICE, France, Aug 30", "OSLO, 30 August 2026".
 * The place is in capitals; a region or country may follow; the date is the whole rest of the line.
 */
const DATE_STAMPED_PLACE_LINE =
  /^\p{Lu}[\p{Lu}\p{M}.'’ -]{1,30}?(?:\s*,\s+\p{Lu}[\p{L}\p{M}.'’ -]{1,25}?){0,2}\s*,?\s+(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}(?:\s+\d{4})?|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)$/u;
/** Sentences longer than this are cut at the nearest space, so no input can stall later stages. */
const MAX_SENTENCE = 2000;

interface Line {
  text: string;
  start: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) lines.push({ text: trimmed, start: start + leading });
    start += raw.length + 1;
  }
  return lines;
}

/** Numbers on an unpunctuated line that make it a row of results or of a table, not a subhead. */
const RESULT_NUMBERS = 3;

/**
 * "Glenbrae Wolves 5 Carrick Lynx 1", "Ardmore Falcons 3 Glenbrae Wolves 2 (overtime)", "Porto 2-1 Benfica":
 * one result, two sides and their score, is a row with two numbers.
 */
const SIDE = String.raw`(?:\p{Lu}[\p{L}'’.&-]*\s+){0,4}\p{Lu}[\p{L}'’.&-]*`;
const SCORE_LINE = new RegExp(
  String.raw`^${SIDE}\s+(?:\d{1,3}\s+${SIDE}\s+\d{1,3}|\d{1,3}\s*[-–]\s*\d{1,3}\s+${SIDE})(?:\s*\([^()]*\))?$`,
  'u',
);

/**
 * A cricket scorecard's batting line: "M. Bevan c Vaas b Chandana 56", "A. Ranatunga lbw b Fleming 0",
 * "R. Ponting not out 46": a batter, how he was out and to whom, and his runs.
 */
const PLAYER = String.raw`(?:\p{Lu}\.\s?){0,3}${SIDE}`;
const BATTING_LINE = new RegExp(
  String.raw`^${PLAYER}\s+(?:(?:c\s+${PLAYER}\s+|c\s+and\s+|st\s+${PLAYER}\s+|lbw\s+|hit\s+wicket\s+)?b\s+${PLAYER}|run\s+out(?:\s+\(${PLAYER}\))?|not\s+out|retired\s+hurt)\s+\d{1,3}$`,
  'u',
);
/** One figure of a league table's row: "10", "2.5", a winning percentage ".526", a half game "1/2", or "-". */
export const STANDINGS_FIGURE = String.raw`(?:[-+]?\d{1,3}(?:\.\d{1,3})?|\.\d{3}|\d\/\d|-)`;
/** "BALTIMORE 70 63 .526 4", "BOSTON 69 65 .515 5 1/2": a league table's row, a side in capitals and four or more figures. */
const CAPITALS_STANDINGS_ROW = new RegExp(String.raw`^\p{Lu}[\p{Lu}\p{M} .'’&-]*(?:\s+${STANDINGS_FIGURE}){4,}$`, 'u');
/**
 * What follows a cricket side's runs: its second innings ("Somerset 83 and 174"), its batsmen and bowlers in
 * brackets ("Sussex 363 (W. Athey 111"), or its points ("Leicestershire 22 points").
 */
export const INNINGS_AFTER_RUNS = /^(?:\s+and\s+\d{1,3}\b|\s*\(\s*(?:\p{Lu}\.\s?)+\p{Lu}|\s+points\b)/u;
/** Whether a line is one result of two sides and their score. */
export const isScoreLine = (text: string): boolean => SCORE_LINE.test(text);

/** A capitalised word past the first (not an acronym), or words that are all capitalised. */
function namesRow(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’.-]*/gu) ?? [];
  const capitalised = words.map((w) => /^\p{Lu}\p{Ll}/u.test(w));
  return capitalised.slice(1).some(Boolean) || (words.length > 0 && capitalised.every(Boolean));
}

/** Commas that part a line's items ("Samuel Achebe, Director, Carers' Voice"), not a number's thousands. */
const itemCommas = (text: string) => text.match(/,\s/g)?.length ?? 0;

/**
 * Lines naming a person, a title and a body ("Samuel Achebe, Director, Carers' Voice" under "The
 * signatories:"; "09:30 Opening keynote — Fiona Gellatly, Director General, Offshore Licensing
 * Authority"; a letter's signature): lines of text, not subheads. Such a line is one of several in
 * a row, or one whose every item is capitalised: "Ruth Ackroyd, business founder, 88" alone above
 * her obituary is its heading.
 */
function listLines(bodies: readonly string[]): Set<number> {
  const item = bodies.map((b) => !TERMINAL.test(b) && itemCommas(b) >= 2);
  const capitalised = (b: string) => b.split(/,\s/).every((part) => /^[\p{Lu}\d]/u.test(part));
  return new Set(bodies.flatMap((b, i) => (item[i] && (item[i - 1] || item[i + 1] || capitalised(b)) ? [i] : [])));
}

function lineKind(text: string, isTitle: boolean, listed: boolean): SentenceKind {
  if (isTitle) return 'headline';
  if (DATE_STAMPED_PLACE_LINE.test(text)) return 'dateline';
  if (text.endsWith('?')) return 'question';
  // "Pohang 3 Ulsan 2 (halftime 1-0)": a result ends in a bracket, no full stop.
  if (isScoreLine(text) || CAPITALS_STANDINGS_ROW.test(text)) return 'row';
  if (TERMINAL.test(text)) return 'body';
  // "Media contact: Sofie Lund Kragh, Head of Communications, Halvenor": a label before a list is a line
  // of text, no subhead (nor a row for its telephone number's digits).
  if (/^[^:,]{1,30}:\s/.test(text) && (text.match(/,/g)?.length ?? 0) >= 2) return 'body';
  if (listed) return 'body';
  // "12:30 Lunch in the exhibition hall": a line opening with a clock time is an entry of a programme or a log;
  // "- Revenue of 418.2 million pounds", "— Harriet Lowe, chief executive, Orwell Port Holdings": a line opening
  // with a bullet or a dash is an item of a list or a quotation's attribution.
  if (/^(?:\d{1,2}[:.]\d{2}|[-–—•*])\s/.test(text)) return 'body';
  // "Fiona Carrick, Chief Executive of Marlowe Home Stores, said:": the line that introduces a quoted block.
  if (INTRODUCES_QUOTED_BLOCK.test(text)) return 'body';
  // "Tim Henman (Britain) beat Doug Flach (U.S.) 6-3 6-4 6-2", "Barcelona 3 3 0 0 9 2 9": a row of
  // results naming people or sides, not a subhead; a table's row under a label of common words
  // ("Fibre customers (000s) 2,310 2,045") stays apart from the text, as a subhead does.
  if (((text.match(/\d+/g)?.length ?? 0) >= RESULT_NUMBERS && namesRow(text)) || BATTING_LINE.test(text)) return 'row';
  return text.split(/\s+/).length <= 20 ? 'headline' : 'body';
}

/**
 * Drops sentence ends inside a quotation that closes later on the line: '"Not a mistake.
 * It was deliberate," Ashby said.' is one attributed sentence, not an unattributed one and
 * a half.
 */
function endsOutsideQuotes(text: string, ends: number[]): number[] {
  const lastQuote = Math.max(text.lastIndexOf('"'), text.lastIndexOf('”'));
  let open = false;
  let at = 0;
  return ends.filter((end) => {
    for (; at < end; at += 1) {
      const c = text[at];
      if (c === '“') open = true;
      else if (c === '”') open = false;
      else if (c === '"') open = !open;
    }
    return !open || lastQuote < end;
  });
}

/** Titles written with a full stop ("Coun.", "Gov."): wink knows "Dr." but not every one. */
const titleAbbreviations = () => (abbreviations ??= new Set([...loadGazetteer().cues.personTitles].filter((t) => t.endsWith('.'))));
let abbreviations: ReadonlySet<string> | undefined;

/** Drops sentence ends right after a title's abbreviation: "Coun. Gareth Lindqvist said…" is one sentence. */
function endsAfterTitles(text: string, ends: number[]): number[] {
  return ends.filter((end) => end >= text.length || !titleAbbreviations().has(/(\S+)$/.exec(text.slice(0, end))?.[1] ?? ''));
}

/** "above 100 km/h. "Some customers…": a unit's full stop before a new sentence ends one (the tokenizer reads "h." as an initial). */
function withUnitEnds(text: string, ends: number[]): number[] {
  return withEnds(ends, text.matchAll(/\d\s?\p{L}+\/\p{Ll}{1,3}\.(?=\s+["“\p{Lu}])/gu));
}

/** The ends with those after each match added, in order. */
function withEnds(ends: number[], matches: Iterable<RegExpMatchArray>): number[] {
  const found = [...matches].map((m) => m.index! + m[0].length);
  return found.length ? [...new Set([...ends, ...found])].sort((a, b) => a - b) : ends;
}

/** "Men: 1. Daniel Kipchumba 2:06:41; 2. Abebe Tessema …": a results list's ordinal ends no sentence. */
function endsAfterOrdinals(text: string, ends: number[]): number[] {
  return ends.filter((end) => !/[:;]\s?\d{1,3}\.$/.test(text.slice(0, end)));
}

/** "BALTIMORE 70 63 .526 4": a full stop after a space and before digits opens a decimal (a winning percentage). */
function endsBeforeDecimals(text: string, ends: number[]): number[] {
  return ends.filter((end) => !(/\s\.$/.test(text.slice(0, end)) && /^\d/.test(text.slice(end))));
}

/** "Panel: Who pays for the grid? — with A (X), B (Y)": a question in a line's title, a dash going on, ends no sentence. */
function endsBeforeDashes(text: string, ends: number[]): number[] {
  return ends.filter((end) => !(/[?!]$/.test(text.slice(0, end)) && /^\s+[—–]\s/.test(text.slice(end))));
}

/** "Chuck Schumer, D-N.Y., said", "St. Louis, Mo., said": a full stop with a letter, a digit or a comma right after it ends no sentence. */
function endsBeforeWords(text: string, ends: number[]): number[] {
  return ends.filter((end) => !/^[\p{L}\d,]/u.test(text.slice(end)));
}

/** "…, said no. Speaker Mike Johnson…": "no" as a word ends a sentence (the tokenizer reads "no." as "number"), before a capital and no digit. */
function withNoEnds(text: string, ends: number[]): number[] {
  return withEnds(ends, text.matchAll(/(?<![\p{L}\d.])[Nn]o\.(?=\s+["“]?\p{Lu}\p{Ll})/gu));
}

/** Where a line's sentences end: the tokenizer's ends, less those the filters above drop, and those it misses. */
function sentenceEndsOf(text: string, tokenizerEnds: number[]): number[] {
  const dropped = [endsOutsideQuotes, endsAfterTitles, endsAfterOrdinals, endsBeforeDashes, endsBeforeDecimals, endsBeforeWords].reduce(
    (ends, filter) => filter(text, ends),
    withNoEnds(text, tokenizerEnds),
  );
  return withUnitEnds(text, dropped);
}

/** Cuts very long runs at spaces so that one pathological sentence stays bounded. */
function boundedSpans(from: number, to: number, text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = from;
  while (to - start > MAX_SENTENCE) {
    const space = text.lastIndexOf(' ', start + MAX_SENTENCE);
    const cut = space > start ? space : start + MAX_SENTENCE;
    spans.push([start, cut]);
    start = cut;
    while (text[start] === ' ') start += 1;
  }
  if (to > start) spans.push([start, to]);
  return spans;
}

/**
 * Hands out a line's tokens span by span, offsets made relative to each span. Spans come in
 * text order, so each token is looked at once, however many sentences the line holds.
 */
function tokenCursor(tokens: readonly Token[]): (from: number, to: number) => Token[] {
  let next = 0;
  return (from, to) => {
    while (next < tokens.length && tokens[next]!.start < from) next += 1;
    const taken: Token[] = [];
    // The tokens are this document's own, each handed out once: shifted in place, not copied.
    for (; next < tokens.length && tokens[next]!.end <= to; next += 1) {
      const t = tokens[next]!;
      t.start -= from;
      t.end -= from;
      taken.push(t);
    }
    return taken;
  };
}

/** A live blog's entry time opening a line ("14:05 — ", "9.30am GMT: "): no part of the entry's first sentence. */
const TIMESTAMP = /^(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,4})?)\s*(?:—|–|-|:)\s+(?=\S)/i;

/** A broadcast script's label in capitals ("CUE: ", "AUDIO: "). */
const SCRIPT_LABEL = /^([A-Z]{2,10}):\s+(?=\S)/;

interface ScriptLabel {
  label: string;
  length: number;
}

/** A broadcast script's label opening each line but the title: the newsreader's cue or a clip's slug. */
function scriptLabels(lines: readonly Line[], g: Gazetteer = loadGazetteer()): Array<ScriptLabel | undefined> {
  return lines.map((line, i) => {
    const match = i > 0 ? SCRIPT_LABEL.exec(line.text) : null;
    const known = match && (g.cues.scriptLabels.has(match[1]!) || g.cues.clipLabels.has(match[1]!));
    return known ? { label: match[1]!, length: match[0].length } : undefined;
  });
}

function timestampLength(line: string): number {
  return TIMESTAMP.exec(line)?.[0].length ?? 0;
}

/**
 * A dateline opening the first body sentence, or the first after a subhead (a round-up of
 * briefs gives each its own: "OSAKA — …"), becomes a sentence of its own, so it is no part of a claim.
 */
function splitDatelines(sentences: Sentence[]): Sentence[] {
  const split: Sentence[] = [];
  sentences.forEach((sentence, i) => {
    const first = sentences.findIndex((s) => s.kind !== 'headline') === i;
    const opens = first || (i > 0 && sentences[i - 1]!.kind === 'headline');
    const match = opens && sentence.kind === 'body' ? (DATELINE.exec(sentence.text) ?? DATED_PLACE_LINE.exec(sentence.text)) : null;
    // After a later subhead only a true dash marks a dateline: "SOCCER - JAPAN WIN" is a headline's topic.
    if (match && !first && !/[–—]|--/.test(match[0])) {
      split.push(sentence);
      return;
    }
    if (!match) {
      split.push(sentence);
      return;
    }
    const cut = match[0].length;
    const datelineText = match[0].trimEnd();
    split.push(
      {
        ...sentence,
        text: datelineText,
        end: sentence.start + datelineText.length,
        kind: 'dateline',
        tokens: sentence.tokens.filter((t) => t.end <= datelineText.length),
      },
      {
        ...sentence,
        text: sentence.text.slice(cut),
        start: sentence.start + cut,
        tokens: sentence.tokens.filter((t) => t.start >= cut).map((t) => ({ ...t, start: t.start - cut, end: t.end - cut })),
      },
    );
  });
  return split.map((s, index) => (s.index === index ? s : { ...s, index }));
}

/** An introduction that presents an interview ("We spoke to …", "Five Questions for …"). */
const INTERVIEW_CUE = /\b(?:interview(?:ed)?|spoke (?:to|with)|talked (?:to|with)|questions for|in conversation with|Q&A)\b/i;
/** Unlabelled questions needed before their answers are read as an interview's turns. */
const MIN_QUESTIONS = 3;

/** A question marked as one with "Q." (an advice column, a printed interview). */
const MARKED_QUESTION = /^Q\.\s+(?=\S)/;

/** An introduction announcing a speech's text below it ("The following is an excerpt from the speech as delivered."). */
const SPEECH_CUE =
  /\b(?:following|below)\s+(?:is|are)\s+(?:an?\s+)?(?:edited\s+)?(?:excerpts?|extracts?|the\s+(?:full\s+)?text|a\s+transcript)\s+(?:from|of)\b[^.]{0,40}\bspeech\b/i;
/** A stage direction on a line of its own ("[Applause]"): part of no one's speech, and no end of it. */
const STAGE_DIRECTION = /^\[[^\]]{1,40}\]$/;
/** What ends a speech's excerpt: a quotation, a report of speech, or the reaction to it. */
const SPEECH_ENDS = /["“”]|\b(?:said|says|told|according to|reaction|responded|welcomed|criticised|criticized)\b/i;

/**
 * A speech's paragraphs printed below the line that announces them: the lines after it that quote
 * no one and report no speech, up to the first that does ("Reaction to the announcement was mixed.").
 * They are the "A" turns of the person the introduction presents.
 */
function speechExcerpt(lines: readonly Line[]): number[] {
  const cue = lines.findIndex((line, i) => i > 0 && SPEECH_CUE.test(line.text));
  if (cue < 0) return [];
  const paragraphs: number[] = [];
  for (let i = cue + 1; i < lines.length; i += 1) {
    const text = lines[i]!.text;
    if (STAGE_DIRECTION.test(text)) continue;
    if (!TERMINAL.test(text) || SPEECH_ENDS.test(text)) break;
    paragraphs.push(i);
  }
  return paragraphs;
}

/** An email's header: "From: Moira Kinnaird, Chief Executive", the writer's name (two to four capitalised words) first. */
const EMAIL_FROM = new RegExp(`^From:\\s+${PERSON_NAME}(?:,\\s+[^.?!:;]{2,80})?$`, 'u');
/** The header's other lines, one of which must follow "From:" for it to be an email's. */
const EMAIL_FIELD = /^(?:To|Subject|Date|Sent|Cc|Re):\s+\S/;

/**
 * An email quoted under its header ("From: Moira Kinnaird, Chief Executive" / "To: All colleagues" /
 * "Subject: …"): the paragraphs after the header, up to the first that quotes someone or reports speech,
 * are the writer's, as a speech's excerpt is the speaker's. Returns each line's label, or nothing.
 */
function emailExcerpt(lines: readonly Line[]): Array<TurnLabel | null> | undefined {
  const from = lines.findIndex((line, i) => i > 0 && EMAIL_FROM.test(line.text));
  if (from < 0) return undefined;
  let end = from + 1;
  while (end < lines.length && end <= from + 4 && EMAIL_FIELD.test(lines[end]!.text)) end += 1;
  if (end === from + 1) return undefined;
  const name = EMAIL_FROM.exec(lines[from]!.text)![1]!;
  const labels: Array<TurnLabel | null> = lines.map(() => null);
  for (let i = end; i < lines.length && TERMINAL.test(lines[i]!.text) && !SPEECH_ENDS.test(lines[i]!.text); i += 1)
    labels[i] = { prefix: 0, name, note: '' };
  return labels;
}

/** A profile box's heading: "Who is Catherine Munro?", "Fact file: Mikkel Dahl", "Mikkel Dahl: at a glance". */
const PROFILE_HEADING = new RegExp(
  `^(?:Who is ${PERSON_NAME}\\??|(?:Fact ?file|Profile|CV|At a glance)\\s*[:—–-]\\s*${PERSON_NAME}|${PERSON_NAME}\\s*[:—–-]\\s*(?:[Ff]act ?file|[Pp]rofile|[Aa]t a glance|CV))$`,
  'u',
);
/** Lines a profile box holds at most, each of at most this many words. */
const MAX_BOX_LINES = 10;
const MAX_BOX_WORDS = 40;

/**
 * The lines of profile boxes, by the name each is about: the lines right below the heading, with no blank
 * line between them ("Born in Stornoway…", "Previous clubs: Kattegat BK (youth), Øresund Nord BK").
 */
function profileBoxes(text: string, lines: readonly Line[]): Map<number, string> {
  const boxOf = new Map<number, string>();
  lines.forEach((line, h) => {
    const heading = PROFILE_HEADING.exec(line.text);
    if (!heading || h === 0) return;
    const name = heading.slice(1).find(Boolean)!;
    for (let i = h + 1; i < lines.length && i <= h + MAX_BOX_LINES; i += 1) {
      const gap = text.slice(lines[i - 1]!.start + lines[i - 1]!.text.length, lines[i]!.start);
      if (gap.split('\n').length > 2 || lines[i]!.text.split(' ').length > MAX_BOX_WORDS) break;
      boxOf.set(i, name);
    }
  });
  return boxOf;
}

/**
 * An interview printed without labels: questions stand alone as one-line paragraphs, each
 * followed by its answer, and the introduction says an interview follows. The question lines
 * are "Q" and the paragraph right after each is "A" (role labels, so the answers are the
 * presented person's); later paragraphs before the next question are left to the rules, since
 * reporters put their own narration there ("Avonmere's head of sustainability said …"). A
 * speech's excerpt (`speechExcerpt`) is all "A".
 */
function unlabelledTurns(lines: readonly Line[]): Array<'Q' | 'A' | undefined> {
  const turns: Array<'Q' | 'A' | undefined> = lines.map(() => undefined);
  const speech = speechExcerpt(lines);
  if (speech.length) {
    for (const i of speech) turns[i] = 'A';
    return turns;
  }
  // "Q. My boiler is 15 years old. Should I replace it?": a question marked so may hold several sentences.
  const marked = (line: Line) => MARKED_QUESTION.test(line.text);
  const isQuestion = (line: Line | undefined) =>
    !!line && line.text.endsWith('?') && (marked(line) || (line.text.length <= 200 && !/[.!?]\s+\p{Lu}/u.test(line.text.slice(0, -1))));
  const asked = lines.flatMap((line, i) => (i > 0 && isQuestion(line) && lines[i + 1] && !isQuestion(lines[i + 1]) ? [i] : []));
  // Questions marked "Q." need no introduction to say an interview follows (an advice column's).
  const announced =
    asked.filter((i) => marked(lines[i]!)).length >= MIN_QUESTIONS ||
    lines.slice(0, asked[0]).some((line) => INTERVIEW_CUE.test(line.text));
  if (asked.length < MIN_QUESTIONS || !announced) return turns;
  for (const i of asked) {
    turns[i] = 'Q';
    turns[i + 1] = 'A';
  }
  return turns;
}

/**
 * A transcript's speaker line standing alone above the turn ("Henrike Vos, Chief Executive Officer",
 * "Operator"): one to five capitalised words (a particle between two), perhaps a comma and who they
 * are, and no full stop.
 */
const SPEAKER_LINE = new RegExp(
  `^((?:[A-Z][\\p{L}.'’&-]*)(?: (?:${NAME_PARTICLE} )?[A-Z][\\p{L}.'’&-]*){0,4})(?:,\\s+([^.?!:;]{2,80}))?:?$`,
  'u',
);

/** A role's label alone above its turn, saying who in brackets: "CALLER (Alan Reece, Ludlow):". */
const BRACKETED_SPEAKER_LINE = /^([A-Z][\p{L}.'’&-]*(?: [A-Z][\p{L}.'’&-]*){0,2}) \(([^()\n]{2,80})\):$/u;

/** Who a speaker line names ("Henrike Vos, Chief Executive Officer"; the caller of "CALLER (Alan Reece, Ludlow):"). */
function speakerLine(text: string): string | undefined {
  const bracketed = BRACKETED_SPEAKER_LINE.exec(text);
  return SPEAKER_LINE.exec(text)?.[1] ?? (bracketed ? labelName(bracketed[1]!, bracketed[2]!) : undefined);
}

/** The name a label's brackets open with ("Rohan Mehta, Chief Executive, Northline Rail"). */
const NOTED_NAME = new RegExp(`^${PERSON_NAME}(?:,|$)`, 'u');

/**
 * Who speaks under a label: "Witness (Rohan Mehta, Chief Executive, Northline Rail):" and "Chair (Margaret
 * Ellison):" name a role, then the speaker in brackets. An interview's own role labels stay roles ("Q (Ana Ruiz,
 * The Ledger):" is a reporter's question, and its answerer is the person the introduction presents).
 */
function labelName(name: string, note: string): string {
  if (name.includes(' ') || isRoleLabel(name, loadGazetteer())) return name;
  return NOTED_NAME.exec(note)?.[1] ?? name;
}

/**
 * A letter's sign-off on a line of its own: a name of two to four capitalised words (after an
 * honorific), then one to four comma parts saying who and where the writer is, and no full stop
 * ("Margaret Pryce, Stenford", "Dr Ruth Amadi, Retired consultant, Harbury Hospital, Cotley").
 */
const SIGN_OFF = new RegExp(
  `^(?:[-–—]\\s*)?(\\p{Lu}[\\p{L}.'’-]*(?: (?:${NAME_PARTICLE} )?\\p{Lu}[\\p{L}'’-]*){1,4})(?:,\\s+[^.?!:;,]{2,60}){1,4}$`,
  'u',
);
/** A line that gives a person's age right after the name: "Orla McAteer, 17, sixth-form student, Armagh". */
export const NAME_THEN_AGE = /^\p{Lu}[^,]*,\s*\d{1,3}\s*,/u;

/** Sign-offs a page needs before its paragraphs are read as signed letters. */
const MIN_LETTERS = 2;

/**
 * A letters page: each letter's paragraphs run up to its writer's sign-off, so they are the
 * writer's turn. The paragraphs above a sign-off back to a subhead or the sign-off before belong to
 * it; a page needs `MIN_LETTERS` of them, as one name below a paragraph may be a caption or a credit.
 */
function signedLetters(lines: readonly Line[]): { labels: Array<TurnLabel | null>; headers: Set<number> } {
  const { personTitles } = loadGazetteer().cues;
  const labels: Array<TurnLabel | null> = lines.map(() => null);
  const isParagraph = (i: number) => i > 0 && TERMINAL.test(lines[i]!.text) && !SIGN_OFF.test(lines[i]!.text);
  const signOffs = lines.flatMap((line, i) => {
    const match = i > 1 && isParagraph(i - 1) ? SIGN_OFF.exec(line.text) : null;
    if (!match) return [];
    const words = match[1]!.split(' ');
    while (words.length > 2 && personTitles.has(words[0]!.replace(/\.$/, ''))) words.shift();
    return [{ line: i, name: words.join(' ') }];
  });
  // Lines whose name opens the paragraph below are headings over what follows ("Harold Metcalfe, farmer, 91"
  // over "Harold Metcalfe, who farmed…"): no letter begins with its writer's name.
  const heads = signOffs.filter(({ line, name }) => lines[line + 1]?.text.startsWith(name)).length;
  if (signOffs.length < MIN_LETTERS || heads * 2 >= signOffs.length) return { labels, headers: new Set() };
  // A vox pop's lines ("Orla McAteer, 17, sixth-form student, Armagh") stand above the answers: an answer follows
  // each of them, most give an age, and none has a dash before the name ("— Agnes Whyte, 101, of Paisley" signs what
  // stands above it). A letters page's signatures stand below, with subheads or a closing note after them.
  // The last one's answer is its paragraph.
  const last = signOffs[signOffs.length - 1]!;
  const aged = signOffs.filter(({ line }) => NAME_THEN_AGE.test(lines[line]!.text)).length;
  const above =
    aged * 2 > signOffs.length &&
    signOffs.every(({ line }) => isParagraph(line + 1)) &&
    !signOffs.some(({ line }) => /^[-–—]/.test(lines[line]!.text));
  if (above) {
    const starts = new Set(signOffs.map(({ line }) => line));
    for (const { line, name } of signOffs) {
      const end = line === last.line ? line + 2 : lines.length;
      for (let i = line + 1; i < end && isParagraph(i) && !starts.has(i); i += 1) labels[i] = { prefix: 0, name, note: '' };
    }
    // (Each line is read for names, like a speaker line: "owner of Vapour Lane, Armagh".)
    return { labels, headers: starts };
  }
  for (const { line, name } of signOffs) {
    for (let i = line - 1; isParagraph(i) && !labels[i]; i -= 1) labels[i] = { prefix: 0, name, note: '' };
  }
  return { labels, headers: new Set() };
}

/** A turn's label: where the turn's text starts on its line, who speaks, and who they are if the label says. */
interface TurnLabel {
  prefix: number;
  name: string;
  /** Who the label says the speaker is: its brackets' words after a role, or the whole label after a name. */
  note: string;
}

/**
 * Labels of a transcript, one per line: `Name: answer` lines (an interview needs `MIN_TURNS` of them), or
 * speaker lines above their turns ("Henrike Vos, Chief Executive Officer" then the answer), as many; or,
 * on a letters page, the sign-offs below their letters.
 * Returns the labels and which lines are speaker lines.
 */
function transcriptLabels(
  lines: readonly Line[],
  scripted: ReadonlyArray<ScriptLabel | undefined>,
): { labels: Array<TurnLabel | null>; speakerLines: Set<number> } {
  const email = emailExcerpt(lines);
  if (email) return { labels: email, speakerLines: new Set() };
  // (A broadcast script's "CUE:" and "AUDIO:" are no one's turns.)
  const labelled = (i: number) => i > 0 && !scripted[i] && turnLabelOf(lines[i]!.text) !== null;
  const inline = lines.filter((_, i) => labelled(i)).length >= MIN_TURNS;
  const speakerLines = new Set<number>();
  const isSpeakerLine = (i: number) => i > 0 && !!speakerLine(lines[i]!.text) && !!lines[i + 1] && !speakerLine(lines[i + 1]!.text);
  if (!inline) lines.forEach((_, i) => isSpeakerLine(i) && speakerLines.add(i));
  // Speakers take turns: a name above a paragraph only once each is a press release's "About X" or a subhead,
  // unless every such line ends in a colon, as a transcript's excerpt labels its speakers ("Priya Nair, Halberd Securities:").
  const names = [...speakerLines].map((i) => speakerLine(lines[i]!.text)!);
  const colonLabels = [...speakerLines].every((i) => lines[i]!.text.endsWith(':'));
  if (speakerLines.size < MIN_TURNS || (!colonLabels && new Set(names).size === names.length)) speakerLines.clear();
  if (!inline && !speakerLines.size) {
    const letters = signedLetters(lines);
    return { labels: letters.labels, speakerLines: letters.headers };
  }
  const labels = lines.map((line, i): TurnLabel | null => {
    const above = speakerLines.has(i - 1) ? speakerLine(lines[i - 1]!.text) : undefined;
    if (above) return { prefix: 0, name: above, note: '' };
    const match = inline && labelled(i) ? turnLabelOf(line.text) : null;
    if (!match) return null;
    // "Gareth Lyle, Tarrant Aggregates:" is read whole, an apposition saying whose the speaker is.
    if (match[3]) return { prefix: match[0].length, name: match[1]!, note: `${match[1]}, ${match[3]}` };
    // "Q1:", "A1:": questions and answers numbered in pairs are the roles "Q" and "A".
    const note = match[2] && !DELIVERY_NOTE.test(match[2]) ? match[2] : undefined;
    const name = labelName(match[1]!.replace(NUMBERED_ROLE, '$1'), note ?? '');
    // So is "Janet Orme (Millersby Residents' Association):", where the label is a name and not a role.
    const noted = note && name === match[1] && name.includes(' ') ? `${name} (${note})` : note;
    return { prefix: match[0].length, name, note: noted ?? '' };
  });
  return { labels, speakerLines };
}

/** Each line's turn role, label prefix, text after it and tokens (with its label's note after the lines). */
function readLines(lines: readonly Line[], labels: ReadonlyArray<TurnLabel | null>, scripted: ReadonlyArray<ScriptLabel | undefined>) {
  const roleTurns = labels.some(Boolean) ? lines.map(() => undefined) : unlabelledTurns(lines);
  // A marked question's "Q." is no part of its text.
  const questionMark = (lineIndex: number) =>
    roleTurns[lineIndex] === 'Q' ? (MARKED_QUESTION.exec(lines[lineIndex]!.text)?.[0].length ?? 0) : 0;
  const prefixes = lines.map(
    (line, lineIndex) =>
      labels[lineIndex]?.prefix ??
      (lineIndex > 0 ? timestampLength(line.text) || (scripted[lineIndex]?.length ?? 0) || questionMark(lineIndex) : 0),
  );
  const bodies = lines.map((line, lineIndex) => line.text.slice(prefixes[lineIndex]));
  // Who a label says the speaker is, in brackets ("Ana Ruiz, The Ledger"), is read for names too.
  const speakerNotes = labels.map((label) => label?.note ?? '');
  const analysed = tokenizeEach([...bodies, ...speakerNotes]);
  return { roleTurns, prefixes, bodies, speakerNotes, analysed };
}

/**
 * Labels whose every line has no verb: the heads of a list or a box ("Present:", "Item 4:", "Referee:",
 * "Dunmore Athletic (4-4-2):"). Only a word alone, a numbered item or a name before bracketed figures
 * heads one; a label that says whose name and office it is ("Witness (Ewa Kowalczyk, Director, …):") is a speaker's.
 */
function boxLabels(labels: ReadonlyArray<TurnLabel | null>, analysed: ReadonlyArray<{ tokens: readonly Token[] }>): Set<string> {
  const speaks = new Set<string>();
  const listed = new Set<string>();
  const mayHead = (label: TurnLabel) => !label.name.includes(' ') || /\d$/.test(label.name) || /(?:^|\()[^\p{L}()]+\)?$/u.test(label.note);
  labels.forEach((label, i) => {
    if (!label) return;
    if (!mayHead(label)) return void speaks.add(label.name);
    // (A capitalised word the tagger calls a verb is a name in a list: "Garner, Osei, Pickles".)
    const verb = analysed[i]!.tokens.some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !/^\p{Lu}/u.test(t.text));
    (verb ? speaks : listed).add(label.name);
  });
  // ("Verdict: False." and "A: Yes." are a role's, whatever follows.)
  const g = loadGazetteer();
  return new Set([...listed].filter((name) => !speaks.has(name) && !isRoleLabel(name, g)));
}

/** The labels without the box heads; with fewer than MIN_TURNS turns left, no labels at all. */
function withoutBoxLabels(labels: ReadonlyArray<TurnLabel | null>, heads: ReadonlySet<string>): Array<TurnLabel | null> {
  const kept = labels.map((label) => (label && !heads.has(label.name) ? label : null));
  return kept.filter(Boolean).length >= MIN_TURNS ? kept : kept.map(() => null);
}

/**
 * Text → sentences with article offsets, and each sentence's tokens with POS tags. One wink
 * pass over the article's lines gives both (tagging a line in full gives each word its
 * context). Lines are never joined: a headline, a subhead or a question stands alone.
 * `Name: answer` turns keep the name as `turnLabel` and start the sentence after the colon.
 */
export const segment: Stage = {
  name: 'segment',
  requires: ['text'],
  assigns: ['sentences', 'tokens'],
  run(doc) {
    const lines = splitLines(doc.text);
    const scripted = scriptLabels(lines);
    const found = transcriptLabels(lines, scripted);
    let read = readLines(lines, found.labels, scripted);
    // "Present: Cllr A, Cllr B", "Item 4: Public participation", "Injured: Doyle (hamstring)": a label before
    // words with no verb, which the label says nowhere else, heads a list or a box, not a turn.
    const heads = boxLabels(found.labels, read.analysed);
    const labels = heads.size ? withoutBoxLabels(found.labels, heads) : found.labels;
    if (heads.size) read = readLines(lines, labels, scripted);
    const { speakerLines } = found;
    const { roleTurns, prefixes, bodies, speakerNotes, analysed } = read;
    const boxes = profileBoxes(doc.text, lines);
    const listed = listLines(bodies);
    const sentences: Sentence[] = [];
    let turn = 0;
    lines.forEach((line, lineIndex) => {
      const label = labels[lineIndex] ?? null;
      // A speaker line is read for names, like a label's note; its turn is the line after it.
      if (speakerLines.has(lineIndex)) {
        const { tokens } = analysed[lineIndex]!;
        sentences.push({
          index: sentences.length,
          text: line.text,
          start: line.start,
          end: line.start + line.text.length,
          kind: 'label',
          tokens,
        });
        return;
      }
      const roleTurn = roleTurns[lineIndex];
      const offset = prefixes[lineIndex]!;
      const body = bodies[lineIndex]!;
      const kind = lineKind(body, lineIndex === 0, listed.has(lineIndex));
      if (label || roleTurn) turn += 1;
      const note = speakerNotes[lineIndex]!;
      if (note) {
        const bracketed = line.text.indexOf(`(${note})`);
        const start = line.start + (bracketed < 0 ? line.text.indexOf(note) : bracketed + 1);
        const { tokens } = analysed[lines.length + lineIndex]!;
        sentences.push({ index: sentences.length, text: note, start, end: start + note.length, kind: 'label', tokens });
      }
      const { tokens, sentenceEnds: ends } = analysed[lineIndex]!;
      const sentenceEnds = sentenceEndsOf(body, ends);
      const tokensWithin = tokenCursor(tokens);
      let from = 0;
      for (const end of sentenceEnds.length ? sentenceEnds : [body.length]) {
        while (body[from] === ' ') from += 1;
        for (const [a, b] of boundedSpans(from, end, body)) {
          const raw = body.slice(a, b);
          const text = raw.trim();
          if (!text) continue;
          // Any whitespace trimmed from the front (tabs included) moves the start.
          const lead = raw.length - raw.trimStart().length;
          const start = line.start + offset + a + lead;
          sentences.push({
            index: sentences.length,
            text,
            start,
            end: start + text.length,
            kind: (kind === 'body' || kind === 'headline') && (label || roleTurn === 'A') ? 'answer' : kind,
            turnLabel: label?.name ?? roleTurn,
            turn: label || roleTurn ? turn : undefined,
            tokens: tokensWithin(a + lead, a + lead + text.length),
            boxOf: boxes.get(lineIndex),
            scriptLabel: scripted[lineIndex]?.label,
          });
        }
        from = end;
      }
      // Text after wink's last sentence (a trailing fragment) still belongs to the line.
      const tail = body.slice(from).trim();
      if (tail && sentenceEnds.length) {
        const at = body.indexOf(tail, from);
        const start = line.start + offset + at;
        sentences.push({
          index: sentences.length,
          text: tail,
          start,
          end: start + tail.length,
          kind,
          turnLabel: label?.name ?? roleTurn,
          turn: label || roleTurn ? turn : undefined,
          tokens: tokensWithin(at, at + tail.length),
          boxOf: boxes.get(lineIndex),
          scriptLabel: scripted[lineIndex]?.label,
        });
      }
    });
    for (const sentence of sentences) {
      if (sentence.kind !== 'headline' && sentence.text.endsWith('?')) sentence.kind = 'question';
    }
    return { ...doc, sentences: splitDatelines(sentences) };
  },
};
