/**
 * The vocabulary of knowledge/safety/helpers.yaml compiled into the patterns the helper reader uses (people, their
 * pronouns, the present and the past, care and company): apart from helperSubject.ts so that the reader only reads
 * messages, and this module alone turns the clinician's word lists into patterns.
 */
import { foldCharacters } from '../language';
import type { HelperData } from './helperData';
import { escapeRegExp } from '../util/escapeRegExp';

export type Pronoun = 'her' | 'him' | 'them';

/**
 * An age told right after a person: ", 75," / " (66)" / " aged 80" / " 70 yrs" (a unit after the
 * number, as notes are typed; a bare "years" is left as it was told, and a time ago keeps its "ago").
 */
export const AGE = '(?:,? \\(?(?:aged |age )?\\d{1,3}(?: ?(?:yo|y o|(?:years|year) old|(?:yrs|yr)(?: old)?)(?! (?:ago|back|before|later|earlier)))?\\)?,?)?';
/** An age told before the person ("my 15 year old daughter", "my 8yo son"). */
export const AGE_BEFORE = '(?:\\d{1,3} ?-?(?:yo|y o|yr old|yrs old|year old|years old|year-old|yr-old) )?';

/** The compiled patterns, built once from helpers.yaml. */
export interface HelperPatterns {
  readonly framing: RegExp[];
  readonly personWord: RegExp;
  readonly firstPerson: RegExp;
  readonly spellings: RegExp;
  readonly namedPerson: RegExp;
  readonly present: RegExp;
  readonly presentTense: RegExp;
  /** The person or their pronoun with "is" and a verb in -ing ("my husband is sweating"): a sign of now. */
  readonly progressive: RegExp;
  /** Right after a person: they are no longer living ("(rip)", "who passed away"). */
  readonly deceased: RegExp;
  readonly personWordAll: RegExp;
  readonly past: RegExp;
  /** An event had at an age, the number closing its clause (group 1: the age). */
  readonly agedEvent: RegExp;
  /** An age of the person's now ("she's 74", "my dad (70)"). */
  readonly ageNow: RegExp;
  /** The patient's own relative just before a past or settled word ("his mum in hospital"): that person's story, not the patient's. */
  readonly relativeBefore: RegExp;
  readonly untilNow: RegExp;
  readonly backOnset: RegExp;
  readonly bareBack: RegExp;
  readonly ownBack: RegExp;
  readonly inCare: RegExp;
  readonly inCareNow: RegExp;
  readonly nowAfterPast: RegExp;
  readonly besideWriter: RegExp;
  readonly handledByWriter: RegExp;
  /** The writer settling the person somewhere ("got her on a chair"): with them now. */
  readonly tendedNow: RegExp;
  /** The writer's clause that they are with the person now ("..., i'm here with her"), to its end. */
  readonly withThem: RegExp;
  readonly notBeside: RegExp;
  readonly sentToCare: RegExp;
  readonly handedOver: RegExp;
  readonly underTests: RegExp;
  readonly ownTurn: RegExp;
  readonly writerOpens: RegExp;
  readonly wellNow: RegExp;
  /** The person's own words passed on by the writer (helpers.yaml `relayed`). */
  readonly relayed: RegExp;
  /** The writer's own trouble set beside a relayed story ("mine's different"). */
  readonly writersOwn: RegExp;
  readonly chain: RegExp;
  readonly qualified: string;
  /** Before a time: it starts the present pain or spans up to now. */
  readonly onsetBefore: RegExp;
  /** Before a time: it is inside a clause about a detail of the person. */
  readonly detailBefore: RegExp;
  /** A span reaching up to now, told of the person. */
  readonly ongoingSpan: RegExp;
  /** Before "once": the same moment, not once upon a time. */
  readonly sameMomentBefore: RegExp;
  /** Before a time: a clause telling how things were before. */
  readonly earlierStateBefore: RegExp;
  /** After "used to": "(it used to) be just the one side", the earlier state. */
  readonly earlierStateAfter: RegExp;
  /** The writer as a word of the message (once the people they name are taken out). */
  readonly writerWord: RegExp;
  /** The writer as the next word. */
  readonly writerNext: RegExp;
  readonly judges: RegExp;
  readonly views: RegExp;
  readonly everyPerson: RegExp;
  readonly pronounWords: Record<Pronoun, RegExp>;
  readonly genderWord: RegExp;
  readonly gender: { her: ReadonlySet<string>; him: ReadonlySet<string> };
  readonly grammar: RegExp;
}

export function compileHelperPatterns(data: HelperData): HelperPatterns {
  const people = [...data.people.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  // An age may follow the person ("my grandmother, 75, is with me", "my dad (66) is here").
  // "my mate", or "a mate of mine" ("mate of mine's crook with his back")
  const possessive = `(?:${data.possessives.map(escapeRegExp).join('|')})`;
  const qualified = `${possessive} (?:(?:${data.qualifiers.map(escapeRegExp).join('|')}) )?${AGE_BEFORE}`;
  const person = `(?:${qualified}(?:${people})s?|(?:a )?(?:${people}) of (?:mine|ours))${AGE}`;
  const they = '(?:she|he|they)';
  const framing = data.framing.map((f) => {
    const src = escapeRegExp(f.toLowerCase())
      .replace(/\\\(/g, '(?:').replace(/\\\)/g, ')').replace(/\\\|/g, '|').replace(/\\\?/g, '?')
      // "#" is one digit, as in the lexicon's pattern language ("a ## year old man")
      .replace(/#/g, '\\d')
      // "^" opens the message: "for my dad: ..." frames it only as its first words
      .replace(/\\\^/g, '^')
      .replace(/\\\{person\\\}/g, `(?<person>${person})`).replace(/\\\{they\\\}/g, `(?<they>${they})`);
    return new RegExp(`\\b${src}\\b`, 'i');
  });
  const personWord = new RegExp(`\\b(?:${qualified}(${people})s?|(?:a )?(${people}) of (?:mine|ours))\\b`, 'i');
  const keys = [...data.firstPerson.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const firstPerson = new RegExp(`\\b(${keys})\\b`, 'gi');
  const spellings = new RegExp(`\\b(?:${[...data.spellings.keys()].map(escapeRegExp).join('|')})\\b`, 'gi');
  // A person named at the start of a clause, with or without "my" ("grandma is on the floor").
  const namedPerson = new RegExp(`(?:^|[.,;!?]\\s*)(?:${possessive} )?(${people})s?\\b`, 'i');
  const alternation = (list: readonly string[]) => list.map((p) => escapeRegExp(foldCharacters(p))).join('|');
  const present = new RegExp(`\\b(?:${alternation(data.present)})\\b`, 'gi');
  // The person ("my uncle", "grandma"), their pronoun, or their body ("her feet", "his left leg",
  // "my dad's back", "my wife's back pain"), then a present-tense verb. A carer's terse note names
  // the person with no "my" at the start of a clause ("nan is 90, fell out of bed"), as namedPerson does.
  const subject = `(?:${person}(?:'s [a-z]+(?: [a-z]+)?)?|(?:^|[.,;!?]\\s*)(?:${people})${AGE}|\\b(?:she|he|they)|\\b(?:her|his|their)(?: [a-z]+){1,2})`;
  const personWordAll = new RegExp(`\\b${person}`, 'gi');
  const presentTense = new RegExp(`${subject} (?:${alternation(data.presentVerbs)})\\b`, 'i');
  // One word per slot and no repetition: linear on any text.
  const pr = data.progressive;
  const progressive = new RegExp(
    `(?:\\b${person}|(?:^|[.,;!?]\\s*)(?:${people})|\\b(?:she|he|they)) ?(?:${alternation(pr.be)}) (?:(?:${alternation(pr.between)}) )?(?:(?!(?:${alternation(pr.notVerbs)})\\b)[a-z]+ing|${alternation(pr.states)})\\b`,
    'i',
  );
  const deceased = new RegExp(`^[\\s,(]*(?:(?:who|has|had|sadly|who has|who sadly) )?(?:${alternation(data.deceased)})\\b`, 'i');
  const past = new RegExp(`\\b(?:${alternation(data.past)})\\b`, 'gi');
  const ae = data.agedEvent;
  // At most four words between the event and its age; the age closes its clause.
  const agedEvent = new RegExp(`\\b(?:${alternation(ae.events)})\\b(?: [a-z']+){0,4}? (?:${alternation(ae.at)}) (\\d{1,3})(?=\\s*(?:[.,;!?)]|$|(?:${alternation(ae.after)})\\b))`, 'gi');
  const ageNow = new RegExp(`\\b(?:${alternation(ae.now)}) \\(?\\d{1,3}\\b(?! ?(?:mph|kph|km|miles|%|percent|minutes|mins|hours|times|weeks|days|months))|\\(\\d{1,3}\\)|, \\d{1,3},|\\b\\d{1,3} ?(?:years old|year old|yrs old|yo)\\b`, 'i');
  const relativeBefore = new RegExp(`\\b(?:his|her|their) (?:${people})s?(?: (?:is|was|has been|had been|who is|who was))? ?$`, 'i');
  const untilNow = new RegExp(`\\b(?:${alternation(data.untilNow)})\\b`, 'gi');
  const backOnset = new RegExp(`\\b(?:${alternation(data.backOnset)})\\b`, 'i');
  const bareBack = new RegExp(`\\b(?:${alternation(data.bareBack)})\\b`, 'i');
  const ownBack = new RegExp(`\\b(?:${alternation(data.ownBack)})\\b`, 'i');
  const inCare = new RegExp(`\\b(?:${alternation(data.inCare)})\\b`, 'i');
  const inCareNow = new RegExp(`\\b(?:${alternation(data.inCareNow)})\\b`, 'i');
  const nowAfterPast = new RegExp(inCareNow.source, 'gi');
  const besideWriter = new RegExp(`\\b(?:${alternation(data.besideWriter)})\\b`, 'i');
  // "lifting him", "getting her up off the floor", at a clause's end: the person handled, not a thing of theirs ("moving her bed").
  const h = data.handledByWriter;
  const handledByWriter = new RegExp(`\\b(?:${alternation(h.verbs)}) (?:him|her|them)(?: (?:${alternation(h.particles)}))?\\s*(?:$|[.,;!?)]|\\b(?:${alternation(h.closing)})\\b)`, 'i');
  // "got her on a chair", "sat him up in bed": the writer settling the person, who is with them now.
  const tn = data.tendedNow;
  const tendedNow = new RegExp(`\\b(?:${alternation(tn.verbs)}) (?:him|her|them) (?:${alternation(tn.places)})\\b`, 'gi');
  // "i'm with her", "i am sat here with him now", closing its clause: not "i'm with him on that" (agreeing).
  // One optional word list per slot: linear on any text.
  const wt = data.withThem;
  // A place named after it ("at the trailhead", "in the car park"): one to three words of any place, closing the clause.
  const withThem = new RegExp(`\\b(?:${alternation(wt.writer)}) (?:(?:${alternation(wt.between)}) )?(?:${alternation(wt.beside)}) (?:him|her|them)(?: (?:${alternation(wt.after)})| (?:${alternation(wt.places)})(?: [a-z'-]+){1,3})?(?=\\s*(?:$|[.,;!?)]))`, 'gi');
  const notBeside = new RegExp(`\\b(?:${alternation(data.notBeside)})\\b`, 'gi');
  const wellNow = new RegExp(`\\b(?:${alternation(data.wellNow.subjects)}) (?:(?:${alternation(data.wellNow.qualifiers)}) )?(?:${alternation(data.wellNow.states)})\\b`, 'i');
  // Said by the person themself ("my dad said ...", "she told me ..."): not a doctor's or a crowd's "they said".
  const relayed = new RegExp(`(?:\\b${person}|\\b(?:she|he))(?: (?:just|then|also|only|has|had))? (?:${alternation(data.relayed.verbs)}) (?:that )?(?:${alternation(data.relayed.subjects)})\\b`, 'i');
  const writersOwn = new RegExp(`\\b(?:${alternation(data.relayed.writersOwn)})\\b`, 'i');
  const sentToCare = new RegExp(`\\b(?:${alternation(data.sentToCare.sent)}) (?:straight |directly |right |off )?(?:to|into|in to) (?:${alternation(data.sentToCare.places)})\\b`, 'i');
  const handedOver = new RegExp(`\\b(?:${alternation(data.handedOver.subjects)}) (?:${alternation(data.handedOver.carers)})\\b`, 'i');
  const underTests = new RegExp(`\\b(?:${alternation(data.underTests)})\\b`, 'i');
  const ownTurn = new RegExp(`\\b(?:${alternation(data.ownTurn)})\\b`, 'i');
  const t = data.times;
  // a count may stand between: "worse than a few weeks ago", "since two weeks ago"
  const onsetBefore = new RegExp(`\\b(?:${alternation(t.onsetBefore)})\\s+(?:(?:\\d+|${alternation(t.detailCounts)}) )?$`);
  const detailBefore = new RegExp(`\\b(?:${alternation(t.detailClause)}) (?:[a-z']+ ){0,3}(?:(?:\\d+|${alternation(t.detailCounts)}) )?$`);
  const ongoingSpan = new RegExp(`\\b(?:${alternation(t.ongoing)})\\b(?: [a-z']+){1,8}? (?:${alternation(t.ongoingUntil)})\\b`);
  const sameMomentBefore = new RegExp(`\\b(?:${alternation(t.sameMoment)})\\s+$`);
  const earlierStateBefore = new RegExp(`\\b(?:${alternation(t.earlierState)})\\b[^.,;!?]*$`);
  // "he had a bad back last year too": an earlier bout, set against the one told now, reads like an earlier state.
  const earlierStateAfter = new RegExp(`^ (?:${alternation([...t.earlierStateAfter, ...t.earlierBoutAfter])})\\b`);
  const writerWord = new RegExp(`\\b(?:${alternation(data.writerWords)})\\b`);
  // The writer as the subject opening a sentence ("i'm 36, ..."): not "my", which opens "my dad is on the floor".
  const writerOpens = new RegExp(`^\\s*(?:${alternation(data.writerWords.filter((w) => !data.possessives.includes(w) && w !== 'me' && w !== 'myself'))})\\b`);
  const writerNext = new RegExp(`^\\s*(?:${alternation(data.writerWords)})\\b`);
  const judges = new RegExp(`^\\s*(?:${alternation(data.judgesWriter)})\\b`);
  const views = new RegExp(`\\bi (?:${alternation(data.views)})\\b[^.,;!?]*`, 'g');
  const everyPerson = new RegExp(personWord.source, 'gi');
  const words = (list: readonly string[]) => new RegExp(`\\b(${alternation(list)})\\b`, 'i');
  const pronounWords = { her: words(data.pronounWords.her), him: words(data.pronounWords.him), them: words(data.pronounWords.them) };
  const gender = { her: new Set(data.genderWords.her.map((w) => foldCharacters(w))), him: new Set(data.genderWords.him.map((w) => foldCharacters(w))) };
  const genderWord = words([...data.genderWords.her, ...data.genderWords.him]);
  const grammar = new RegExp(`\\b(?:${alternation([...data.grammar.keys()])})\\b`, 'g');
  // "my son's football coach", "my husband's mate": a person's person, one word between at most
  const chain = new RegExp(`\\b(?:${possessive} )?(?:${people})s?'s (?:[a-z]+ )?(?:${[...data.people.keys(), ...data.roles].map(escapeRegExp).join('|')})s?\\b`, 'gi');
  return { framing, personWord, firstPerson, spellings, namedPerson, present, presentTense, progressive, deceased, personWordAll, past, agedEvent, ageNow, relativeBefore, untilNow, backOnset, bareBack, ownBack, inCare, inCareNow, nowAfterPast, besideWriter, handledByWriter, tendedNow, withThem, notBeside, sentToCare, handedOver, underTests, ownTurn, writerOpens, wellNow, relayed, writersOwn, chain, qualified, onsetBefore, detailBefore, ongoingSpan, sameMomentBefore, earlierStateBefore, earlierStateAfter, writerWord, writerNext, judges, views, everyPerson, pronounWords, genderWord, gender, grammar };
}
