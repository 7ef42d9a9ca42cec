import { stem as porterStem } from 'natural/lib/natural/stemmers/porter_stemmer';
import { clauses, findPhrase, isJoiner, isWholeNumber, phraseAt } from '../language';
import { readYamlFile } from '../util/yamlFile';
import { isObject } from '../util/isObject';
import { EVIDENCE_LEVELS, EvidenceLevel, KnowledgeValidationError } from './knowledgeBase';
import type { WordsOf } from './answerText';
import { MAX_ANSWER_WORDS, type Passage, type Reference } from './passages';

/** The topic an activity answer is filed under (for follow-ups and "what next") when no passage of its own says which. */
const ACTIVITY_TOPIC = 'rest-or-activity';
/** Words allowed between an asking frame and the activity ("can I STILL GO TO MY USUAL class"): anything else breaks the link. */
const MAX_GAP = 4;

interface Group {
  id: string;
  opening: string;
  answer: string;
  withMedicine: boolean;
  /** Existing passages that already answer it. */
  passages: string[];
  sources: Reference[];
  evidence: EvidenceLevel;
}

interface Activity {
  id: string;
  name: string;
  group: Group;
  /** Its own passage, if it has one besides the group's. */
  own?: string;
  /** Existing passages that answer this activity alone ("lift your child": the child-carrying passage). */
  passages: string[];
  /** Each phrase as stems. */
  phrases: string[][];
  /** The cautions the person's facts may add to its answer (`lying-on-back` for pilates in pregnancy). */
  tags: string[];
  /** Words (as written, not stems: "one" stems to "on") after its word that make the word mean something else: "run THE forklift" operates a machine, it is no jog. */
  notBefore: ReadonlySet<string>;
  /** A daily duty ("a toddler to pick up"): told in a first message, it is what the person has to manage, with or without a day named. */
  ongoing: boolean;
  /**
   * Words (as stems) the message must hold for this reading of its words ("bowl" by a fast bowler is cricket, not
   * lawn bowls): when one is there, this activity wins over another read from the same words.
   */
  onlyWith: string[][];
}

/** The words that make a first message's activity something ahead (a day, "need to be back"), and those that make it the story of how it happened. */
/** Where an activity is done: a place that is itself an activity is what is asked about ("sit in the hot tub"); idioms are no activity ("in a row"). */
interface PlaceWords {
  places: ReadonlySet<string>;
  idioms: readonly string[][];
}

interface StoryCues {
  plans: readonly string[][];
  causes: readonly string[][];
}

/** What an everyday-activity question asked about, and the answer passage for it. */
export interface ActivityMatch {
  activity: string;
  passage: Passage;
  withMedicine: boolean;
  /** Passages that answer it as well, when the usual reading picks one of them. */
  covered: ReadonlySet<string>;
  /** The passage written for this activity alone (a child to lift), which answers it better than its group's (lifting in general). */
  own?: string;
}

const stem = (w: string) => porterStem(w);

/**
 * knowledge/everyday-activities.yaml: "can I drive?", "is a hot tub ok?",
 * "what about golf?" answered by the activity's group, with a first sentence
 * that names the activity. An activity counts only where the message asks
 * about it: after an asking frame in the same clause, with only filler words
 * between, or before a verdict word ("is driving ok"). "Should I use ice
 * after lifting?" asks about ice, not lifting.
 */
export class EverydayActivities {
  private readonly passages = new Map<string, Passage>();
  /** The activity each answer named as asked belongs to: "yoga" and "asanas" are two names of one answer. */
  private readonly activityOf = new Map<string, Activity>();

  private constructor(
    private readonly activities: readonly Activity[],
    private readonly frames: readonly string[][],
    private readonly verdicts: readonly string[][],
    private readonly fillers: ReadonlySet<string>,
    private readonly goAhead: readonly string[][],
    /** Words after an activity word that make it name something else ("sports massage"). */
    private readonly notBefore: ReadonlySet<string>,
    private readonly words: WordsOf,
    private readonly file: string,
    /** Frames that ask only at a clause's start ("keep shearing?"). */
    private readonly startFrames: readonly string[][] = [],
    private readonly topicOf: (passageId: string) => string | undefined = () => undefined,
    private readonly story: StoryCues = { plans: [], causes: [] },
    private readonly where: PlaceWords = { places: new Set(), idioms: [] },
  ) {
    for (const a of activities) {
      // A name with {word} is checked with the longest of its phrases in it.
      const longest = a.phrases.map((p) => p.join(' ')).reduce((x, y) => (y.length > x.length ? y : x));
      const passage = this.passageFor(a, longest);
      const count = passage.answer.split(' ').length;
      if (count > MAX_ANSWER_WORDS) throw new KnowledgeValidationError(file, `activities.${a.id}`, `answer has ${count} words; at most ${MAX_ANSWER_WORDS}`);
    }
  }

  /** The answer for an activity, named as asked ("play hockey" for "play {word}"); kept by id for "tell me more" and "sources?". */
  private passageFor(a: Activity, word: string): Passage {
    const name = a.name.replace('{word}', word);
    const id = a.name.includes('{word}') ? `${a.id}-${word.replace(/[^a-z0-9]+/g, '-')}` : a.id;
    const known = this.passages.get(id);
    if (known) return known;
    this.activityOf.set(id, a);
    const passage: Passage = {
      id,
      // Filed under the topic of the passages that answer it too ("a bath": heat), so that a
      // follow-up ("how long can I stay in?") is read against that topic, not the pain's course.
      topic: a.passages.map(this.topicOf).find((t): t is string => Boolean(t)) ?? ACTIVITY_TOPIC,
      question: `Can I ${name}?`,
      examples: [],
      answer: `${a.group.opening.replace('{activity}', name)} ${a.group.answer}`,
      tags: a.tags,
      next: [],
      sources: a.group.sources,
      evidence: a.group.evidence,
      file: this.file,
    };
    this.passages.set(id, passage);
    return passage;
  }

  static fromFile(file: string, words: WordsOf, references: ReadonlyMap<string, Reference>, placeholders: ReadonlySet<string>, topicOf?: (passageId: string) => string | undefined): EverydayActivities {
    const fail = (field: string, problem: string): never => {
      throw new KnowledgeValidationError(file, field, problem);
    };
    const data = readYamlFile(file);
    if (!isObject(data)) return fail('(top level)', 'must be a mapping');
    const phrases = (field: string, v: unknown): string[] => {
      if (!Array.isArray(v) || v.length === 0 || v.some((s) => typeof s !== 'string' || !s.trim())) return fail(field, 'must be a non-empty list of phrases');
      return v as string[];
    };
    const asStems = (p: string) => words(p).map(stem);
    // A phrase with no words would match anywhere: each must have at least one.
    const stemmed = (field: string, v: unknown): string[][] =>
      phrases(field, v).map((p, j) => {
        const s = asStems(p);
        return s.length > 0 ? s : fail(`${field}[${j}]`, 'must have a word');
      });
    const text = (field: string, v: unknown): string => {
      if (typeof v !== 'string' || !v.trim()) return fail(field, 'must be a non-empty string');
      const t = v.replace(/\s+/g, ' ').trim();
      for (const [, name] of t.matchAll(/\{(\w+)\}/g)) if (name !== 'activity' && name !== 'word' && !placeholders.has(name!)) fail(field, `uses unknown placeholder {${name}}`);
      return t;
    };
    if (!Array.isArray(data.groups)) return fail('groups', 'must be a list');
    const groups = new Map<string, Group>();
    data.groups.forEach((raw: unknown, i: number) => {
      const g = isObject(raw) ? raw : fail(`groups[${i}]`, 'must be a mapping');
      const id = text(`groups[${i}].id`, g.id);
      const opening = text(`groups[${i}].opening`, g.opening);
      if (!opening.includes('{activity}')) fail(`groups[${i}].opening`, 'must name the activity ({activity})');
      const evidence = g.evidence;
      if (typeof evidence !== 'string' || !(EVIDENCE_LEVELS as readonly string[]).includes(evidence)) fail(`groups[${i}].evidence`, `must be one of ${EVIDENCE_LEVELS.join(', ')}`);
      const sources = phrases(`groups[${i}].sources`, g.sources).map((k) => references.get(k) ?? fail(`groups[${i}].sources`, `names unknown source "${k}"`));
      groups.set(id, { id, opening, answer: text(`groups[${i}].answer`, g.answer), withMedicine: g.withMedicine === true, passages: g.passages === undefined ? [] : phrases(`groups[${i}].passages`, g.passages), sources, evidence: evidence as EvidenceLevel });
    });
    if (!Array.isArray(data.activities)) return fail('activities', 'must be a list');
    const activities = data.activities.map((raw: unknown, i: number): Activity => {
      const a = isObject(raw) ? raw : fail(`activities[${i}]`, 'must be a mapping');
      const name = text(`activities[${i}].name`, a.name);
      const group = groups.get(String(a.group)) ?? fail(`activities[${i}].group`, `names unknown group "${String(a.group)}"`);
      const id = `activity-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
      const own = a.passages === undefined ? [] : phrases(`activities[${i}].passages`, a.passages);
      const tags = a.tags === undefined ? [] : phrases(`activities[${i}].tags`, a.tags);
      const notBefore = new Set(a.notBefore === undefined ? [] : phrases(`activities[${i}].notBefore`, a.notBefore).flatMap((p) => words(p)));
      const onlyWith = a.onlyWith === undefined ? [] : stemmed(`activities[${i}].onlyWith`, a.onlyWith);
      return { id, name, group, ...(own.length ? { own: own[0] } : {}), passages: [...group.passages, ...own], phrases: stemmed(`activities[${i}].words`, a.words), tags, notBefore, ongoing: a.ongoing === true, onlyWith };
    });
    return new EverydayActivities(
      activities,
      stemmed('frames', data.frames),
      stemmed('verdicts', data.verdicts),
      new Set(phrases('fillers', data.fillers).flatMap(asStems)),
      stemmed('goAhead', data.goAhead),
      new Set(data.notBefore === undefined ? [] : phrases('notBefore', data.notBefore).flatMap(asStems)),
      words,
      file,
      data.startFrames === undefined ? [] : phrases('startFrames', data.startFrames).map(asStems),
      topicOf,
      { plans: data.planCues === undefined ? [] : stemmed('planCues', data.planCues), causes: data.causeCues === undefined ? [] : stemmed('causeCues', data.causeCues) },
      { places: new Set(data.places === undefined ? [] : phrases('places', data.places).flatMap((p) => words(p))), idioms: data.idioms === undefined ? [] : stemmed('idioms', data.idioms) },
    );
  }

  /** Passage ids the groups name, to be checked against the library at start-up. */
  get referencedPassages(): string[] {
    return [...new Set(this.activities.flatMap((a) => a.passages))];
  }

  /** An activity answer's passage, by id (for "tell me more" and "sources?" after it; one named as asked exists once asked). */
  get(id: string): Passage | undefined {
    return this.passages.get(id);
  }

  /** Two answers are one activity's, named differently ("can I do yoga? which asanas?"): the same answer twice. */
  sameActivity(a: string, b: string): boolean {
    const activity = this.activityOf.get(a);
    return activity !== undefined && activity === this.activityOf.get(b);
  }

  /** The activity a message asks about, if it asks about one. */
  match(text: string): ActivityMatch | undefined {
    return this.find(text, true);
  }

  /**
   * The activity a message names anywhere, asked about or not: for a short remark in a
   * conversation that tells of a plan ("long shifts on a digger this week"), which asks
   * whether the plan is still on.
   */
  mentioned(text: string): ActivityMatch | undefined {
    return this.find(text, false);
  }

  /**
   * The activity a first message's story has ahead of the person ("back in spasm, netball Saturday", "need to be
   * back at work Monday") or as a daily duty ("a toddler who wants carrying"): what they need to manage, which the
   * answer speaks to. Not the activity that caused it ("hurt it lifting at work"): a clause telling how it happened
   * does not count, and without a day or need named nothing lies ahead. `duties: false`: a day or need named only.
   */
  planned(text: string, duties = true): ActivityMatch | undefined {
    const clauses = this.clauses(text).map((c) => c.map(stem));
    const has = (w: readonly string[], cues: readonly string[][]) => cues.some((c) => findPhrase(w, c).length > 0);
    const ahead = clauses.some((w) => has(w, this.story.plans));
    const story = (clause: number) => has(clauses[clause] ?? [], this.story.causes);
    return this.find(text, (hit) => !story(hit.clause) && ((duties && hit.activity.ongoing) || ahead), (hit) => (hit.activity.ongoing ? 2 : 0) + hit.clause / 100);
  }

  /** The activity a text names outside any clause telling how the pain happened: "I drive trucks", not "hurt it lifting a pot". */
  besidesCause(text: string): ActivityMatch | undefined {
    const clauses = this.clauses(text).map((c) => c.map(stem));
    const story = (clause: number) => this.story.causes.some((c) => findPhrase(clauses[clause] ?? [], c).length > 0);
    return this.find(text, (hit) => !story(hit.clause));
  }

  /**
   * The text without its clauses telling how the pain happened ("done his back in lifting the turf"), keeping those `keep` says
   * to (the asking clause); undefined when no clause tells it, or every clause does. A cause names an activity: "my back is
   * very hurting" has a cue's word but tells no cause.
   */
  withoutCauses(text: string, keep: (clause: string) => boolean): string | undefined {
    const all = clauses(text, { breakingWords: ['turns'], colonEnds: true });
    const told = (c: string) => !keep(c) && this.story.causes.some((cue) => findPhrase(this.words(c).map(stem), cue).length > 0) && this.mentioned(c) !== undefined;
    const rest = all.filter((c) => !told(c));
    return rest.length && rest.length < all.length ? rest.join(', ') : undefined;
  }

  /** The message's clauses (split at punctuation and "but"), each as its written words: how `find` and `planned` number them alike. */
  private clauses(text: string): string[][] {
    return clauses(text, { breakingWords: ['turns'], colonEnds: true }).map((c) => this.words(c));
  }

  private find(text: string, mode: boolean | ((hit: { activity: Activity; clause: number }) => boolean), rank?: (hit: { activity: Activity; clause: number }) => number): ActivityMatch | undefined {
    const mustAsk = mode === true;
    type Hit = { activity: Activity; length: number; word: string; clause: number; at: number };
    let best: Hit | undefined;
    const hits: Hit[] = [];
    const written = this.clauses(text);
    const clauses = written.map((c) => c.map(stem));
    const asksGoAhead = (c: readonly string[] | undefined) => Boolean(c && this.goAhead.some((g) => g.length === c.length && g.every((x, j) => c[j] === x)));
    const story = (c: readonly string[]) => this.story.causes.some((cue) => findPhrase(c, cue).length > 0);
    // "yoga tomorrow, should I go?": the whole clause before a go-ahead question is asked about; a clause between them
    // telling how it happened ("hockey Sunday, sore from shovelling, play or skip?") is passed over for the plan before it.
    const goAheadOn = new Set(clauses.flatMap((_, j) => {
      if (!asksGoAhead(clauses[j])) return [];
      let i = j - 1;
      while (i > 0 && story(clauses[i]!)) i--;
      return i >= 0 && !story(clauses[i]!) ? [i] : [j - 1];
    }));
    // An activity read only beside its own words (onlyWith) needs one of them somewhere in the message.
    const said = (phrase: readonly string[]) => clauses.some((c) => findPhrase(c, phrase).length > 0);
    const readable = (activity: Activity) => !activity.onlyWith.length || activity.onlyWith.some(said);
    clauses.forEach((w, i) => {
      const goAhead = goAheadOn.has(i);
      const framed = [...this.frames, ...this.startFrames].filter((f) => f.length > 1).flatMap((f) => findPhrase(w, f).map((p) => [p, p + f.length] as const));
      const idioms = this.where.idioms.flatMap((f) => findPhrase(w, f).map((p) => [p, p + f.length] as const));
      const inFrame = (at: number) => [...framed, ...idioms].some(([from, to]) => at >= from && at < to);
      for (const activity of this.activities) {
        if (!readable(activity)) continue;
        for (const phrase of activity.phrases) {
          for (const at of findPhrase(w, phrase)) {
            if (this.notBefore.has(w[at + phrase.length] ?? '') || activity.notBefore.has(written[i]![at + phrase.length] ?? '')) continue;
            // A frame's own words are not the activity ("carry on with yoga" does not ask about carrying).
            if (inFrame(at)) continue;
            const hit = { activity, length: phrase.length, word: written[i]!.slice(at, at + phrase.length).join(' '), clause: i, at };
            hits.push(hit);
            if (mustAsk && !goAhead && !this.asked(w, at, phrase.length)) continue;
            if (typeof mode === 'function' && !mode(hit)) continue;
            // A story's later clause (what lies ahead) and a daily duty outrank a longer word earlier on.
            const better = rank && best ? rank(hit) - rank(best) : 0;
            // The same words read beside their own context words (a fast bowler's "bowl") outrank their everyday reading.
            const inContext = better === 0 && phrase.length === best?.length && activity.onlyWith.length > 0 && !best.activity.onlyWith.length;
            if (!best || better > 0 || (better === 0 && phrase.length > best.length) || inContext) best = hit;
          }
        }
      }
    });
    if (!best) return undefined;
    best = this.placeOf(best, hits, written) ?? best;
    const { activity } = best;
    // "is yoga or pilates ok?": both, named as one answer, when they share a group and stand side by side.
    const b = best;
    const pair = hits.find((h) => h.clause === b.clause && h.activity.group === b.activity.group && h.activity.name === b.activity.name && h.word !== b.word && Math.abs(h.at - b.at) === (h.at < b.at ? h.length : b.length) + 1 && isJoiner(written[b.clause]![Math.min(h.at + h.length, b.at + b.length)] ?? ''));
    const word = pair ? [pair, b].sort((x, y) => x.at - y.at).map((h) => h.word).join(' or ') : best.word;
    const passage = this.passageFor(activity, word);
    return { activity: passage.question, passage, withMedicine: activity.group.withMedicine, covered: new Set(activity.passages), ...(activity.own ? { own: activity.own } : {}) };
  }

  /** The place the activity is done in, when that is an activity of another group ("sit in the hot tub": the hot tub). */
  private placeOf<H extends { activity: Activity; length: number; clause: number; at: number }>(best: H, hits: readonly H[], written: readonly string[][]): H | undefined {
    const clause = written[best.clause] ?? [];
    const end = best.at + best.length;
    if (!this.where.places.has(clause[end] ?? '')) return undefined;
    // Only a word like "the" or "my" between the place word and the place.
    return hits.find((h) => h.clause === best.clause && h.activity.group !== best.activity.group && h.at > end && h.at - end <= 2 && clause.slice(end + 1, h.at).every((x) => this.fillers.has(stem(x))));
  }

  /** A frame ends shortly before the activity with only fillers between, or a verdict follows it. */
  private asked(w: readonly string[], at: number, length: number): boolean {
    const frames = [...this.frames.map((frame) => ({ frame, starts: findPhrase(w, frame) })), ...this.startFrames.map((frame) => ({ frame, starts: findPhrase(w, frame).filter((p) => p === 0) }))];
    for (const { frame, starts } of frames) {
      for (const start of starts) {
        const end = start + frame.length;
        if (end > at || at - end > MAX_GAP) continue;
        // A number is a filler too: "I've got a 9 hour drive".
        if (w.slice(end, at).every((x) => this.fillers.has(x) || isWholeNumber(x))) return true;
      }
    }
    const after = at + length;
    return this.verdicts.some((v) => {
      for (let gap = 0; gap <= 1; gap++) {
        if (gap === 1 && !this.fillers.has(w[after] ?? '')) continue;
        if (phraseAt(w, v, after + gap)) return true;
      }
      return false;
    });
  }
}
