/**
 * How RedFlagScreen (redFlagScreen.ts) weighs its stages into one reading of a text:
 * the clinician's lexicon, the learned stage and the concept floor, with the guards
 * that keep the learned stage's guess to what the writer tells of themselves now
 * (check anchors, ordinary causes, denied areas, one leg named, the pain's progress).
 */
import type { CheckAnchors } from './checkAnchors';
import type { ConceptFloor } from './conceptFloor';
import type { LexiconReading, RedFlagDetector } from './redFlagDetector';
import type { ModelReading, RedFlagModel } from './redFlagModel';
import type { PlacedElsewhere } from './placedElsewhere';
import type { OneSide } from './oneSide';
import type { OrdinaryCauses } from './ordinaryCauses';
import { type RedFlagResult, type ScreenOptions, combine } from './screenCombine';
import { everyWayClosed } from './flagCombinations';

/** Findings denied at which the denials are a checklist gone through, not one sign's (see screened). */
const DENIAL_LIST = 2;
/** Findings denied at which even a flag none of them denies is read again without them (see screened). */
const DENIAL_CHECKLIST = 3;
/** Lexicon readings kept by text: a turn reads its message (and a helper's rewording) more than once. */
const READINGS_KEPT = 8;

export class ScreenStages {
  constructor(
    private readonly detector: RedFlagDetector,
    private readonly model: RedFlagModel,
    /** A flag's level (RedFlagScreen.level: the lexicon's, or flag-wording.yaml's). */
    private readonly level: (flag: string) => 'emergency' | 'urgent',
    private readonly checkAnchors: CheckAnchors | null,
    private readonly options: ScreenOptions,
    private readonly causes: OrdinaryCauses | null,
    private readonly floor: ConceptFloor | null,
    private readonly areas: CheckAnchors | null,
    private readonly oneSide: OneSide | null,
    private readonly placed: PlacedElsewhere | null = null,
  ) {
    const lexiconFlags = new Set(detector.flagIds());
    this.rows = new Set(model.categories.filter((c) => !lexiconFlags.has(c)));
  }

  /** The learned stage's rows that the lexicon has no flag for (thoracic pain, cough or sneeze pain). */
  private readonly rows: ReadonlySet<string>;
  /** The last few lexicon readings by text, oldest first: the detector is pure, so one text is read once. */
  private readonly readings = new Map<string, LexiconReading>();

  /** The lexicon's reading of a text, shared by every question asked of the same text. */
  lexicon(text: string): LexiconReading {
    const kept = this.readings.get(text);
    if (kept) return kept;
    const reading = this.detector.read(text);
    if (this.readings.size >= READINGS_KEPT) this.readings.delete(this.readings.keys().next().value!);
    this.readings.set(text, reading);
    return reading;
  }

  /** The lexicon, learned stage and concept floor weighed into one reading of `text`. */
  combined(text: string, reading: ModelReading): RedFlagResult | null {
    const read = this.floored(text, reading);
    // A both-legs sign echoed back as a question, then answered with one side: the answer is read alone.
    const answer = read && this.oneSide && read.flags.every((f) => this.oneSide!.flags().includes(f)) ? this.oneSide.answerAfterEcho(text) : null;
    if (answer) return this.combined(answer, this.model.read(answer));
    // One leg named ("my left leg is numb"): a both-legs guess the lexicon did not make is set aside.
    if (!read || !this.oneSide || this.lexicon(text).result?.flags.some((f) => read.flags.includes(f))) return read;
    const kept = read.flags.filter((f) => !this.oneSide!.flags().includes(f));
    if (kept.length === read.flags.length || !this.oneSide.named(text)) return read;
    return kept.length ? { ...read, level: read.level === 'check' ? 'check' : this.level(kept[0]!), flags: kept } : null;
  }

  /** Lexicon, learned stage and the concept floor. */
  private floored(text: string, reading: ModelReading): RedFlagResult | null {
    const lexicon = this.lexicon(text);
    const read = this.screened(text, reading, lexicon);
    if (!this.floor || lexicon.result || lexicon.deniesAll || lexicon.ownText === '' || read?.level === 'emergency') return read;
    // The floor reads what the model reads: the writer's own clauses, without the words the lexicon set aside.
    const own = lexicon.selfText ?? lexicon.modelText ?? lexicon.ownText ?? text;
    const kept = (flags: string[]) => flags.filter((f) => !lexicon.dismissed.includes(f) && !lexicon.scopedAway.includes(f));
    const floorRead = this.floor.read(own);
    const defined = kept(floorRead.raised);
    if (defined.length) return { level: this.level(defined[0]!), flags: [defined[0]!] };
    // The learned stage's own urgent reading stands: the floor only asks below it.
    if (read?.level === 'urgent') return read;
    const told = kept(floorRead.floors);
    if (!told.length) return read;
    // The learned stage's unsure guess with its composition told is sure (for the flags the file
    // lists under `confirms`) or stays its question; otherwise the floor's
    // first flag is what is asked about (an emergency's question before another flag's).
    if (read && told.includes(read.flags[0]!)) return this.floor.confirms(read.flags[0]!) ? { level: this.level(read.flags[0]!), flags: [...read.flags] } : read;
    return { level: 'check', flags: [told[0]!] };
  }

  /** Lexicon, learned stage and their scoping, without the floor. */
  private screened(text: string, reading: ModelReading, lexicon: LexiconReading): RedFlagResult | null {
    // A general question from someone who is fine: the model reads only what they say of themselves.
    const modelText = lexicon.modelText ?? lexicon.ownText;
    const own = modelText === undefined ? reading : { ...this.model.read(modelText), worry: reading.worry };
    const combined = combine(lexicon.result, own, this.model.thresholds, (f) => this.level(f), lexicon.dismissed, lexicon.scopedAway, lexicon.deniesAll, lexicon.othersOnly);
    // The model's unsure guess is asked about only when the message names a word of
    // that flag's own (check-anchors.yaml): "the ball slipped" is no lump to ask about.
    // The word must be one the model read: one the lexicon set aside as a figure or an everyday
    // thing ("a lump in the mattress") anchors nothing.
    // For an urgent flag, a word the writer denies anchors nothing either
    // ("low down, not between my shoulder blades"); an emergency's question stays the safety net
    // for a denial the lexicon misreads.
    const anchors = (flag: string) => this.checkAnchors!.anchors(flag, lexicon.modelText ?? text) && (this.level(flag) === 'emergency' || this.checkAnchors!.anchorsTold(flag, this.detector.scopeOf(text)));
    // The learned stage's own rows (thoracic pain, cough or sneeze pain) have no lexicon flag to
    // stand beside the guess, so even a sure guess needs a word of the row's own: "slipped in
    // the bathroom" is no straining on the toilet.
    const held = (r: RedFlagResult) => r.level === 'check' || (!lexicon.result && this.rows.has(r.flags[0]!));
    const heldAnchor = combined && held(combined) && this.checkAnchors && !anchors(combined.flags[0]!) ? null : combined;
    // A sure guess of a category held when sure (check-anchors.yaml `heldWhenSure`), from the learned
    // stage alone, with none of its words is set aside like an unsure one: an activity named
    // ("sore from weeks of cycling to work": a vehicle or a sport) is no accident without an event
    // that happened to the body, and asking about one reads as an alarm. An accident the lexicon
    // reads is raised by the lexicon, never here.
    const unanchoredSure = heldAnchor && heldAnchor.level !== 'check' && !lexicon.result && this.checkAnchors?.heldWhenSure(heldAnchor.flags[0]!) && !anchors(heldAnchor.flags[0]!);
    const sureOrHeld: RedFlagResult | null = unanchoredSure ? null : heldAnchor;
    // A sure emergency guess from the learned stage alone whose only words of the row say where
    // it hurts ("neck and upper back" read as a heart attack) is asked about, never raised.
    const anchored: RedFlagResult | null =
      sureOrHeld && sureOrHeld.level === 'emergency' && !lexicon.result && this.checkAnchors?.askedWhenOnly(sureOrHeld.flags[0]!, lexicon.modelText ?? text) ? { ...sureOrHeld, level: 'check' } : sureOrHeld;
    // Nor when it stands on someone else's clauses: "my horse fell at a jump, ... my back
    // aches" is asked about only if the writer's own clauses still look like the flag.
    const selfRead = anchored?.level === 'check' && !lexicon.result && lexicon.selfText !== undefined ? this.selfCheck(anchored, lexicon, reading) : anchored;
    const read = selfRead?.unanchored ? this.beyondProgress(selfRead, text, reading) : selfRead;
    // A sign named after one of the learned stage's rows ("between my shoulder blades",
    // "worse when I sneeze"), read by the lexicon in the writer's own scope, raises that
    // row when the model alone would not: the model's reading of the same words is lost
    // to a negated aside ("..., no injury").
    // The model alone raised a flag whose every word the lexicon set aside (someone else's,
    // denied) in a message where the writer sets their own back apart ("a cousin had a heart
    // attack ... no chest pain, mine is just muscle"): the model read the story, not the writer.
    if (read && !lexicon.result && lexicon.scopedAway.includes(read.flags[0]!) && this.detector.setsSelfApart(text)) return null;
    // Likewise when the lexicon knew none of the story's words (a character on screen with
    // a rare illness): with the writer's back set apart, the flag must still hold, at least
    // as a `check`, on the writer's own clauses.
    if (read && !lexicon.result && lexicon.selfText !== undefined && this.detector.setsSelfApart(text) && !this.selfCheck(read, lexicon, reading)) return null;
    // The learned stage alone read a flag whose words the lexicon found and set aside (denied,
    // someone else's, supposed), and the model's own reading has that flag's concept words only
    // inside a negation, supposition or other-person scope: both stages read the sign as not
    // told of the writer now ("no trouble passing water"). The guess is asked about, not raised:
    // a lexicon misreading ("never know when it will leak") still gets its question. A concept
    // told plainly keeps the guess as it is.
    if (read && read.level !== 'check' && !lexicon.result && own.asserted === false && lexicon.scopedAway.includes(read.flags[0]!)) return { level: 'check', flags: [read.flags[0]!] };
    // The writer names an ordinary cause of the sign ("peeing loads, but I've been drinking
    // litres of water"): the model's clause-by-clause guess must hold elsewhere in the message,
    // or on the cause's sentence read whole, sign and reason together. The lexicon's own
    // findings are never explained away here.
    const explained = read && !lexicon.result ? this.causes?.explained(read.flags[0]!, text, this.detector.scopeOf(text)) : null;
    if (read && explained && (explained.unnamed || !this.holdsExplained(read, explained, reading, lexicon))) return null;
    // The writer says the flag's own part of the body is fine now ("legs okay, only back"):
    // the learned stage's guess read the back's words as that part's. Not a lexicon finding.
    if (read && !lexicon.result && this.areaDenied(read.flags[0]!, lexicon)) return null;
    // A row about where the pain is, the writer placing it elsewhere ("low in the middle of my
    // back" is no pain high in the back): the guess read the place's words as the row's.
    if (read && !lexicon.result && !lexicon.signs.includes(read.flags[0]!) && this.placed?.placedAway(read.flags[0]!, this.detector.scopeOf(text))) return this.rowSign(lexicon);
    // A denial that runs over a checklist of signs ("no fever, nothing down below, bladder
    // fine"): the learned stage read the denied words as signs. Its guess of one of the denied
    // flags must hold on the writer's words without them. Not for one denial alone: the lexicon
    // misreads some ("not able to control ..."), and then the model is the safety net.
    const denials = lexicon.withoutDenials;
    // A combined flag (fever with feeling very unwell) counts as denied when every one of its
    // combinations has a part the writer denied ("no fever").
    const deniedFlag = (f: string) => lexicon.scopedAway.includes(f) || this.deniedCombination(f, lexicon);
    if (read && !lexicon.result && denials && denials.count >= DENIAL_LIST && deniedFlag(read.flags[0]!) && !lexicon.othersOnly.includes(read.flags[0]!) && !this.holdsOn(read, denials.text, reading)) return null;
    // A longer checklist of denials ("no blood, no burning, no fever, not in waves") beside a plain ache:
    // the list's words pull the learned stage's unsure guess of an urgent flag none of them denies
    // (a constant ache read as pain at night). The question stands only if the guess holds on the writer's
    // words without the denials. Not a sure guess, nor an emergency's question: those stay the safety net.
    if (read?.level === 'check' && !lexicon.result && denials && denials.count >= DENIAL_CHECKLIST && this.level(read.flags[0]!) === 'urgent' && !this.holdsOn(read, denials.text, reading)) return null;
    // The learned stage alone read a flag in a message that tells a story or the distant past
    // beside the writer's present ("when I was 21 I had a chest infection ... I'm 30 now and it
    // is from the gym"; "in the show a man's aorta tore ..., my back is stiff"): the lexicon sets
    // such clauses' findings aside, and the guess must hold on the rest. Only an emergency
    // guess leaves the past out: an urgent one may be a history that still counts, read under
    // another flag's name ("had the lump in my breast taken out ... 3 yrs ago" read as a first
    // episode), and a fiction is no one's history.
    const rest = read && this.level(read.flags[0]!) === 'emergency' && !this.detector.historyCounts(read.flags[0]!) ? lexicon.nowText : lexicon.storyless;
    if (read && !lexicon.result && rest !== undefined && !this.holdsOn(read, rest, reading, lexicon)) return null;
    // An urgent guess whose history does not count, every word of its own (check-anchors.yaml) told
    // in the distant past ("in my twenties I lost weight from glandular fever; I'm 39 now, back tight
    // from boxing"): the sign is not told of now. A flag whose history counts stays as it is, and so
    // does any guess beside a history that counts set aside ("my dad had cancer ...": the guess may be its question).
    if (read && !lexicon.result && lexicon.nowText !== undefined && this.pastOnly(read.flags[0]!, lexicon.nowText) && !this.historyTold(lexicon)) return null;
    // A guess of a flag a thermometer answers, where the writer told their age ("I'm 39, this
    // has happened before"): the number the learned stage read as degrees is the age, so the
    // guess must hold without it. A temperature told in words beside the age still holds.
    if (read && !lexicon.result && lexicon.withoutHidden !== undefined && this.checkAnchors?.measured(read.flags[0]!) && !this.holdsOn(read, lexicon.withoutHidden, reading, lexicon)) return null;
    if (read && read.level !== 'check') return read;
    // An unsure guess of a flag a thermometer answers (check-anchors.yaml `measured`), the
    // writer telling only normal readings ("36.7 both times"): the question is answered already.
    if (read && !lexicon.result && this.checkAnchors?.measured(read.flags[0]!) && this.detector.normalReadingsOnly(text)) return this.rowSign(lexicon);
    return this.rowSign(lexicon) ?? read;
  }

  /** The lexicon set aside a finding of a flag whose history counts (a cancer, someone's or long ago). */
  private historyTold(lexicon: LexiconReading): boolean {
    return [...lexicon.scopedAway, ...lexicon.dismissed].some((f) => this.detector.historyCounts(f));
  }

  /** An urgent flag held to its own words whose history does not count, with none of them in the writer's present words. */
  private pastOnly(flag: string, nowText: string): boolean {
    return this.level(flag) === 'urgent' && !!this.checkAnchors?.listed().includes(flag) && !this.detector.historyCounts(flag) && !this.checkAnchors.anchors(flag, nowText);
  }

  /** The learned stage's row that the lexicon read as a sign in the writer's own scope, raised at its level. */
  private rowSign(lexicon: LexiconReading): RedFlagResult | null {
    const row = lexicon.signs.find((id) => this.rows.has(id));
    return row ? { level: this.level(row), flags: [row] } : null;
  }

  /**
   * Every combination that makes up `flag` is closed: a part it needs the lexicon set aside and none
   * of it found ("no fever" for fever with feeling unwell), or a part it must go without told by the
   * writer as their own (a fall at 70 told as a slip onto the rug).
   */
  private deniedCombination(flag: string, lexicon: LexiconReading): boolean {
    const denied = (p: string) => lexicon.scopedAway.includes(p) && !lexicon.othersOnly.includes(p);
    return everyWayClosed(this.detector.combinations(flag), denied, (p) => lexicon.signs.includes(p));
  }

  /** The writer says the part of the body the flag is about is fine now (flag-areas.yaml). */
  private areaDenied(flag: string, lexicon: LexiconReading): boolean {
    if (!this.areas || !lexicon.deniedAreas || !this.areas.listed().includes(flag)) return false;
    return this.areas.anchors(flag, lexicon.deniedAreas.join(' , '));
  }

  /** The learned stage's unsure guess, read again on the writer's own clauses only: kept when it still holds there. */
  private selfCheck(check: RedFlagResult, lexicon: LexiconReading, reading: ModelReading): RedFlagResult | null {
    return this.holdsOn(check, lexicon.selfText!, reading, lexicon);
  }

  /** The guess read again on `part` of the message (with the lexicon's set-asides when given): kept when its flag still leads there. */
  private holdsOn(check: RedFlagResult, part: string, reading: ModelReading, lexicon?: LexiconReading): RedFlagResult | null {
    const again = combine(null, { ...this.model.read(part), worry: reading.worry }, this.model.thresholds, (f) => this.level(f), lexicon?.dismissed, lexicon?.scopedAway, lexicon?.deniesAll, lexicon?.othersOnly);
    return again && again.flags[0] === check.flags[0] ? check : null;
  }

  /** The guess holds outside the sentences that explain it, or on one of them read whole (not clause by clause). */
  private holdsExplained(read: RedFlagResult, explained: { sentences: string[]; rest: string }, reading: ModelReading, lexicon: LexiconReading): boolean {
    if (explained.rest.trim() && this.holdsOn(read, explained.rest, reading, lexicon)) return true;
    return explained.sentences.some((sentence) => {
      const whole = combine(null, { ...this.model.readWhole(sentence), worry: reading.worry }, this.model.thresholds, (f) => this.level(f), lexicon.dismissed, lexicon.scopedAway, lexicon.deniesAll, lexicon.othersOnly);
      return whole?.flags[0] === read.flags[0];
    });
  }

  /**
   * A guess read from none of the flag's own words, read again without the message's report
   * of the pain's progress: kept only when it still holds there. "Its not really getting
   * better" is how the pain goes, no sign that something cannot be done.
   */
  private beyondProgress(check: RedFlagResult, text: string, reading: ModelReading): RedFlagResult | null {
    const rest = this.options.withoutProgress?.(text);
    if (rest === undefined) return check;
    if (!rest.trim()) return null;
    return this.holdsOn(check, rest, reading);
  }
}
