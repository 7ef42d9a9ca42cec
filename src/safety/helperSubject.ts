/**
 * Someone writing for the person in pain ("writing for my mum, today she can't
 * tell if she needs the toilet"; "my husband is on the floor, his legs won't
 * hold him") is describing the patient. `HelperReader.read` finds that framing
 * (knowledge/safety/helpers.yaml) and gives back the message in the first
 * person, so that the red-flag check reads it as the patient's own, with the
 * pronoun the reply should use for the patient. Other people's stories without
 * the framing are left alone (they stay someone else's).
 */
import { clauseAround, clauses, foldCharacters, isWholeNumber } from '../language';
import { sentencesAsTyped } from '../language/sentences';
import { type HelperData, readHelpers } from './helperData';
import { escapeRegExp } from '../util/escapeRegExp';

export type Pronoun = 'her' | 'him' | 'them';

export interface HelperReading {
  /** The message read as the patient's own words. */
  text: string;
  pronoun: Pronoun;
  /** A helper's framing phrase ("writing for my mum") was found, not only a person told of in the present. */
  framed: boolean;
}

/** An age told right after a person: ", 75," / " (66)" / " aged 80". */
const AGE = '(?:,? \\(?(?:aged |age )?\\d{1,3}\\)?,?)?';
/** An age told before the person ("my 15 year old daughter", "my 8yo son"). */
const AGE_BEFORE = '(?:\\d{1,3} ?-?(?:yo|y o|yr old|yrs old|year old|years old|year-old|yr-old) )?';

/**
 * The language layer's character folding (one apostrophe, lower case), single spaces, so that phrases match however they were typed.
 * With no line break left, clauses.ts cuts a tidied text at , ; . ! ? alone.
 */
function tidy(text: string, spellings?: RegExp, spelled?: ReadonlyMap<string, string>): string {
  const folded = foldCharacters(text).replace(/\s+/g, ' ').trim();
  return spellings && spelled ? folded.replace(spellings, (m) => spelled.get(m.toLowerCase()) ?? m) : folded;
}

export class HelperReader {
  private readonly framing: RegExp[];
  private readonly personWord: RegExp;
  private readonly firstPerson: RegExp;
  private readonly spellings: RegExp;
  private readonly namedPerson: RegExp;
  private readonly present: RegExp;
  private readonly presentTense: RegExp;
  /** The person or their pronoun with "is" and a verb in -ing ("my husband is sweating"): a sign of now. */
  private readonly progressive: RegExp;
  /** Right after a person: they are no longer living ("(rip)", "who passed away"). */
  private readonly deceased: RegExp;
  private readonly personWordAll: RegExp;
  private readonly past: RegExp;
  /** The patient's own relative just before a past or settled word ("his mum in hospital"): that person's story, not the patient's. */
  private readonly relativeBefore: RegExp;
  private readonly untilNow: RegExp;
  private readonly backOnset: RegExp;
  private readonly ownBack: RegExp;
  private readonly inCare: RegExp;
  private readonly inCareNow: RegExp;
  private readonly nowAfterPast: RegExp;
  private readonly besideWriter: RegExp;
  private readonly notBeside: RegExp;
  private readonly sentToCare: RegExp;
  private readonly handedOver: RegExp;
  private readonly underTests: RegExp;
  private readonly ownTurn: RegExp;
  private readonly writerOpens: RegExp;
  private readonly wellNow: RegExp;
  /** The person's own words passed on by the writer (helpers.yaml `relayed`). */
  private readonly relayed: RegExp;
  /** The writer's own trouble set beside a relayed story ("mine's different"). */
  private readonly writersOwn: RegExp;
  private readonly chain: RegExp;
  private readonly qualified: string;
  /** Before a time: it starts the present pain or spans up to now. */
  private readonly onsetBefore: RegExp;
  /** Before a time: it is inside a clause about a detail of the person. */
  private readonly detailBefore: RegExp;
  /** A span reaching up to now, told of the person. */
  private readonly ongoingSpan: RegExp;
  /** Before "once": the same moment, not once upon a time. */
  private readonly sameMomentBefore: RegExp;
  /** Before a time: a clause telling how things were before. */
  private readonly earlierStateBefore: RegExp;
  /** After "used to": "(it used to) be just the one side", the earlier state. */
  private readonly earlierStateAfter: RegExp;
  /** The writer as a word of the message (once the people they name are taken out). */
  private readonly writerWord: RegExp;
  /** The writer as the next word. */
  private readonly writerNext: RegExp;
  private readonly judges: RegExp;
  private readonly views: RegExp;
  private readonly everyPerson: RegExp;
  private readonly pronounWords: Record<Pronoun, RegExp>;
  private readonly genderWord: RegExp;
  private readonly gender: { her: ReadonlySet<string>; him: ReadonlySet<string> };
  private readonly grammar: RegExp;

  constructor(private readonly data: HelperData) {
    const people = [...data.people.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    // An age may follow the person ("my grandmother, 75, is with me", "my dad (66) is here").
    // "my mate", or "a mate of mine" ("mate of mine's crook with his back")
    const possessive = `(?:${data.possessives.map(escapeRegExp).join('|')})`;
    const qualified = `${possessive} (?:(?:${data.qualifiers.map(escapeRegExp).join('|')}) )?${AGE_BEFORE}`;
    this.qualified = qualified;
    const person = `(?:${qualified}(?:${people})s?|(?:a )?(?:${people}) of (?:mine|ours))${AGE}`;
    const they = '(?:she|he|they)';
    this.framing = data.framing.map((f) => {
      const src = escapeRegExp(f.toLowerCase())
        .replace(/\\\(/g, '(?:').replace(/\\\)/g, ')').replace(/\\\|/g, '|').replace(/\\\?/g, '?')
        // "#" is one digit, as in the lexicon's pattern language ("a ## year old man")
        .replace(/#/g, '\\d')
        .replace(/\\\{person\\\}/g, `(?<person>${person})`).replace(/\\\{they\\\}/g, `(?<they>${they})`);
      return new RegExp(`\\b${src}\\b`, 'i');
    });
    this.personWord = new RegExp(`\\b(?:${qualified}(${people})s?|(?:a )?(${people}) of (?:mine|ours))\\b`, 'i');
    const keys = [...data.firstPerson.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    this.firstPerson = new RegExp(`\\b(${keys})\\b`, 'gi');
    this.spellings = new RegExp(`\\b(?:${[...data.spellings.keys()].map(escapeRegExp).join('|')})\\b`, 'gi');
    // A person named at the start of a clause, with or without "my" ("grandma is on the floor").
    this.namedPerson = new RegExp(`(?:^|[.,;!?]\\s*)(?:${possessive} )?(${people})s?\\b`, 'i');
    const alternation = (list: readonly string[]) => list.map((p) => escapeRegExp(foldCharacters(p))).join('|');
    this.present = new RegExp(`\\b(?:${alternation(data.present)})\\b`, 'gi');
    // The person ("my uncle", "grandma"), their pronoun, or their body ("her feet", "his left leg",
    // "my dad's back", "my wife's back pain"), then a present-tense verb.
    const subject = `(?:${person}(?:'s [a-z]+(?: [a-z]+)?)?|\\b(?:she|he|they)|\\b(?:her|his|their)(?: [a-z]+){1,2})`;
    this.personWordAll = new RegExp(`\\b${person}`, 'gi');
    this.presentTense = new RegExp(`${subject} (?:${alternation(data.presentVerbs)})\\b`, 'i');
    // One word per slot and no repetition: linear on any text.
    const pr = data.progressive;
    this.progressive = new RegExp(
      `(?:\\b${person}|(?:^|[.,;!?]\\s*)(?:${people})|\\b(?:she|he|they)) ?(?:${alternation(pr.be)}) (?:(?:${alternation(pr.between)}) )?(?:(?!(?:${alternation(pr.notVerbs)})\\b)[a-z]+ing|${alternation(pr.states)})\\b`,
      'i',
    );
    this.deceased = new RegExp(`^[\\s,(]*(?:(?:who|has|had|sadly|who has|who sadly) )?(?:${alternation(data.deceased)})\\b`, 'i');
    this.past = new RegExp(`\\b(?:${alternation(data.past)})\\b`, 'gi');
    this.relativeBefore = new RegExp(`\\b(?:his|her|their) (?:${people})s?(?: (?:is|was|has been|had been|who is|who was))? ?$`, 'i');
    this.untilNow = new RegExp(`\\b(?:${alternation(data.untilNow)})\\b`, 'gi');
    this.backOnset = new RegExp(`\\b(?:${alternation(data.backOnset)})\\b`, 'i');
    this.ownBack = new RegExp(`\\b(?:${alternation(data.ownBack)})\\b`, 'i');
    this.inCare = new RegExp(`\\b(?:${alternation(data.inCare)})\\b`, 'i');
    this.inCareNow = new RegExp(`\\b(?:${alternation(data.inCareNow)})\\b`, 'i');
    this.nowAfterPast = new RegExp(this.inCareNow.source, 'gi');
    this.besideWriter = new RegExp(`\\b(?:${alternation(data.besideWriter)})\\b`, 'i');
    this.notBeside = new RegExp(`\\b(?:${alternation(data.notBeside)})\\b`, 'gi');
    this.wellNow = new RegExp(`\\b(?:${alternation(data.wellNow.subjects)}) (?:(?:${alternation(data.wellNow.qualifiers)}) )?(?:${alternation(data.wellNow.states)})\\b`, 'i');
    // Said by the person themself ("my dad said ...", "she told me ..."): not a doctor's or a crowd's "they said".
    this.relayed = new RegExp(`(?:\\b${person}|\\b(?:she|he))(?: (?:just|then|also|only|has|had))? (?:${alternation(data.relayed.verbs)}) (?:that )?(?:${alternation(data.relayed.subjects)})\\b`, 'i');
    this.writersOwn = new RegExp(`\\b(?:${alternation(data.relayed.writersOwn)})\\b`, 'i');
    this.sentToCare = new RegExp(`\\b(?:${alternation(data.sentToCare.sent)}) (?:straight |directly |right |off )?(?:to|into|in to) (?:${alternation(data.sentToCare.places)})\\b`, 'i');
    this.handedOver = new RegExp(`\\b(?:${alternation(data.handedOver.subjects)}) (?:${alternation(data.handedOver.carers)})\\b`, 'i');
    this.underTests = new RegExp(`\\b(?:${alternation(data.underTests)})\\b`, 'i');
    this.ownTurn = new RegExp(`\\b(?:${alternation(data.ownTurn)})\\b`, 'i');
    const t = data.times;
    // a count may stand between: "worse than a few weeks ago", "since two weeks ago"
    this.onsetBefore = new RegExp(`\\b(?:${alternation(t.onsetBefore)})\\s+(?:(?:\\d+|${alternation(t.detailCounts)}) )?$`);
    this.detailBefore = new RegExp(`\\b(?:${alternation(t.detailClause)}) (?:[a-z']+ ){0,3}(?:(?:\\d+|${alternation(t.detailCounts)}) )?$`);
    this.ongoingSpan = new RegExp(`\\b(?:${alternation(t.ongoing)})\\b(?: [a-z']+){1,8}? (?:${alternation(t.ongoingUntil)})\\b`);
    this.sameMomentBefore = new RegExp(`\\b(?:${alternation(t.sameMoment)})\\s+$`);
    this.earlierStateBefore = new RegExp(`\\b(?:${alternation(t.earlierState)})\\b[^.,;!?]*$`);
    // "he had a bad back last year too": an earlier bout, set against the one told now, reads like an earlier state.
    this.earlierStateAfter = new RegExp(`^ (?:${alternation([...t.earlierStateAfter, ...t.earlierBoutAfter])})\\b`);
    this.writerWord = new RegExp(`\\b(?:${alternation(data.writerWords)})\\b`);
    // The writer as the subject opening a sentence ("i'm 36, ..."): not "my", which opens "my dad is on the floor".
    this.writerOpens = new RegExp(`^\\s*(?:${alternation(data.writerWords.filter((w) => !data.possessives.includes(w) && w !== 'me' && w !== 'myself'))})\\b`);
    this.writerNext = new RegExp(`^\\s*(?:${alternation(data.writerWords)})\\b`);
    this.judges = new RegExp(`^\\s*(?:${alternation(data.judgesWriter)})\\b`);
    this.views = new RegExp(`\\bi (?:${alternation(data.views)})\\b[^.,;!?]*`, 'g');
    this.everyPerson = new RegExp(this.personWord.source, 'gi');
    const words = (list: readonly string[]) => new RegExp(`\\b(${alternation(list)})\\b`, 'i');
    this.pronounWords = { her: words(data.pronounWords.her), him: words(data.pronounWords.him), them: words(data.pronounWords.them) };
    this.gender = { her: new Set(data.genderWords.her.map((w) => foldCharacters(w))), him: new Set(data.genderWords.him.map((w) => foldCharacters(w))) };
    this.genderWord = words([...data.genderWords.her, ...data.genderWords.him]);
    this.grammar = new RegExp(`\\b(?:${alternation([...data.grammar.keys()])})\\b`, 'g');
    // "my son's football coach", "my husband's mate": a person's person, one word between at most
    this.chain = new RegExp(`\\b(?:${possessive} )?(?:${people})s?'s (?:[a-z]+ )?(?:${[...data.people.keys(), ...data.roles].map(escapeRegExp).join('|')})s?\\b`, 'gi');
  }

  /** Folded, single-spaced, with apostrophe-less pronoun contractions restored. */
  private tidy(raw: string): string {
    return tidy(raw, this.spellings, this.data.spellings);
  }

  static fromFile(path: string): HelperReader {
    return new HelperReader(readHelpers(path));
  }

  /** The message as the patient's own words, or null when nobody is writing for the patient. */
  read(raw: string): HelperReading | null {
    const text = this.tidy(raw);
    const hit = this.framing.map((re) => re.exec(text)).find((m): m is RegExpExecArray => m !== null);
    // Without a framing phrase, a named person with a symptom told in the
    // present ("my dad hasn't been able to wee since this morning", "grandma is
    // stuck on the floor") is the patient being helped now; the same person in
    // a dated story ("last month", "years ago") stays someone else's.
    const someone = this.personWord.test(text) || this.namedPerson.test(text);
    const current = !hit && someone && this.toldAsNow(text) && !this.onlyJudgesWriter(text) && !this.onlyDeceased(text);
    if (!hit && !current) return null;
    const named = this.namedIn(text);
    const pronoun = this.pronounFor((named && this.data.people.get(named)) || this.pronounOf(hit?.groups?.they), text);
    return { text: this.reworded(text), pronoun, framed: Boolean(hit) };
  }

  /**
   * The message in the patient's words, whether or not it reads as a helper's ("my wife is 7 months
   * pregnant" -> "i am 7 months pregnant"): for the facts of a person the conversation is already for.
   */
  asNamedPatient(raw: string): string {
    return this.reworded(this.tidy(raw));
  }

  /** "my husband's legs" -> "my legs", "my nan, 82," -> "i am 82", the patient's pronouns as the first person. */
  private reworded(text: string): string {
    const person = new RegExp(`(?:\\b${this.qualified}|(?:^|(?<=[.,;!?]\\s*)))(?:${[...this.data.people.keys()].map(escapeRegExp).join('|')})s?(?: of (?:mine|ours))?(?:'s\\b(?: (?<next>[a-z]+|\\d{1,3}\\b))?|${AGE}\\b)`, 'gi');
    return text
      // "my son's coach had a fever": someone else's story, not the patient's
      .replace(this.chain, 'someone')
      // "my husband's legs" -> "my legs"; "my flatmate's with me" -> "i am with me";
      // "my mum's been sick" -> "i have been sick"; "my husband" / "my nan, 82," -> "i" / "i am 82"
      .replace(person, (m: string, ...args: unknown[]) => {
        const next = (args[args.length - 1] as { next?: string }).next?.toLowerCase();
        if (/'s\b/.test(m)) {
          const rest = next ? ` ${next}` : '';
          // "my dad's 70": before an age, "'s" is "is"
          if (next && (this.data.contracted.is.has(next) || isWholeNumber(next))) return `i am${rest}`;
          if (next && this.data.contracted.has.has(next)) return `i have${rest}`;
          return `my${rest}`;
        }
        const age = /\d{1,3}/.exec(m);
        return age ? `i am ${age[0]},` : 'i';
      })
      .replace(this.firstPerson, (m) => this.data.firstPerson.get(m.toLowerCase()) ?? m)
      // "my mum is 72" -> "i is 72" -> "i am 72": the patient's words in the patient's grammar, so an age reads as one
      .replace(this.grammar, (m) => this.data.grammar.get(m.toLowerCase()) ?? m);
  }

  /**
   * A helper's rewritten words without the views told in them ("i says my back is just stiff"):
   * what a patient or relative thinks of the trouble does not set the patient's back apart.
   */
  withoutViews(rewritten: string): string {
    return rewritten.replace(this.views, ' ');
  }

  /**
   * Every person named is named only for their view of the writer ("my husband thinks I'm
   * being silly, I strained my back ..."), and no "he" or "she" tells of them: the message is
   * the writer's own, not a report of that person now.
   */
  private onlyJudgesWriter(text: string): boolean {
    const mentions = [...text.matchAll(this.everyPerson)];
    if (!mentions.length || Object.values(this.pronounWords).some((re) => re.test(text))) return false;
    return mentions.every((m) => this.judges.test(text.slice(m.index + m[0].length)));
  }

  /** Every person the message names is told as no longer living ("my dad (rip) had ..."): none of them is the patient. */
  private onlyDeceased(text: string): boolean {
    const mentions = [...text.matchAll(this.everyPerson)];
    return mentions.length > 0 && mentions.every((m) => this.deceased.test(text.slice(m.index + m[0].length)));
  }

  /**
   * A present word in a clause the writer opens about themself, with no word for another person
   * in it ("my back hurts at the moment", "i'm sore today"): the writer's now, not the person's.
   */
  private writersNow(text: string, m: RegExpExecArray): boolean {
    const clause = clauseAround(text, m.index, m.index + m[0].length).replace(this.personWordAll, ' someone ');
    return this.writerNext.test(clause) && !Object.values(this.pronounWords).some((re) => re.test(clause));
  }

  /**
   * The clause brought up to now speaks of the writer: its first person word is theirs
   * ("... and now I'm worried", "died of a heart attack and now every ache in my back scares me"),
   * not the other person's ("and now every night he wakes with his legs numb").
   */
  private writerFirst(rest: string): boolean {
    const clause = clauses(rest)[0]!;
    if (this.writerNext.test(clause)) return true;
    const writer = this.writerWord.exec(clause)?.index ?? -1;
    if (writer < 0) return false;
    const other = Math.min(...Object.values(this.pronounWords).map((re) => clause.search(re)).filter((i) => i >= 0), Infinity);
    return writer < other;
  }

  /**
   * Told in the present: a present marker and no dated past, or the story brought
   * up to now after the past ("finished chemo last year and now she has back pain");
   * a past told last ("she's fine now", "... years ago") keeps it a story, and a bare
   * "he's" after it ("rushed in last week, he's stable now") does not bring it up to now.
   */
  private toldAsNow(text: string): boolean {
    const last = (re: RegExp) => Math.max(-1, ...[...text.matchAll(re)].map((m) => m.index));
    // The person's present words: not those of a clause the writer tells of themself.
    const present = Math.max(-1, ...[...text.matchAll(this.present)].filter((m) => !this.writersNow(text, m)).map((m) => m.index));
    // "... and now he's sore, started last week": a time that dates the present pain's onset is not a past story.
    const dated = (m: RegExpExecArray): boolean => {
      const before = text.slice(0, m.index);
      if (this.onsetBefore.test(before) || this.detailBefore.test(before)) return false;
      // "..., her back went last week": the time dates the back trouble of now, in its own clause.
      if (this.backOnset.test(clauses(before).at(-1)!)) return false;
      if (m[0].toLowerCase() === 'once' && this.sameMomentBefore.test(before)) return false;
      // "a stressful week with his mum in hospital": the patient's relative's story dates nothing of the patient's.
      if (this.relativeBefore.test(before)) return false;
      // The earlier state counts only against a present told too ("has now spread ... was only one leg last week").
      const told = present >= 0 || this.reportsNow(text);
      if (this.earlierStateAfter.test(text.slice(m.index + m[0].length)) && told) return false;
      return !(this.earlierStateBefore.test(before) && told);
    };
    const past = Math.max(-1, ...[...text.matchAll(this.past)].filter(dated).map((m) => m.index));
    // With no dated past, the person's words passed on ("he said it felt like something tore") are
    // theirs of now: reported speech puts a present sign in the past tense. Not beside the writer's
    // own back or trouble ("they said his back hurt first ... my back is from digging", "... mine is
    // different"): a story told beside the writer's own.
    const relayed = this.relayed.test(text) && !this.ownBack.test(text) && !this.writersOwn.test(text);
    // "my husband is sweating a lot and has a pain ...": a sign going on as the writer speaks, told first or last.
    if (past < 0) return present >= 0 || this.ongoingSpan.test(text) || this.reportsNow(text) || relayed || this.progressive.test(text);
    // "... last week, but now I'm worried": brought up to now is the writer, not the person.
    // So is a word that puts the person's trouble now, told of them in a later clause ("a scan years
    // ago ... . this evening he suddenly got ..."); not a bare "she's" ("last month, she's recovering"),
    // nor a time of the same clause ("in hospital right now").
    const later = [...text.matchAll(this.nowAfterPast)].filter((m) => m.index > past && /[.,;!?]/.test(text.slice(past, m.index)));
    // Nor a word in a sentence the writer opens about themself ("i'm 36, been sitting on the floor ..."): the writer's now.
    const writers = (m: RegExpExecArray) => this.writerOpens.test(sentencesAsTyped(text.slice(0, m.index)).at(-1)!);
    const upToNow = [...text.matchAll(this.untilNow), ...later.filter((m) => !writers(m))].filter((m) => !this.writerFirst(text.slice(m.index + m[0].length)));
    return Math.max(-1, ...upToNow.map((m) => m.index)) > past;
  }

  /**
   * A helper's report in the present tense ("my uncle has numbness in both feet, his back went
   * on friday"): the person's sign now. Only in a report of that person's back (a bare "my dad
   * has prostate cancer" is a fact about him, not a patient), and only in a message where the
   * writer tells nothing of themselves: "my mum has osteoporosis ... I'm 38 and my back went"
   * is family history beside the writer's own back.
   */
  private reportsNow(text: string): boolean {
    // The writer's own question about what they told ("am I imagining it?") tells nothing of themselves.
    const statements = sentencesAsTyped(text.replace(this.personWordAll, ' ')).filter((s) => !s.trim().endsWith('?'));
    return this.presentTense.test(text) && this.backOnset.test(text) && !this.writerWord.test(statements.join(' '));
  }

  /** The person word a message names first ("my husband", "a mate of mine", "grandma"), lower case. */
  private namedIn(text: string): string | undefined {
    const m = this.personWord.exec(text) ?? this.namedPerson.exec(text);
    return (m?.[1] ?? m?.[2])?.toLowerCase();
  }

  /**
   * Someone else's trouble told as already in a clinician's hands ("her doctor knows,
   * she's being looked after"), beside the writer's own back, with no word that puts it
   * now ("since this morning"): the writer asks about their own back, not for that person.
   */
  othersInCare(raw: string): boolean {
    const text = this.tidy(raw);
    if (!(this.ownBack.test(text) || this.ownTurn.test(text)) || this.withWriter(raw)) return false;
    // Sent on to emergency care ("we sent him straight to A&E") or with clinicians now
    // ("she's with the nurses"): in care whenever it happened.
    if (this.sentToCare.test(text) || this.handedOver.test(text)) return true;
    return (this.inCare.test(text) || this.underTests.test(text)) && !this.inCareNow.test(text);
  }

  /**
   * Someone else said to be well now ("she's absolutely fine"), beside the writer's own back,
   * with no word that puts their trouble now and not with the writer: the writer asks for themselves.
   */
  othersWell(raw: string): boolean {
    const text = this.tidy(raw);
    return this.wellNow.test(text) && this.ownBack.test(text) && !this.inCareNow.test(text) && !this.withWriter(raw);
  }

  /** A person told of as with the writer now ("my wife is here with me"): present, whatever else is said. */
  withWriter(raw: string): boolean {
    const text = this.tidy(raw);
    return this.besideWriter.test(text.replace(this.notBeside, ' ')) && (this.personWord.test(text) || this.namedPerson.test(text));
  }

  /** The back and its pain, whoever's. */
  get complaintWords(): ReadonlySet<string> {
    return this.data.complaintWords;
  }

  /** Does the writer speak of their own back ("I've done my back in")? */
  speaksOfOwnBack(raw: string): boolean {
    return this.ownBack.test(this.tidy(raw));
  }

  /** The person a message names ("my husband", "grandma"), as the pronoun that refers to them, or null. */
  personIn(raw: string): Pronoun | null {
    const text = this.tidy(raw);
    const named = this.namedIn(text);
    return (named && this.data.people.get(named)) || null;
  }

  /**
   * Does a message speak of that person in the present ("he's in bed now and
   * burning hot")? Their pronoun as a word, a present cue and no past one: how
   * a later answer is known to be about someone named earlier in the conversation.
   */
  speaksOfNow(raw: string, pronoun: Pronoun): boolean {
    const text = this.tidy(raw);
    return this.pronounWords[pronoun].test(text) && this.toldAsNow(text);
  }

  /**
   * A message read as the patient's own words when the conversation is already
   * known to be about them ("checking for my dad" earlier; now "he says 9, his
   * belly hurts"): the patient's pronouns become the first person.
   */
  asPatient(raw: string): string {
    return this.tidy(raw).replace(this.firstPerson, (m) => this.data.firstPerson.get(m.toLowerCase()) ?? m);
  }

  /** "my flatmate's with me, her back went": a person without a gender word takes the pronoun the message uses for them. */
  private pronounFor(pronoun: Pronoun, text: string): Pronoun {
    if (pronoun !== 'them') return pronoun;
    const first = this.genderWord.exec(text)?.[1]?.toLowerCase();
    if (!first) return pronoun;
    return this.gender.her.has(first) ? 'her' : 'him';
  }

  private pronounOf(they: string | undefined): Pronoun {
    if (they === 'she') return 'her';
    if (they === 'he') return 'him';
    return 'them';
  }
}
