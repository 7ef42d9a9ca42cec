/**
 * The red-flag check the bot runs on every message: the clinician's lexicon
 * (src/safety/redFlagDetector.ts) first, then the learned stage
 * (src/safety/redFlagModel.ts) for wordings the lexicon does not know, and the
 * helper reading (src/safety/helperSubject.ts) for someone writing for the
 * person in pain.
 *
 * Levels: `emergency` and `urgent` as in the lexicon; `check` when the model
 * thinks a flag is possible but is not sure (the bot then asks that flag's one
 * direct question). The lexicon's negation, hypothetical, other-person and past
 * handling always applies to its own findings; the model learned the same
 * contexts from the hard negatives in its training data.
 */
import * as path from 'node:path';
import { answersFirst } from '../language/listAnswers';
import type { TextNormalizer } from '../nlu/textNormalizer';
import { CheckAnchors } from './checkAnchors';
import { FlagWording, type CalmNote } from './flagWording';
import { FILES, RedFlagResult, ScreenOptions, ScreenReading } from './screenCombine';
import { HelperReader, Pronoun } from './helperSubject';
import type { SpanScope } from '../language/spanScope';
import { RedFlagDetector, RedFlagResult as LexiconResult } from './redFlagDetector';
import { readCues } from './redFlagFeatures';
import { RedFlagModel, Thresholds } from './redFlagModel';
import { OrdinaryCauses } from './ordinaryCauses';
import { ConceptFloor, readFloors } from './conceptFloor';
import { OneSide } from './oneSide';
import { PlacedElsewhere } from './placedElsewhere';
import { ScreenStages } from './screenStages';
import { NoveltyAsides } from './noveltyAsides';
import type { Combination } from './redFlagData';

export type { LexiconResult };
export { FILES, combine } from './screenCombine';
export type { RedFlagResult, ScreenLevel, ScreenOptions, ScreenReading } from './screenCombine';

/** The fears file's list of words that put a cause as feared or asked about, not told. */
const ASKED = 'asked';
/** Probability of `worry` at which a message with no red flag is answered as a worry. */
const WORRY_AT = 0.5;

export class RedFlagScreen {
  constructor(
    private readonly detector: RedFlagDetector,
    private readonly model: RedFlagModel,
    private readonly helpers: HelperReader,
    private readonly wording: FlagWording,
    checkAnchors: CheckAnchors | null = null,
    options: ScreenOptions = {},
    private readonly causes: OrdinaryCauses | null = null,
    private readonly fearWords: CheckAnchors | null = null,
    floor: ConceptFloor | null = null,
    areas: CheckAnchors | null = null,
    private readonly oneSide: OneSide | null = null,
    placed: PlacedElsewhere | null = null,
    private readonly novelty: NoveltyAsides | null = null,
  ) {
    this.stages = new ScreenStages(detector, model, (f) => this.level(f), checkAnchors, options, causes, floor, areas, oneSide, placed);
  }

  /** The lexicon, learned stage and floor weighed into one reading (and the lexicon's readings, kept by text). */
  private readonly stages: ScreenStages;

  /** Loads everything from knowledge/safety; the normaliser is the intent classifier's (shared features). */
  static fromDirectory(dir: string, normalizer: TextNormalizer, options: ScreenOptions = {}): RedFlagScreen {
    const detector = RedFlagDetector.fromDirectory(dir, normalizer.language);
    const cues = readCues(path.join(dir, FILES.cues));
    const model = RedFlagModel.load(path.join(dir, FILES.model), normalizer, cues);
    const wording = FlagWording.fromFile(path.join(dir, FILES.wording));
    const anchors = CheckAnchors.fromFile(path.join(dir, FILES.checkAnchors), normalizer.language);
    const causes = OrdinaryCauses.fromFile(path.join(dir, FILES.ordinaryCauses), normalizer.language);
    const fears = CheckAnchors.fromFile(path.join(dir, FILES.fears), normalizer.language);
    const floor = new ConceptFloor(normalizer, cues, readFloors(path.join(dir, FILES.floors), cues));
    const areas = CheckAnchors.fromFile(path.join(dir, FILES.areas), normalizer.language);
    const oneSide = OneSide.fromFile(path.join(dir, FILES.oneSide), normalizer.language);
    const placed = PlacedElsewhere.fromFile(path.join(dir, FILES.placed), normalizer.language);
    const novelty = NoveltyAsides.fromFile(path.join(dir, FILES.novelty));
    const screen = new RedFlagScreen(detector, model, HelperReader.fromFile(path.join(dir, FILES.helpers)), wording, anchors, options, causes, fears, floor, areas, oneSide, placed, novelty);
    for (const id of floor.listed()) if (screen.level(id) !== 'emergency') throw new Error(`${FILES.floors}: "${id}" must be an emergency flag`);
    for (const id of fears.listed()) if (id !== ASKED && screen.level(id) !== 'emergency') throw new Error(`${FILES.fears}: "${id}" must be an emergency flag (its signs are said as an emergency)`);
    for (const id of [...anchors.listed(), ...causes.listed(), ...areas.listed(), ...oneSide.flags(), ...placed.flags()]) screen.level(id); // an anchored or explained category is a real flag
    for (const id of [...detector.flagIds(), ...model.categories]) {
      screen.level(id); // every flag has a level ...
      wording.get(id); // ... and its plain words, or start-up stops here
      // A question for a part already told must name a part of the flag's own combinations.
      for (const part of Object.keys(wording.has(id) ? (wording.get(id).known ?? {}) : {})) {
        if (!detector.combinations(id).some((c) => c.all.includes(part))) throw new Error(`${FILES.wording}: "${id}.known.${part}" is no part of the flag's combinations`);
      }
    }
    return screen;
  }

  /** The lexicon's flag ids. */
  flagIds(): string[] {
    return this.detector.flagIds();
  }

  /** The categories the learned stage knows (the lexicon's, and any only it raises). */
  modelCategories(): string[] {
    return [...this.model.categories];
  }

  get thresholds(): Thresholds {
    return this.model.thresholds;
  }

  get modelDataHash(): string {
    return this.model.dataHash;
  }

  read(text: string): ScreenReading {
    if (typeof text !== 'string' || !text.trim()) return { redFlag: null, worry: false };
    // "bladder no, fever no": answers said after their items are read before them.
    // A sign told as never a problem before says the sign is new: read without it, it denies nothing.
    text = answersFirst(this.novelty?.without(text) ?? text);
    const reading = this.model.read(text);
    const own = this.stages.combined(text, reading);
    // The message's scope, read once and only when a reading below asks for it.
    let scoped: SpanScope | undefined;
    const scope = (): SpanScope => (scoped ??= this.detector.scopeOf(text));
    // A helper's message is read as the patient's words only when the user's own
    // reading finds nothing or only a `check`: "my husband is here, I can't pee" is the user's flag.
    // Only a `check` is weighed against the helper's reading ("grandad fell down
    // the stairs this evening" is his emergency, not the writer's possible one).
    // A writer who sets their own back apart ("mine's only a bit stiff") is not writing for someone else.
    // An `urgent` own reading still hears the helper out: "my father is 70 ... a high fever,
    // and he is talking nonsense" reads as the writer's fever, but as his words fever with confusion.
    // Not someone with the writer now ("my wife is here with me, ... unrelated, but my back ..."):
    // setting their own back apart does not make a person beside them a story; only an emergency counts then.
    const apart = this.detector.setsSelfApart(text);
    const beside = apart && this.helpers.withWriter(text);
    // Yet someone else's emergency told as now or just happened ("my dad fell an hour ago and
    // can't feel his legs, I only hurt my back lifting him") is still theirs: the writer calling
    // their own back minor puts no story in the past. Only an emergency counts then, as beside the writer,
    // and the in-care and well-now readings below still keep a story that is over quiet.
    // (Only when the writer hurt their back handling that person, "lifting him": a client's or
    // neighbour's story beside a minor back of the writer's stays theirs.)
    const setApart = apart && !beside;
    const found = own?.level === 'emergency' || (setApart && !this.helpers.handledByWriter(text)) ? null : this.helpers.read(text);
    // Without a framing phrase, the person told of now whose own back is set apart from the
    // story beside it ("his mate lost control of his bladder ... his back is just a spasm")
    // is not the patient of that story: read as theirs, the two people's words run together.
    // A view told of it ("he reckons it's only stiffness") is no such setting apart, nor the
    // person's back told plainly ("my partner's back is sore" reads as a sore back of one's own).
    // (When the writer set their own back apart, the rewritten words still carry that, and say nothing of the person.)
    const helper = found && !found.framed && !beside && !setApart && this.detector.setsSelfApart(this.helpers.withoutViews(found.text), true) ? null : found;
    const told = helper && this.stages.combined(helper.text, this.model.read(helper.text));
    const read = (beside || setApart) && told?.level !== 'emergency' ? null : told;
    // A relative's history told in a message about the writer's own back ("my auntie
    // had breast cancer and now I'm worried about my back") is family history: without
    // a helper's framing it is not the patient's.
    // Not when the only back told of is theirs ("my brother injects ... and he's had back pain"): the message is about them.
    // Nor when the person is framed as with the writer ("he's sat here telling me ...") but the back
    // told of is the writer's own ("... my back pain is from slouching"): their past is still family history.
    const history = read !== null && (!helper!.framed || this.helpers.speaksOfOwnBack(text)) && read.flags.every((f) => this.detector.historyCounts(f)) && this.ownStory(scope());
    // A history (a cancer, a treatment) is a flag only with back pain now: a message whose every
    // word of back pain is denied ("no back pain here, my mother's cancer is back and I care for her")
    // tells the person's history with no new pain, the writer's or theirs.
    const painless = read !== null && read.flags.every((f) => this.detector.historyCounts(f)) && this.detector.everyPlace(scope(), this.helpers.complaintWords, 'denied', this.helpers.notComplaintAfter);
    // Without a framing phrase, a message about the writer's own back ("my son has
    // flu and a fever, and I've done my back sleeping on his floor") keeps another
    // person's urgent sign theirs; only an emergency is read as the patient's.
    const aside = read !== null && !helper!.framed && read.level !== 'emergency' && this.helpers.speaksOfOwnBack(text);
    // Someone else's trouble already in a clinician's hands, told beside the writer's own
    // back ("one of my clients has ..., her GP knows; my back is sore from hoisting"): the
    // writer asks for themselves. Not when a word puts it now ("since this morning").
    // So is someone said to be well now ("he's fine, not a scratch"), with no word that puts it today.
    const inCare = read !== null && (this.helpers.othersInCare(text, apart) || this.helpers.othersWell(text, apart));
    // An urgent reading of the writer's own that the person's reading holds too, in a message that
    // tells nothing of the writer ("my husband's pain is worst when he lies down, ... no position
    // eases it"): a clause without his name is still his, so the advice is for him.
    const sameForThem = own?.level === 'urgent' && read?.level === 'urgent' && own.flags.every((f) => read.flags.includes(f)) && !scope().speaksOfSelf;
    const theirs = read && !history && !painless && !aside && !inCare && (!own || (own.level === 'check' ? read.level !== 'check' : read.level === 'emergency' || sameForThem)) ? read : null;
    // A writer who has said their own back is ordinary ("mine's only a bit stiff")
    // is not asked the model's unsure question about the other things they told.
    const unsure = !theirs && own?.level === 'check' && this.detector.setsSelfApart(text);
    const redFlag: RedFlagResult | null = unsure ? null : theirs
      ? { ...theirs, subject: 'other_present', pronoun: helper!.pronoun }
      : (own && !apart && this.emergencyOfTheirs(text, own)) || (own && { ...own, subject: 'self' });
    const fears = redFlag ? [] : this.fears(text);
    return { redFlag, worry: !redFlag && (reading.worry >= WORRY_AT || fears.length > 0), ...(fears.length ? { fears } : {}) };
  }

  /**
   * The writer's own reading is an emergency, yet the writer tells no sign of their own: every sign is
   * told of the person they write for, by name or as "she" ("my mother is 60, she can't stand up,
   * legs are not supporting, I am sitting with her"). The emergency is that person's, for the same
   * flags or more ("call 999 for her"); the clauses the writer tells of themself alone raise none.
   * Null when the writer's own clauses raise it too ("my husband is here, I can't pee"): it stays theirs.
   */
  private emergencyOfTheirs(text: string, own: RedFlagResult): RedFlagResult | null {
    if (own.level !== 'emergency') return null;
    const found = this.helpers.read(text);
    if (!found || !this.helpers.speaksOfThem(text, found.pronoun) || this.helpers.speaksOfOwnBack(text)) return null;
    const mine = this.helpers.writersOwnClauses(text);
    if (mine && this.stages.combined(mine, this.model.read(mine))?.level === 'emergency') return null;
    const read = this.stages.combined(found.text, this.model.read(found.text));
    if (read?.level !== 'emergency' || !own.flags.every((f) => read.flags.includes(f))) return null;
    return { ...read, subject: 'other_present', pronoun: found.pronoun };
  }

  /** Causes the message fears or asks about by name ("is it my heart?"), with no sign of them raised. */
  private fears(text: string): string[] {
    const named = this.fearWords?.named(text) ?? [];
    return named.includes(ASKED) ? named.filter((id) => id !== ASKED) : [];
  }

  /** The writer speaks of themself, and not only of someone else's back ("my brother injects ... he's had back pain"). */
  private ownStory(scope: SpanScope): boolean {
    return scope.speaksOfSelf && !this.detector.everyPlace(scope, this.helpers.complaintWords, 'someoneElses');
  }

  /**
   * The scope in which facts the user states are read: the red flags' negation and
   * other-person scope; someone writing for the person in pain is read as that
   * person's words ("asking for my wife, she's pregnant": the answers are for her).
   */
  factScope(text: string): SpanScope {
    return this.detector.scopeOf(this.helpers.read(text)?.text ?? text);
  }

  /** The scope of a message as written (no helper rewording): which words it denies, for matching it to answers. */
  wordScope(text: string): SpanScope {
    return this.detector.scopeOf(text);
  }

  /**
   * The flags the writer explicitly denies ("no tingling", "never had cancer"); none in a
   * message that raises one. `flagRaised`: the turn's screen reading of it, when already
   * made, so the screen is not run again.
   */
  denied(text: string, flagRaised?: boolean): string[] {
    return (flagRaised ?? this.read(text).redFlag !== null) ? [] : this.detector.denied(answersFirst(text));
  }

  /** The words of the signs a message tells and denies (RedFlagDetector.findingWords). */
  findingWords(text: string): { present: string[]; negated: string[] } {
    return this.detector.findingWords(answersFirst(text));
  }

  /**
   * What a message tells of the patient now, for combinations across turns
   * (AcrossTurns): the signs and flags of their own it names, present, and the
   * flags a sign of theirs rules out ("I'm 41": no first episode over 50).
   * `asPatient`: a conversation about someone else, read with their pronouns as the first person.
   */
  toldNow(text: string, asPatient: boolean): { present: string[]; ruledOut: string[] } {
    if (typeof text !== 'string' || !text.trim()) return { present: [], ruledOut: [] };
    const framed = this.helpers.read(text);
    const words = answersFirst(asPatient ? this.helpers.asPatient(text) : framed?.framed ? framed.text : text);
    const reading = this.stages.lexicon(words);
    // As the patient, the helper's own rewording counts too: "my father is 75" tells his age as "I am 75".
    const reworded = asPatient && framed ? this.stages.lexicon(answersFirst(framed.text)) : null;
    const present = [...reading.signs, ...(reading.result?.flags ?? []), ...(reworded?.signs ?? []), ...(reworded?.result?.flags ?? [])];
    return { present: [...new Set(present)], ruledOut: reading.dismissed };
  }

  /**
   * The signs and flags a message tells of the person in pain, in their own words whenever someone
   * writes for them, with a framing phrase or without ("my uncle is 70, he has never had back trouble"):
   * what a check question about them need not ask again.
   */
  toldOfPatient(text: string): string[] {
    if (typeof text !== 'string' || !text.trim()) return [];
    const reading = this.stages.lexicon(answersFirst(this.helpers.read(text)?.text ?? text));
    return [...reading.signs, ...(reading.result?.flags ?? [])];
  }

  /** The flag's `when` combinations in the lexicon (parts found and parts absent). */
  combinations(flag: string): Combination[] {
    return this.detector.combinations(flag);
  }

  /** The flags whose combinations need this sign ("weight_down" is a part of weight loss). */
  flagsWithPart(sign: string): string[] {
    return this.flagIds().filter((f) => this.combinations(f).some((c) => c.all.includes(sign)));
  }

  /** The signs that rule the flag out in the lexicon ("I'm 41" for a first episode over 50). */
  ruledOutBy(flag: string): string[] {
    return this.detector.ruledOutBy(flag);
  }

  /** Who the patient is when someone writes for them ("writing for my mum..."), or null. */
  helperOf(text: string): Pronoun | null {
    return typeof text === 'string' && text.trim() ? (this.helpers.read(text)?.pronoun ?? null) : null;
  }

  /** The person a message names ("my husband"), as their pronoun, or null. */
  personIn(text: string): Pronoun | null {
    return typeof text === 'string' && text.trim() ? this.helpers.personIn(text) : null;
  }

  /** Does the message speak of that person in the present ("he's burning hot now")? */
  speaksOfNow(text: string, pronoun: Pronoun): boolean {
    return typeof text === 'string' && this.helpers.speaksOfNow(text, pronoun);
  }

  /** The message with the patient's pronouns as the first person ("he's on ramipril" -> "i am on ramipril"). */
  patientWords(text: string): string {
    return this.helpers.asPatient(text);
  }

  /** The message with the person named as the first person too ("my wife is pregnant" -> "i am pregnant"): their facts. */
  namedPatientWords(text: string): string {
    return this.helpers.asNamedPatient(text);
  }

  /**
   * A message in a conversation already about someone else (a helper wrote for
   * them earlier): read with their pronouns as the first person, so that "he
   * says 9 and he's gone pale and clammy" is the patient's flag. Only a level
   * that escalates counts: a `check` or nothing adds nothing to the user's own reading.
   */
  readAsPatient(text: string, pronoun: Pronoun): RedFlagResult | null {
    if (typeof text !== 'string' || !text.trim()) return null;
    // Answers said after their items ("numb legs? he says no") are read first, as in read().
    const patient = this.helpers.asPatient(answersFirst(text));
    const read = this.stages.combined(patient, this.model.read(patient));
    return read && read.level !== 'check' ? { ...read, subject: 'other_present', pronoun } : null;
  }

  detect(text: string): RedFlagResult | null {
    return this.read(text).redFlag;
  }

  /**
   * The writer gives, in their own words, an ordinary cause of this flag's signs
   * (knowledge/safety/ordinary-causes.yaml): "I'd been drinking litres" for going more.
   */
  ordinaryCauseGiven(flag: string, text: string): boolean {
    // Not a group's cause (a tight boot for a tingling foot): it explains a guess, never an alarm raised.
    return !!this.causes?.explained(flag, text, this.detector.scopeOf(text), false);
  }

  /** Whether the clinician's lexicon finds the flag in the message, rather than the learned stage alone. */
  names(flag: string, text: string): boolean {
    if (typeof text !== 'string' || !text.trim()) return false;
    return this.stages.lexicon(answersFirst(text)).result?.flags.includes(flag) ?? false;
  }

  /** Flags the message only supposes or asks about ("what if I couldn't pee?"), with nothing raised: their warning goes with the answer. */
  supposed(text: string): string[] {
    // The lexicon alone: a message that raises a flag is escalated before any answer is given.
    const reading = this.stages.lexicon(text);
    if (reading.result) return [];
    // Only the flags a person is told about (component findings such as a nerve symptom have no wording of their own).
    const reportable = new Set(this.detector.flagIds());
    return reading.supposed.filter((id) => reportable.has(id));
  }

  /**
   * Flags a standing alarm's flags (`known`) would make with a sign the message only supposes ("what if I get
   * confused?" after a fever: fever with confusion), by the lexicon's `when` combinations; none when it raises one.
   */
  supposedWith(text: string, known: readonly string[]): string[] {
    const reading = this.stages.lexicon(text);
    if (reading.result) return [];
    const asked = new Set(reading.supposed);
    // A part that must be absent counts only when told (the alarm's, or a sign of the writer's own
    // now): a sign merely supposed beside one is not told. "What if I slipped onto the rug" tells no soft landing.
    const told = (id: string) => known.includes(id) || reading.signs.includes(id);
    const has = (id: string) => asked.has(id) || known.includes(id);
    const made = (combo: Combination) => combo.all.some((id) => asked.has(id)) && combo.all.every(has) && !combo.none.some(told);
    return this.detector.flagIds().filter((flag) => !known.includes(flag) && this.detector.combinations(flag).some(made));
  }

  /** The flag is a fact of the person's history (cancer, osteoporosis, steroids): an everyday cause told explains nothing of it. */
  historyCounts(flag: string): boolean {
    return this.detector.historyCounts(flag);
  }

  level(flag: string): 'emergency' | 'urgent' {
    if (this.detector.flagIds().includes(flag)) return this.detector.level(flag);
    const level = this.wording.get(flag).level;
    if (!level) throw new Error(`flag-wording.yaml: red flag "${flag}" is not in red-flags.yaml, so it needs a level`);
    return level;
  }

  describe(flag: string): string {
    return this.detector.flagIds().includes(flag) ? this.detector.describe(flag) : (this.wording.get(flag).description ?? flag);
  }

  reason(flag: string): string {
    return this.detector.flagIds().includes(flag) ? this.detector.reason(flag) : (this.wording.get(flag).reason ?? '');
  }

  /** The check question for a flag ("Just to check: ..."). */
  question(flag: string, told: readonly string[] = []): string {
    const words = this.wording.get(flag);
    // "she is 79" told: only the rest is asked ("is this the first time ..."), never the age again.
    const part = Object.keys(words.known ?? {}).find((id) => told.includes(id));
    return part ? words.known![part]! : words.question;
  }

  /** Why a flag matters, in one plain sentence. */
  explain(flag: string): string {
    return this.wording.get(flag).explain;
  }

  /** The flag's own note for an everyday cause told after its same-day alarm; undefined when it has none. */
  explainedNote(flag: string): string | undefined {
    return this.wording.has(flag) ? this.wording.get(flag).explainedNote : undefined;
  }

  /** The calm note of a flag the notes say not to alarm about; undefined for any other flag. */
  calm(flag: string): CalmNote | undefined {
    return this.wording.has(flag) ? this.wording.get(flag).calm : undefined;
  }

  /**
   * An alarm raised only for both legs, and a text that names exactly one side or leg
   * ("only the left one, the right's fine"): the both-legs sign is narrowed away.
   */
  narrowsToOneSide(flags: readonly string[], text: string): boolean {
    const sided = this.oneSide?.flags() ?? [];
    return flags.length > 0 && flags.every((f) => sided.includes(f)) && !!this.oneSide?.named(text);
  }
}
