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
import { AGE, compileHelperPatterns, type HelperPatterns, type Pronoun } from './helperPatterns';
import { escapeRegExp } from '../util/escapeRegExp';

export type { Pronoun } from './helperPatterns';

export interface HelperReading {
  /** The message read as the patient's own words. */
  text: string;
  pronoun: Pronoun;
  /** A helper's framing phrase ("writing for my mum") was found, not only a person told of in the present. */
  framed: boolean;
}

/**
 * The language layer's character folding (one apostrophe, lower case), single spaces, so that phrases match however they were typed.
 * With no line break left, clauses.ts cuts a tidied text at , ; . ! ? alone.
 */
function tidy(text: string, spellings?: RegExp, spelled?: ReadonlyMap<string, string>): string {
  const folded = foldCharacters(text).replace(/\s+/g, ' ').trim();
  return spellings && spelled ? folded.replace(spellings, (m) => spelled.get(m.toLowerCase()) ?? m) : folded;
}

export class HelperReader {
  /** helpers.yaml's word lists as patterns (helperPatterns.ts). */
  private readonly re: HelperPatterns;

  constructor(private readonly data: HelperData) {
    this.re = compileHelperPatterns(data);
  }

  /** Folded, single-spaced, with apostrophe-less pronoun contractions restored. */
  private tidy(raw: string): string {
    return tidy(raw, this.re.spellings, this.data.spellings);
  }

  static fromFile(path: string): HelperReader {
    return new HelperReader(readHelpers(path));
  }

  /** The message as the patient's own words, or null when nobody is writing for the patient. */
  read(raw: string): HelperReading | null {
    // "..., i'm with her" only tells that the person is present: the rest is read as it would be without
    // it (as the writer's own clause it would count as the writer telling of themself, and lose the person's now).
    const told = this.tidy(raw);
    const text = this.withoutPresence(told);
    const present = text !== told;
    const hit = this.re.framing.map((re) => re.exec(text)).find((m): m is RegExpExecArray => m !== null);
    // Without a framing phrase, a named person with a symptom told in the
    // present ("my dad hasn't been able to wee since this morning", "grandma is
    // stuck on the floor") is the patient being helped now; the same person in
    // a dated story ("last month", "years ago") stays someone else's.
    const someone = this.re.personWord.test(text) || this.re.namedPerson.test(text);
    const current = !hit && someone && this.toldAsNow(text, present) && !this.onlyJudgesWriter(text) && !this.onlyDeceased(text);
    if (!hit && !current) return null;
    const named = this.namedIn(text);
    const pronoun = this.pronounFor((named && this.data.people.get(named)) || this.pronounOf(hit?.groups?.they), text);
    return { text: this.reworded(text), pronoun, framed: Boolean(hit) };
  }

  /** The message without the writer's clauses that they are with the person now ("i'm here with him"). */
  private withoutPresence(text: string): string {
    return text.replace(this.re.withThem, '').replace(/ {2,}/g, ' ').trim();
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
    const person = new RegExp(`(?:\\b${this.re.qualified}|(?:^|(?<=[.,;!?]\\s*)))(?:${[...this.data.people.keys()].map(escapeRegExp).join('|')})s?(?: of (?:mine|ours))?(?:'s\\b(?: (?<next>[a-z]+|\\d{1,3}\\b))?|${AGE}\\b)`, 'gi');
    // "a client (81, lives alone)": a person named without "my" but with their age told at once is
    // the patient of a helper's message as "my client, 81," is (the age is theirs, not the writer's).
    const aged = new RegExp(`\\b(?:a|an) (?:${[...this.data.people.keys()].map(escapeRegExp).join('|')}),? \\(?(?:aged |age )?(\\d{1,3})\\b(?! ?(?:years|yrs|year|yr) (?:ago|back|before|later|earlier))(?: ?(?:yo|y o|(?:years|year) old|(?:yrs|yr)(?: old)?))?\\)?,?`, 'gi');
    return text
      .replace(aged, (_m: string, age: string) => `i am ${age},`)
      // "my son's coach had a fever": someone else's story, not the patient's
      .replace(this.re.chain, 'someone')
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
      .replace(this.re.firstPerson, (m) => this.data.firstPerson.get(m.toLowerCase()) ?? m)
      // "my mum is 72" -> "i is 72" -> "i am 72": the patient's words in the patient's grammar, so an age reads as one
      .replace(this.re.grammar, (m) => this.data.grammar.get(m.toLowerCase()) ?? m);
  }

  /**
   * A helper's rewritten words without the views told in them ("i says my back is just stiff"):
   * what a patient or relative thinks of the trouble does not set the patient's back apart.
   */
  withoutViews(rewritten: string): string {
    return rewritten.replace(this.re.views, ' ');
  }

  /**
   * Every person named is named only for their view of the writer ("my husband thinks I'm
   * being silly, I strained my back ..."), and no "he" or "she" tells of them: the message is
   * the writer's own, not a report of that person now.
   */
  private onlyJudgesWriter(text: string): boolean {
    const mentions = [...text.matchAll(this.re.everyPerson)];
    if (!mentions.length || Object.values(this.re.pronounWords).some((re) => re.test(text))) return false;
    return mentions.every((m) => this.re.judges.test(text.slice(m.index + m[0].length)));
  }

  /** Every person the message names is told as no longer living ("my dad (rip) had ..."): none of them is the patient. */
  private onlyDeceased(text: string): boolean {
    const mentions = [...text.matchAll(this.re.everyPerson)];
    return mentions.length > 0 && mentions.every((m) => this.re.deceased.test(text.slice(m.index + m[0].length)));
  }

  /**
   * A present word in a clause the writer opens about themself, with no word for another person
   * in it ("my back hurts at the moment", "i'm sore today"): the writer's now, not the person's.
   */
  private writersNow(text: string, m: RegExpExecArray): boolean {
    const clause = clauseAround(text, m.index, m.index + m[0].length).replace(this.re.personWordAll, ' someone ');
    return this.re.writerNext.test(clause) && !Object.values(this.re.pronounWords).some((re) => re.test(clause));
  }

  /**
   * The clause brought up to now speaks of the writer: its first person word is theirs
   * ("... and now I'm worried", "died of a heart attack and now every ache in my back scares me"),
   * not the other person's ("and now every night he wakes with his legs numb").
   */
  private writerFirst(rest: string): boolean {
    const clause = clauses(rest)[0]!;
    if (this.re.writerNext.test(clause)) return true;
    const writer = this.re.writerWord.exec(clause)?.index ?? -1;
    if (writer < 0) return false;
    const other = Math.min(...Object.values(this.re.pronounWords).map((re) => clause.search(re)).filter((i) => i >= 0), Infinity);
    return writer < other;
  }

  /**
   * Told in the present: a present marker (or the writer with them, `withWriter`) and no dated past, or the story brought
   * up to now after the past ("finished chemo last year and now she has back pain");
   * a past told last ("she's fine now", "... years ago") keeps it a story, and a bare
   * "he's" after it ("rushed in last week, he's stable now") does not bring it up to now.
   */
  private toldAsNow(text: string, withWriter = false): boolean {
    const last = (re: RegExp) => Math.max(-1, ...[...text.matchAll(re)].map((m) => m.index));
    // The person's present words: not those of a clause the writer tells of themself.
    // The writer settling the person somewhere ("i've got her on a chair") is present too: they are together now.
    const present = Math.max(-1, ...[...text.matchAll(this.re.present)].filter((m) => !this.writersNow(text, m)).map((m) => m.index), ...[...text.matchAll(this.re.tendedNow)].map((m) => m.index));
    // "... and now he's sore, started last week": a time that dates the present pain's onset is not a past story.
    const dated = (m: RegExpExecArray): boolean => {
      const before = text.slice(0, m.index);
      if (this.re.onsetBefore.test(before) || this.re.detailBefore.test(before)) return false;
      // "..., her back went last week": the time dates the back trouble of now, in its own clause.
      if (this.re.backOnset.test(clauses(before).at(-1)!)) return false;
      if (m[0].toLowerCase() === 'once' && this.re.sameMomentBefore.test(before)) return false;
      // "a stressful week with his mum in hospital": the patient's relative's story dates nothing of the patient's.
      if (this.re.relativeBefore.test(before)) return false;
      // The earlier state counts only against a present told too ("has now spread ... was only one leg last week").
      const told = present >= 0 || this.reportsNow(text);
      if (this.re.earlierStateAfter.test(text.slice(m.index + m[0].length)) && told) return false;
      return !(this.re.earlierStateBefore.test(before) && told);
    };
    // "my dad had a heart attack at 60": an event at an age, with no age of the person's now told, is a dated story too.
    const aged = this.re.ageNow.test(text) ? [] : [...text.matchAll(this.re.agedEvent)].filter((m) => Number(m[1]) >= this.data.agedEvent.from);
    const past = Math.max(-1, ...[...text.matchAll(this.re.past), ...aged].filter(dated).map((m) => m.index));
    // With no dated past, the person's words passed on ("he said it felt like something tore") are
    // theirs of now: reported speech puts a present sign in the past tense. Not beside the writer's
    // own back or trouble ("they said his back hurt first ... my back is from digging", "... mine is
    // different"): a story told beside the writer's own.
    const relayed = this.re.relayed.test(text) && !this.re.ownBack.test(text) && !this.re.writersOwn.test(text);
    // "my husband is sweating a lot and has a pain ...": a sign going on as the writer speaks, told first or last.
    // A person the writer is with now ("i'm with her") is present, unless the message dates their story.
    if (past < 0) return withWriter || present >= 0 || this.re.ongoingSpan.test(text) || this.reportsNow(text) || relayed || this.re.progressive.test(text);
    // "... last week, but now I'm worried": brought up to now is the writer, not the person.
    // So is a word that puts the person's trouble now, told of them in a later clause ("a scan years
    // ago ... . this evening he suddenly got ..."); not a bare "she's" ("last month, she's recovering"),
    // nor a time of the same clause ("in hospital right now").
    const later = [...text.matchAll(this.re.nowAfterPast)].filter((m) => m.index > past && /[.,;!?]/.test(text.slice(past, m.index)));
    // Nor a word in a sentence the writer opens about themself ("i'm 36, been sitting on the floor ..."): the writer's now.
    const writers = (m: RegExpExecArray) => this.re.writerOpens.test(sentencesAsTyped(text.slice(0, m.index)).at(-1)!);
    const upToNow = [...text.matchAll(this.re.untilNow), ...later.filter((m) => !writers(m))].filter((m) => !this.writerFirst(text.slice(m.index + m[0].length)));
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
    const statements = sentencesAsTyped(text.replace(this.re.personWordAll, ' ')).filter((s) => !s.trim().endsWith('?'));
    // A bare "back sore" is the person's too, unless the writer's back is told as hurt handling them ("from lifting him").
    const back = this.re.backOnset.test(text) || (this.re.bareBack.test(text) && !this.re.handledByWriter.test(text));
    return this.re.presentTense.test(text) && back && !this.re.writerWord.test(statements.join(' '));
  }

  /** The person word a message names first ("my husband", "a mate of mine", "grandma"), lower case. */
  private namedIn(text: string): string | undefined {
    const m = this.re.personWord.exec(text) ?? this.re.namedPerson.exec(text);
    return (m?.[1] ?? m?.[2])?.toLowerCase();
  }

  /**
   * Someone else's trouble told as already in a clinician's hands ("her doctor knows,
   * she's being looked after"), beside the writer's own back, with no word that puts it
   * now ("since this morning"): the writer asks about their own back, not for that person.
   */
  othersInCare(raw: string, ownSetApart = false): boolean {
    const text = this.tidy(raw);
    // A writer who has set their own back apart ("me, it's just a stiff back") has turned to it, as "for me" does.
    if (!(ownSetApart || this.re.ownBack.test(text) || this.re.ownTurn.test(text)) || this.withWriter(raw)) return false;
    // Sent on to emergency care ("we sent him straight to A&E") or with clinicians now
    // ("she's with the nurses"): in care whenever it happened.
    if (this.re.sentToCare.test(text) || this.re.handedOver.test(text)) return true;
    return (this.re.inCare.test(text) || this.re.underTests.test(text)) && !this.re.inCareNow.test(text);
  }

  /**
   * Someone else said to be well now ("she's absolutely fine"), beside the writer's own back,
   * with no word that puts their trouble now and not with the writer: the writer asks for themselves.
   */
  othersWell(raw: string, ownSetApart = false): boolean {
    const text = this.tidy(raw);
    return this.re.wellNow.test(text) && (ownSetApart || this.re.ownBack.test(text)) && !this.re.inCareNow.test(text) && !this.withWriter(raw);
  }

  /** A person told of as with the writer now ("my wife is here with me"): present, whatever else is said. */
  withWriter(raw: string): boolean {
    const text = this.tidy(raw);
    const beside = this.re.besideWriter.test(text.replace(this.re.notBeside, ' ')) || text.search(this.re.withThem) >= 0;
    return beside && (this.re.personWord.test(text) || this.re.namedPerson.test(text));
  }

  /** The writer hurt their back handling the person ("I only pulled my back lifting him up"): with them now. */
  handledByWriter(raw: string): boolean {
    return this.re.handledByWriter.test(this.tidy(raw));
  }

  /** The back and its pain, whoever's. */
  get complaintWords(): ReadonlySet<string> {
    return this.data.complaintWords;
  }

  /** Words after which a complaint word is no body part ("her cancer came back"). */
  get notComplaintAfter(): ReadonlySet<string> {
    return this.data.notComplaintAfter;
  }

  /** Does the writer speak of their own back ("I've done my back in")? */
  speaksOfOwnBack(raw: string): boolean {
    return this.re.ownBack.test(this.tidy(raw));
  }

  /**
   * The clauses in which the writer speaks of themself ("i am sitting with her now"), the other
   * person's name set aside ("my mum" is no word of the writer's own), joined as one text: what the
   * writer tells of their own body, apart from what they tell of the person they write for.
   */
  writersOwnClauses(raw: string): string {
    const text = this.tidy(raw).replace(this.re.personWordAll, ' someone ');
    return clauses(text).filter((c) => this.re.writerWord.test(c)).join(', ');
  }

  /** Does the message speak of the person by their pronoun ("she can't stand")? */
  speaksOfThem(raw: string, pronoun: Pronoun): boolean {
    return this.re.pronounWords[pronoun].test(this.tidy(raw));
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
    return this.re.pronounWords[pronoun].test(text) && this.toldAsNow(text);
  }

  /**
   * A message read as the patient's own words when the conversation is already
   * known to be about them ("checking for my dad" earlier; now "he says 9, his
   * belly hurts"): the patient's pronouns become the first person.
   */
  asPatient(raw: string): string {
    return this.tidy(raw).replace(this.re.firstPerson, (m) => this.data.firstPerson.get(m.toLowerCase()) ?? m);
  }

  /** "my flatmate's with me, her back went": a person without a gender word takes the pronoun the message uses for them. */
  private pronounFor(pronoun: Pronoun, text: string): Pronoun {
    if (pronoun !== 'them') return pronoun;
    const first = this.re.genderWord.exec(text)?.[1]?.toLowerCase();
    if (!first) return pronoun;
    return this.re.gender.her.has(first) ? 'her' : 'him';
  }

  private pronounOf(they: string | undefined): Pronoun {
    if (they === 'she') return 'her';
    if (they === 'he') return 'him';
    return 'them';
  }
}
