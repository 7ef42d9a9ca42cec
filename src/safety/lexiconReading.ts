/**
 * What the red-flag lexicon (redFlagDetector.ts) makes of one message: the flags it found,
 * and the parts of the message the learned stage (screenStages.ts) reads instead of the whole;
 * readParsed weighs the phrases found against their scope to make it. Apart from the detector,
 * which loads the lexicon and parses the message.
 */
import { SENTENCE_END } from '../language';
import type { Scope } from './contextScope';
import type { SetAsideScope } from './contextData';
import { combinedResult } from './flagCombinations';
import { denyRepeatedFrames } from './denialList';
import type { Doc, Match } from './phraseSet';
import type { EntryDef, RedFlagLevel } from './redFlagData';

/** What the lexicon made of a message: its findings, and the flags it saw the words of but set aside. */
export interface LexiconReading {
  result: RedFlagResult | null;
  dismissed: string[];
  /**
   * A question about red flags in general from someone who says they are fine
   * ("which signs mean A&E? ... I'm fine myself"): only its sentences that speak
   * of the writer, for the learned stage to read ("" when none does). Absent otherwise.
   */
  ownText?: string;
  /**
   * The message without the words of the findings the lexicon set aside (normalised
   * tokens), for the learned stage to read: words already read as negated, someone
   * else's, past or hypothetical are not read again as a different flag ("a car
   * crash in my twenties" is not a bladder "accident"). Absent when nothing was set aside.
   */
  modelText?: string;
  /**
   * The message without its clauses about someone else, when it has some beside the
   * writer's own (normalised tokens): the learned stage's unsure guess must stand on
   * the writer's own words. Absent otherwise.
   */
  selfText?: string;
  /**
   * Flags whose every finding the lexicon dropped (negated, someone else's, past...):
   * the learned stage may ask about them but not escalate them on its own.
   */
  scopedAway: string[];
  /** Of those, the flags whose every finding was someone else's ("my gran has osteoporosis"). */
  othersOnly: string[];
  /** The writer denies every sign at once ("none of the red flags"): the learned stage alone may only ask. */
  deniesAll?: boolean;
  /** Flags only supposed or asked about ("what if it goes down both legs?"): not raised, but the answer says what to do if they happen. */
  supposed: string[];
  /**
   * The writer's own words without the clauses told as a story's ("in the film I watched, the
   * hero ...") or as the distant past ("when I was 21 I had ..."), and without the words set
   * aside for modelText. Absent when the message has no such clause.
   */
  nowText?: string;
  /** nowText with the distant past kept: only a story's clauses left out (a cancer years ago still counts). */
  storyless?: string;
  /** Signs found in the writer's own scope (not negated, someone else's, past or supposed). */
  signs: string[];
  /** Words the writer says are fine now ("legs okay"): see Scope.deniedSubjects. Absent when none. */
  deniedAreas?: string[];
  /**
   * The writer's own words without the findings they deny, and how many findings that
   * is, when they deny any ("no fever, no numbness, ..."): a checklist gone through.
   */
  withoutDenials?: { text: string; count: number };
  /**
   * `withoutDenials` with the later items of a list that repeats its frame denied too ("no problem
   * passing urine, no problem holding it"), when there are any: only for a guess of a flag the list denies.
   */
  withoutListed?: { text: string; count: number };
  /**
   * The message without the words of the writer's own signs the learned stage misreads
   * (red-flags.yaml `hiddenFromModel`: "I'm 39" read as degrees), when it has any.
   */
  withoutHidden?: string;
}

export interface RedFlagResult {
  level: RedFlagLevel;
  /** De-duplicated flag ids, emergency flags first, then in lexicon order. */
  flags: string[];
}

/** A message as the lexicon reads it: its tokens, the context triggers' scope and the phrases found. */
export interface Parsed {
  doc: Doc;
  scope: Scope;
  found: Match<{ entry: EntryDef; except: boolean }>[];
}

/** What readParsed needs of the lexicon: its entries, and which scopes bar the learned stage. */
export interface ReadingLexicon {
  /** Flags then signs, in lexicon order. */
  entries: readonly EntryDef[];
  flagsById: ReadonlyMap<string, EntryDef>;
  /** context.yaml `setAside`: the scopes whose dropped findings bar the learned stage from the same flag. */
  setAsideScopes: ReadonlySet<SetAsideScope>;
}

/**
 * The findings of a parsed message, and the flags whose words it has but the lexicon
 * set aside (negated, someone else's, past, a question in general, a figure
 * of speech): the learned stage must not raise those on the same words.
 */
export function readParsed(parsed: Parsed, lexicon: ReadingLexicon): LexiconReading {
  const { doc, scope, found } = parsed;
  // Exceptions ("hay fever"): per entry, the furthest end of an exception
  // span starting at or before each token.
  const exceptEnd = new Map<EntryDef, Int32Array>();
  for (const m of found) {
    if (!m.payload.except) continue;
    let arr = exceptEnd.get(m.payload.entry);
    if (!arr) exceptEnd.set(m.payload.entry, (arr = new Int32Array(doc.tokens.length + 1).fill(-1)));
    arr[m.start] = Math.max(arr[m.start]!, m.end);
  }
  for (const arr of exceptEnd.values()) for (let i = 1; i < arr.length; i++) arr[i] = Math.max(arr[i]!, arr[i - 1]!);

  const present = new Set<string>();
  const setAside = new Set<string>();
  const masked = new Uint8Array(doc.tokens.length);
  const dropped = new Set<string>();
  const notOthers = new Set<string>();
  const supposedIds = new Set<string>();
  const deniedWords = new Uint8Array(doc.tokens.length);
  const hidden = new Uint8Array(doc.tokens.length);
  let deniedCount = 0;
  // A sign the writer later denies having now, in a clause of their own ("had covid last month
  // with a fever ..., no fever now"): its earlier findings, told with no present word, are told
  // as over ("a fever since yesterday ..., not feverish now after paracetamol" is still a fever).
  // Not a sign whose history counts (an old cancer denied now is still a history).
  const deniedNowAt = new Map<EntryDef, number>();
  for (const m of found) {
    const def = m.payload.entry;
    if (m.payload.except || def.historyCounts || !scope.saidOfNow(m)) continue;
    if (scope.governedBy(m, (cat) => cat === 'negation') && !scope.governedBy(m, (cat) => cat === 'experiencer' || cat === 'hypothetical' || cat === 'general')) deniedNowAt.set(def, Math.max(deniedNowAt.get(def) ?? -1, m.start));
  }
  for (const m of found) {
    const def = m.payload.entry;
    if (m.payload.except) continue;
    const excepted = (exceptEnd.get(m.payload.entry)?.[m.start] ?? -1) >= m.end;
    const deniedNow = (deniedNowAt.get(def) ?? -1) >= m.end && !scope.inPresentClause(m.start);
    const denied = !excepted && (scope.backDenied(m) || deniedNow);
    if (excepted || denied || scope.governs(m, def)) {
      // Denied by a word before it ("no ...", "denies ..."): a denial said after the signs
      // ("..., feel alright otherwise") is sometimes the lexicon's misreading of a real one.
      // So is a checklist item answered no at its colon ("numb groin: none").
      const saidNo = scope.governedBy(m, (cat) => cat === 'negation') || scope.answeredAfterColon(m);
      if (!excepted && saidNo && !scope.governedBy(m, (cat) => cat === 'experiencer' || cat === 'hypothetical' || cat === 'general') && !deniedWords.subarray(m.start, m.end).includes(1)) {
        deniedWords.fill(1, m.start, m.end);
        deniedCount++;
      }
      // A sign that is a flag's words ("wakes me at night") drops that flag with it.
      for (const id of [def.id, ...def.scopeFor]) {
        dropped.add(id);
        if (excepted || denied || !scope.governedBy(m, (cat) => cat === 'experiencer')) notOthers.add(id);
      }
      if (!excepted && !denied && !scope.governedBy(m, (cat) => cat === 'negation' || cat === 'experiencer' || cat === 'historical') && scope.governedBy(m, (cat) => cat === 'hypothetical' || cat === 'general')) supposedIds.add(def.id);
      // A figure of speech, and the scopes listed in context.yaml `setAside`, bar
      // the learned stage from the same flag: the model, reading words without
      // their scope, raised "would numbness round my bottom be bad? I don't have
      // it". The others are less sure than the lexicon's wording and stay the model's
      // (masking negated and other people's findings too lost real emergencies whose
      // scope the lexicon misread). A list of signs answered with a bare "no" is denied
      // outright: the model, reading the list, would name its strongest sign.
      // The words themselves are hidden from the model too, so that it does not raise
      // another flag on them ("a car accident in my twenties" as a bladder "accident").
      // A finding the writer denies after it ("..., they are fine") is denied outright too.
      // A qualifier's words (a sign that rules a flag out) stay the learned stage's to read:
      // "never had back trouble before" is no recurrence, and the model still needs it.
      // So is a figure of speech the writer says is one ("broke my back, not literally").
      if (def.rulesOut.length === 0 && !def.pairPart && (excepted || denied || barsLearnedStage(lexicon.setAsideScopes, scope, m, def) || scope.answeredNoTo(m) || scope.figurative(m))) {
        masked.fill(1, m.start, m.end);
        if (!present.has(def.id)) setAside.add(def.id);
      }
      continue;
    }
    if (def.hiddenFromModel && scope.isOwn(m.start)) hidden.fill(1, m.start, m.end);
    if (present.has(def.id)) continue;
    present.add(def.id);
  }
  // A flag made from a set-aside one ("fever" -> fever_unwell) is set aside with it; a part that
  // must be absent, set aside (denied), takes nothing from the flag.
  for (const def of lexicon.entries) if (def.when.some((combo) => combo.all.some((id) => setAside.has(id)))) setAside.add(def.id);
  // A self-test with a normal result is not read by the learned stage either: "heels
  // and tiptoes to test my legs (fine)" names the test, not a weakness.
  scope.tested.forEach((v, i) => {
    if (v && i < masked.length) masked[i] = 1;
  });
  // Nor the words a figure of speech or a near miss was said of ("about to topple off the
  // stool but steadied myself"): the lexicon may know none of them, and the model reads a fall.
  scope.figured.forEach((v, i) => {
    if (v && i < masked.length) masked[i] = 1;
  });
  // Nor the place a fall or jump came down on ("landed on my feet"): no sign told of the feet.
  scope.landed.forEach((v, i) => {
    if (v && i < masked.length) masked[i] = 1;
  });
  const result = combinedResult(lexicon.entries, lexicon.flagsById, present);
  const own = scope.ownSentences();
  const scopedAway = [...dropped].filter((id) => !present.has(id));
  const othersOnly = scopedAway.filter((id) => !notOthers.has(id));
  const supposed = [...supposedIds].filter((id) => !present.has(id));
  const signs = [...present].filter((id) => !lexicon.flagsById.has(id) && (own === null || found.some((m) => m.payload.entry.id === id && !m.payload.except && scope.isOwn(m.start))));
  // A sign of the writer's own that rules a flag out ("I'm 34", a fall onto the sofa):
  // the learned stage, which cannot weigh an age or a landing, does not raise that flag.
  const ruledOut = lexicon.entries.filter((e) => e.rulesOut.length > 0 && signs.includes(e.id)).flatMap((e) => e.rulesOut);
  const dismissed = [...new Set([...setAside, ...ruledOut])].filter((id) => !present.has(id) && !result?.flags.includes(id));
  const reading: LexiconReading = own === null ? { result, dismissed, scopedAway, othersOnly, supposed, signs } : { result, dismissed, scopedAway, othersOnly, supposed, signs, ownText: own.join(' ') };
  if (scope.deniesAll) reading.deniesAll = true;
  const deniedAreas = scope.deniedSubjects();
  if (deniedAreas.length) reading.deniedAreas = deniedAreas;
  if (scope.othersApart) reading.selfText = doc.tokens.filter((t, i) => SENTENCE_END.has(t) || (scope.isOwn(i) && !masked[i] && !scope.inOthersClause(i))).join(' ');
  const without = (denied: Uint8Array) => doc.tokens.filter((t, i) => scope.isOwn(i) && (!denied[i] || SENTENCE_END.has(t))).join(' ');
  if (deniedCount > 0) reading.withoutDenials = { text: without(deniedWords), count: deniedCount };
  // "no problem passing urine, no problem holding it": the list's later items are denied by its frame.
  const listed = deniedWords.slice();
  const added = deniedCount > 0 ? denyRepeatedFrames(doc.tokens, listed, (i) => scope.isOwn(i), (i) => scope.governedBy({ start: i, end: i + 1 }, (cat) => cat === 'negation')) : 0;
  if (added > 0) reading.withoutListed = { text: without(listed), count: deniedCount + added };
  const apart = doc.tokens.map((t, i) => (SENTENCE_END.has(t) ? null : scope.toldApart(i)));
  if (apart.some((a) => a !== null)) {
    reading.nowText = doc.tokens.filter((t, i) => scope.isOwn(i) && !masked[i] && apart[i] === null).join(' ');
    reading.storyless = doc.tokens.filter((t, i) => scope.isOwn(i) && !masked[i] && apart[i] !== 'story').join(' ');
  }
  if (hidden.includes(1)) reading.withoutHidden = doc.tokens.filter((_t, i) => !hidden[i]).join(' ');
  if (masked.includes(1)) reading.modelText = doc.tokens.filter((t, i) => scope.isOwn(i) && (!masked[i] || SENTENCE_END.has(t))).join(' ');
  return reading;
}

function barsLearnedStage(bars: ReadonlySet<SetAsideScope>, scope: Scope, m: { start: number; end: number }, def: EntryDef): boolean {
  return scope.governedBy(
    m,
    (cat) => {
      if (cat === 'historical' && def.historyCounts) return false;
      return cat === 'postNegation' ? bars.has('negation') : (bars as ReadonlySet<string>).has(cat);
    },
    def.goneIsOver,
  );
}
