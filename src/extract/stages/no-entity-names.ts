/**
 * Capitalised words the mention stage finds that name no entity: dates and holidays, a term's letters ("GDP"), a
 * people's adjective or plural, a currency's sign, a share's symbol, a measure's or an illness's name, a media
 * advisory's heading.
 */
import type { Gazetteer } from '../gazetteer.js';
import type { Mention, Sentence } from '../types.js';

/** Whether a name span found in a sentence names no entity at all. */
export function namesNoEntity(name: Mention, sentence: Sentence, gazetteer: Gazetteer): boolean {
  return (
    gazetteer.cues.calendarWords.has(name.text) ||
    gazetteer.cues.holidayNames.has(name.text) ||
    gazetteer.cues.termAcronyms.has(name.text) ||
    isDate(name.text, gazetteer) ||
    isMonthMay(name, sentence.text) ||
    isNationality(name.text, gazetteer) ||
    isCountedNationality(name, sentence, gazetteer) ||
    // "C$ 1.15 billion", "HK$": a currency's sign.
    /^\p{Lu}{1,3}\$$/u.test(name.text) ||
    isTicker(name, sentence.text) ||
    // "Legionnaires' disease", "Parkinson's disease": an illness named after people names none of them here.
    /^['’]s?\s+(?:disease|syndrome)\b/.test(sentence.text.slice(name.end)) ||
    // "the Central Bank Rate", "the Consumer Price Index": a measure's name, however its words open.
    / (?:Rates?|Price Index|Ratio|Yield)$/.test(name.text) ||
    // "WHO: Carys Wynne-Oldfield, manager, …": a media advisory's heading, not the World Health Organization.
    (name.start === 0 && /^(?:WHO|WHAT|WHEN|WHERE|WHY|HOW)$/.test(name.text) && sentence.text[name.end] === ':')
  );
}

/** "Seven Eurasian beavers": a number before a nationality counts things; it names no one. */
function isCountedNationality(name: Mention, sentence: Sentence, gazetteer: Gazetteer): boolean {
  const space = name.text.indexOf(' ');
  const first = sentence.tokens.find((t) => t.start === name.start);
  return space > 0 && first?.pos === 'NUM' && isNationality(name.text.slice(space + 1), gazetteer);
}

/** "Tregeagle Resources plc (AIM: TGR)": a share's symbol on its exchange names no entity of its own. */
const isTicker = (name: Mention, text: string) =>
  /\(\s*(?:AIM|LSE|LON|NYSE|NASDAQ|Nasdaq|TSXV?|ASX|HKEX|SGX|JSE|NSE|BSE|Euronext|XETRA|SIX|TSE|TYO|OTC[A-Z]*)\s*:\s*$/.test(
    text.slice(Math.max(0, name.start - 16), name.start),
  ) && /^\s*\)/.test(text.slice(name.end));

/** A people's adjective or noun, singular or plural ("Iraqi", "Iraqis", "Azeris"): no entity of its own (the Philippines and the Balkans are places). */
const isNationality = (word: string, gazetteer: Gazetteer) =>
  gazetteer.demonyms.has(word) ||
  (/\p{Ll}s$/u.test(word) && gazetteer.demonyms.has(word.slice(0, -1)) && !gazetteer.places.has(word.toLowerCase()));

/** "May 2027", "March 14": a month and a number are a date, not a name. */
function isDate(text: string, g: Gazetteer): boolean {
  const [month, day, ...rest] = text.split(' ');
  return rest.length === 0 && /^\d{1,4}$/.test(day ?? '') && (month === 'May' || g.cues.calendarWords.has(month!));
}

/** "in May", "May 3": the month, which the calendar words leave out because May is also a name (Theresa May). */
function isMonthMay(name: Mention, text: string): boolean {
  return (
    name.text === 'May' &&
    (/\b(?:in|since|until|by|from|last|next|early|late|mid|through|during|of|before|after)\s+$/i.test(text.slice(0, name.start)) ||
      /^\s+\d/.test(text.slice(name.end)) ||
      // "from March to May": the end of a span of months.
      /\b(?:from|between)\s+(?:January|February|March|April|June|July|August|September|October|November|December)\s+(?:to|and|until)\s+$/.test(
        text.slice(0, name.start),
      ))
  );
}
