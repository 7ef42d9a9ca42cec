/**
 * Reading and validating the context triggers (knowledge/safety/context.yaml): the word lists that set a finding
 * aside (negation, hypothetical, another person, the past) and the windows they reach; apart from the lexicon's reader
 * because it is a file of its own with its own shape.
 */

import { readAgeThen, type AgeThenDef } from './ageThen';
import { asObject, asStrings, fail } from './dataChecks';
import type { TermQuestionDef } from './redFlagData';

/** Triggers before the finding, after it, or around it ("is <finding> a sign of ...?"). */
export interface PrePost { pre: string[]; post: string[]; around: string[] }

export interface ContextDef {
  gapStop: string[];
  answerWords: string[];
  /** Body temperatures below a fever, [from, below) in C and in F: a bare reading in range answers a checklist's question no. */
  normalTemperatures: Array<[number, number]>;
  termination: string[];
  clauseStart: string[];
  clauseConjunctions: string[];
  pseudo: string[];
  negation: PrePost;
  hypothetical: PrePost;
  experiencer: PrePost;
  historical: PrePost;
  speculation: PrePost;
  firstPerson: string[];
  /** Determiners that name another person before a relative clause ("the lad I coach"). */
  relativeAfter: string[];
  /** "someone rear ended me": after an experiencer, the user as the object makes the finding the user's. */
  selfObject: string[];
  /** Words that put a denial in the present ("no fever now"): an earlier finding of the same sign is told as over. */
  deniedNow: string[];
  /** A whole denial with one of these words is relative to what was told before it ("I feel fine otherwise"). */
  relativeDenial: string[];
  /** The word before a colon that makes a negated heading a checklist of denied signs ("things I don't HAVE: ..."). */
  headingEnds: string[];
  /** A contrast word told right after a finding at its clause's end ("no fever, numb groin THOUGH"): a denial before its comma does not reach it. */
  contrastAfter: string[];
  /** A finding that opens with one of these after a conjunction ("... and can not stay hard") says its own "not": a denial before the conjunction does not reach it. */
  inabilityOpeners: string[];
  /** "I had a fever in March, all better": resolution phrases that reach back over clauses of their sentence. */
  resolved: string[];
  /** Resolutions that say the symptom has gone by now: they also end the sentence before. */
  resolvedNow: string[];
  /**
   * A resolution said right after the sign it ends, the sign its subject ("the sweats stopped",
   * "the tingling wore off years ago"): it ends that finding only, never another in its clause.
   */
  resolvedSign: string[];
  /**
   * "it's been gone five days": over, for a sign that is something had (a fever), never for one that is
   * something lost, where "gone" is the sign itself (feeling, control). Read only for the lexicon's
   * entries marked `goneIsOver`.
   */
  resolvedGone: { told: string[]; sign: string[] };
  /** "my legs are the worry, they keep buckling": a pronoun read as the user's body part named just before it. */
  anaphora: { window: number; possessive: string[]; pronouns: Record<string, string[]> };
  /** `suppose`: closes ("would that be", "what would I do") that make the whole if-span a supposition. */
  /** `supposeOpen`: openers that suppose by themselves ("say I ...", "suppose ..."): no supposing close is needed. */
  /** `disclaim`: the writer says what they suppose is not happening ("none of that is happening"): their suppositions then run to the end of the sentence. */
  /**
   * `fear`: a fear frame ("I'm scared that"): an if-clause after it supposes to its clause's end when a
   * `future` word looks ahead; `supposeWhole`: openers that, opening a question, suppose all of it.
   */
  conditional: { open: string[]; supposeOpen: string[]; close: string[]; suppose: string[]; disclaim: string[]; fear: string[]; future: string[]; supposeWhole: string[]; subordinators: string[]; newSubject: string[]; notNewSubjectAfter: string[]; placeSubjects: string[]; existentialVerbs: string[] };
  /**
   * A question asked about a sign in general ("is foot drop the same as ...?"): a
   * sentence ending in "?" that opens (after `lead` words) with one of `openers`,
   * has none of `pointers` in its first `reach` words ("is THIS normal") and no
   * `notWith` word or first-person word anywhere in it.
   */
  signQuestion: { lead: string[]; openers: string[]; pointers: string[]; notWith: string[]; claims: string[]; defines: string[]; reach: number; terms: TermQuestionDef };
  windows: { preNegation: number; postNegation: number };
  /** "my uncle lost weight and it turned out to be cancer": a clause that goes on telling the one before it. */
  continuation: string[];
  /** A question about red flags in general from someone who says they are fine: both lists must match. */
  generalQuestion: { asking: string[]; selfDenial: string[]; pointsBack: string[] };
  /** The lexicon's scopes whose dropped findings also bar the learned stage from raising that flag. */
  setAside: SetAsideScope[];
  /**
   * Distant times ("years ago", "as a kid", "in 2015"): in a sentence with one,
   * a clause with no `present` word is told as the past, not only the clause
   * the time is in ("Years ago, after my first baby, I had numb legs").
   */
  pastAnchors: string[];
  /**
   * Times told as long after what came before ("..., fifteen years later"): every earlier
   * sentence is read as if it named a distant time (pastAnchors), the sentence itself not.
   */
  laterAnchors: string[];
  /**
   * An event of its own told before a distant time in the time's clause ("had a kidney stone 5 years
   * ago"): the time dates it and does not reach back over the clauses before its own.
   */
  anchorOwnEvent: string[];
  /** Words that put a clause in the present or the current episode ("now", "today", "since", "still", "is"). */
  present: string[];
  /**
   * The writer setting their own back apart from what else they tell ("mine is
   * just a stiff back", "as for me"): other people's stories and the past then
   * reach to the end of their sentence, and the message is not a helper's.
   */
  selfContrast: string[];
  /**
   * The writer's own ordinary back told plainly after someone else's story ("... I have a stiff
   * back from digging"): a turn to the writer as `selfContrast` is, but with no "just" or "mine"
   * of its own; in a helper's words rewritten in the first person it is the person's report.
   */
  selfTurn: string[];
  /**
   * The writer denying every sign at once ("none of the warning signs", "nothing
   * else going on"): other people's and general sentences are not the writer's,
   * and the learned stage alone does not escalate.
   */
  wholeDenial: string[];
  /** A "no" to every item of the list told before it in its sentence ("... and it was no to all of them"). */
  listDenial: string[];
  /**
   * A denial told after the finding, of the same thing ("kept prodding my feet for
   * pins and needles, they are fine"): a predicate, the words that may be its subject
   * besides the finding's own words, and the words that may not come just before
   * that subject ("my doctor says they are fine", "otherwise everything is fine").
   */
  backDenial: { window: number; subjects: string[]; notAfter: string[]; notSubjects: string[]; likeness: string[]; wholeSubjects: string[]; besidesAfter: string[]; backOnly: string[]; causeWords: string[]; predicates: string[] };
  /**
   * A sign the writer tested on themselves with a normal result ("walked on my heels to
   * test my legs: fine"): the test phrases, the result phrases, and how many words
   * may come between them.
   */
  selfTest: { window: number; tests: string[]; results: string[]; doubts: string[] };
  /**
   * Markers that say the words before them were a figure of speech ("not literally",
   * "so to speak"): findings earlier in their sentence, up to two clauses back, are not the writer's signs.
   */
  figure: string[];
  /** Markers of a near miss ("caught myself in time", "didn't actually fall"): read as `figure`, back over their clause. */
  averted: string[];
  /**
   * Clarifications that nothing real happened, opening the sentence after the one they
   * qualify ("... hit by a truck. (No actual truck involved.)"): that whole sentence is a figure.
   */
  figureAfter: string[];
  /** Figures of speech said whole ("you'll give me a heart attack"): a finding inside one is no sign. */
  figureWhole: string[];
  /** Causes that make a sign told in their clause a figure of speech ("couldn't breathe for laughing"). */
  figureCause: string[];
  /**
   * Whether a sign is bad, asked of anyone ("is it bad when you get ...?"): a supposition only
   * when the writer also sets their own back apart (`selfContrast`); asked alone, it is often their own.
   */
  askedApart: string[];
  /** A story's frame opening a sentence ("In the film we saw, ..."): its clauses without the writer are the story's people. */
  storyFrame: string[];
  /** The writer's reaction to what they tell of someone else ("gave me the fear"): its "me" is no sign told of the writer. */
  reaction: string[];
  /** A function the writer says works ("I can pee", "I can feel my bum"): that part is fine now, like `backDenial`'s subjects. */
  able: string[];
  /**
   * The place a fall or jump came down on ("landed on my feet"): `phrases`, and the words (`from`) where
   * the place begins in one; the learned stage does not read the place's words.
   */
  landedOn: { from: string[]; phrases: string[] };
  /**
   * An age told for an event, weighed against the writer's present age told ("hit by a car at 19
   * ... I'm 37"): words before each (`at`, `now`), words that may follow each, and the fewest years
   * between (src/safety/ageThen.ts).
   */
  ageThen: AgeThenDef;
}

export const SET_ASIDE_SCOPES = ['general', 'hypothetical', 'historical', 'negation', 'experiencer'] as const;
export type SetAsideScope = (typeof SET_ASIDE_SCOPES)[number];

/** Word lists that used to live in context.yaml and now serve the whole bot. */
const MOVED_KEYS: Record<string, string> = {
  contractions: 'knowledge/language/contractions.yaml',
  spelling: 'knowledge/language/spelling.yaml',
  fuzzy: 'keyWords in knowledge/language/typos.yaml',
  notTypos: 'notTypos in knowledge/language/typos.yaml',
};

const CONTEXT_KEYS = [
  'gapStop',
  'answerWords',
  'normalTemperatures',
  'termination',
  'clauseStart',
  'clauseConjunctions',
  'pseudo',
  'negation',
  'hypothetical',
  'experiencer',
  'historical',
  'speculation',
  'firstPerson',
  'relativeAfter',
  'selfObject',
  'deniedNow',
  'relativeDenial',
  'headingEnds',
  'contrastAfter',
  'inabilityOpeners',
  'resolved',
  'resolvedNow',
  'resolvedSign',
  'resolvedGone',
  'anaphora',
  'conditional',
  'windows',
  'continuation',
  'generalQuestion',
  'signQuestion',
  'setAside',
  'pastAnchors',
  'laterAnchors',
  'anchorOwnEvent',
  'present',
  'selfContrast',
  'selfTurn',
  'wholeDenial',
  'listDenial',
  'backDenial',
  'selfTest',
  'figure',
  'averted',
  'figureAfter',
  'figureWhole',
  'figureCause',
  'askedApart',
  'storyFrame',
  'reaction',
  'able',
  'landedOn',
  'ageThen',
];

function readAnaphora(raw: unknown, file: string): ContextDef['anaphora'] {
  const a = asObject(raw, file, 'anaphora', ['window', 'possessive', 'pronouns']);
  const window = a.window;
  if (typeof window !== 'number' || !Number.isInteger(window) || window < 1 || window > 30) fail(file, 'anaphora.window', 'must be a whole number of words from 1 to 30');
  const pronouns = asObject(a.pronouns, file, 'anaphora.pronouns');
  const out: Record<string, string[]> = {};
  for (const [p, list] of Object.entries(pronouns)) out[p] = asStrings(list, file, `anaphora.pronouns.${p}`);
  return { window, possessive: asStrings(a.possessive, file, 'anaphora.possessive'), pronouns: out };
}

/** A list of [from, below] number pairs (optional: none when absent). */
function readRanges(raw: unknown, file: string, field: string): Array<[number, number]> {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) fail(file, field, 'must be a list of [from, below] pairs');
  return raw.map((r: unknown, i): [number, number] => {
    if (!Array.isArray(r) || r.length !== 2 || r.some((v) => typeof v !== 'number') || r[0] >= r[1]) fail(file, `${field}[${i}]`, 'must be a pair of numbers [from, below], from < below');
    return [r[0], r[1]];
  });
}

/** `landedOn`: its phrases and the words the place begins with (optional: none when absent). */
function readLandedOn(raw: unknown, file: string): ContextDef['landedOn'] {
  if (raw === undefined) return { from: [], phrases: [] };
  const l = asObject(raw, file, 'landedOn', ['from', 'phrases']);
  const out = { from: asStrings(l.from, file, 'landedOn.from'), phrases: asStrings(l.phrases, file, 'landedOn.phrases') };
  if (out.phrases.length && !out.from.length) fail(file, 'landedOn.from', 'must name the words a place begins with');
  return out;
}

/** `resolvedGone`: its two phrase lists (optional: none when absent). */
function readResolvedGone(raw: unknown, file: string): ContextDef['resolvedGone'] {
  if (raw === undefined) return { told: [], sign: [] };
  const g = asObject(raw, file, 'resolvedGone', ['told', 'sign']);
  return { told: asStrings(g.told ?? [], file, 'resolvedGone.told', true), sign: asStrings(g.sign ?? [], file, 'resolvedGone.sign', true) };
}

export function readContext(raw: unknown, file: string): ContextDef {
  for (const [key, home] of Object.entries(MOVED_KEYS)) {
    if (asObject(raw, file, '(top level)')[key] !== undefined) fail(file, key, `has moved to ${home} (one list for the whole bot)`);
  }
  const o = asObject(raw, file, '(top level)', CONTEXT_KEYS);
  const prePost = (key: string): PrePost => {
    const p = asObject(o[key], file, key, ['pre', 'post', 'around']);
    return {
      pre: asStrings(p.pre, file, `${key}.pre`, true),
      post: asStrings(p.post, file, `${key}.post`, true),
      around: asStrings(p.around, file, `${key}.around`, true),
    };
  };
  const cond = asObject(o.conditional, file, 'conditional', ['open', 'supposeOpen', 'close', 'suppose', 'disclaim', 'fear', 'future', 'supposeWhole', 'subordinators', 'newSubject', 'notNewSubjectAfter', 'placeSubjects', 'existentialVerbs']);
  const sq = asObject(o.signQuestion, file, 'signQuestion', ['lead', 'openers', 'pointers', 'notWith', 'claims', 'defines', 'reach', 'terms']);
  const terms = sq.terms === undefined ? {} : asObject(sq.terms, file, 'signQuestion.terms', ['names', 'cues', 'notAfterCue', 'notWith', 'linkWords', 'signWords', 'askFillers', 'cueFillers']);
  if (typeof sq.reach !== 'number' || !Number.isInteger(sq.reach) || sq.reach < 0 || sq.reach > 6) fail(file, 'signQuestion.reach', 'must be a whole number of words from 0 to 6');
  const win = asObject(o.windows, file, 'windows', ['preNegation', 'postNegation']);
  const general = asObject(o.generalQuestion, file, 'generalQuestion', ['asking', 'selfDenial', 'pointsBack']);
  const count = (k: 'preNegation' | 'postNegation'): number => {
    const n = win[k];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 20) fail(file, `windows.${k}`, 'must be a whole number of words from 0 to 20');
    return n;
  };
  const back = asObject(o.backDenial, file, 'backDenial', ['window', 'subjects', 'notAfter', 'notSubjects', 'likeness', 'wholeSubjects', 'besidesAfter', 'backOnly', 'causeWords', 'predicates']);
  if (typeof back.window !== 'number' || !Number.isInteger(back.window) || back.window < 1 || back.window > 30) fail(file, 'backDenial.window', 'must be a whole number of words from 1 to 30');
  const test = asObject(o.selfTest, file, 'selfTest', ['window', 'tests', 'results', 'doubts']);
  if (typeof test.window !== 'number' || !Number.isInteger(test.window) || test.window < 0 || test.window > 20) fail(file, 'selfTest.window', 'must be a whole number of words from 0 to 20');
  const setAside = asStrings(o.setAside, file, 'setAside', true);
  for (const s of setAside) if (!(SET_ASIDE_SCOPES as readonly string[]).includes(s)) fail(file, 'setAside', `"${s}" is not one of ${SET_ASIDE_SCOPES.join(', ')}`);
  return {
    gapStop: asStrings(o.gapStop, file, 'gapStop', true),
    answerWords: asStrings(o.answerWords, file, 'answerWords', true),
    normalTemperatures: readRanges(o.normalTemperatures, file, 'normalTemperatures'),
    termination: asStrings(o.termination, file, 'termination'),
    clauseStart: asStrings(o.clauseStart, file, 'clauseStart'),
    clauseConjunctions: asStrings(o.clauseConjunctions, file, 'clauseConjunctions'),
    pseudo: asStrings(o.pseudo, file, 'pseudo', true),
    negation: prePost('negation'),
    hypothetical: prePost('hypothetical'),
    experiencer: prePost('experiencer'),
    historical: prePost('historical'),
    speculation: prePost('speculation'),
    firstPerson: asStrings(o.firstPerson, file, 'firstPerson'),
    relativeAfter: asStrings(o.relativeAfter ?? [], file, 'relativeAfter', true),
    selfObject: asStrings(o.selfObject, file, 'selfObject'),
    deniedNow: asStrings(o.deniedNow ?? [], file, 'deniedNow', true),
    relativeDenial: asStrings(o.relativeDenial ?? [], file, 'relativeDenial', true),
    headingEnds: asStrings(o.headingEnds ?? [], file, 'headingEnds', true),
    contrastAfter: asStrings(o.contrastAfter ?? [], file, 'contrastAfter', true),
    inabilityOpeners: asStrings(o.inabilityOpeners ?? [], file, 'inabilityOpeners', true),
    resolved: asStrings(o.resolved, file, 'resolved'),
    resolvedNow: asStrings(o.resolvedNow ?? [], file, 'resolvedNow', true),
    resolvedSign: asStrings(o.resolvedSign ?? [], file, 'resolvedSign', true),
    resolvedGone: readResolvedGone(o.resolvedGone, file),
    figure: asStrings(o.figure ?? [], file, 'figure', true),
    averted: asStrings(o.averted ?? [], file, 'averted', true),
    figureAfter: asStrings(o.figureAfter ?? [], file, 'figureAfter', true),
    figureWhole: asStrings(o.figureWhole ?? [], file, 'figureWhole', true),
    figureCause: asStrings(o.figureCause ?? [], file, 'figureCause', true),
    askedApart: asStrings(o.askedApart ?? [], file, 'askedApart', true),
    storyFrame: asStrings(o.storyFrame ?? [], file, 'storyFrame', true),
    reaction: asStrings(o.reaction ?? [], file, 'reaction', true),
    able: asStrings(o.able ?? [], file, 'able', true),
    landedOn: readLandedOn(o.landedOn, file),
    ageThen: readAgeThen(o.ageThen, file),
    anaphora: readAnaphora(o.anaphora, file),
    conditional: {
      open: asStrings(cond.open, file, 'conditional.open'),
      supposeOpen: asStrings(cond.supposeOpen, file, 'conditional.supposeOpen', true),
      close: asStrings(cond.close, file, 'conditional.close'),
      suppose: asStrings(cond.suppose, file, 'conditional.suppose', true),
      disclaim: asStrings(cond.disclaim ?? [], file, 'conditional.disclaim', true),
      fear: asStrings(cond.fear ?? [], file, 'conditional.fear', true),
      future: asStrings(cond.future ?? [], file, 'conditional.future', true),
      supposeWhole: asStrings(cond.supposeWhole ?? [], file, 'conditional.supposeWhole', true),
      subordinators: asStrings(cond.subordinators, file, 'conditional.subordinators', true),
      newSubject: asStrings(cond.newSubject, file, 'conditional.newSubject'),
      notNewSubjectAfter: asStrings(cond.notNewSubjectAfter, file, 'conditional.notNewSubjectAfter', true),
      placeSubjects: asStrings(cond.placeSubjects ?? [], file, 'conditional.placeSubjects', true),
      existentialVerbs: asStrings(cond.existentialVerbs ?? [], file, 'conditional.existentialVerbs', true),
    },
    windows: { preNegation: count('preNegation'), postNegation: count('postNegation') },
    continuation: asStrings(o.continuation, file, 'continuation'),
    generalQuestion: {
      asking: asStrings(general.asking, file, 'generalQuestion.asking'),
      selfDenial: asStrings(general.selfDenial, file, 'generalQuestion.selfDenial'),
      pointsBack: asStrings(general.pointsBack ?? [], file, 'generalQuestion.pointsBack', true),
    },
    setAside: setAside as SetAsideScope[],
    signQuestion: {
      lead: asStrings(sq.lead, file, 'signQuestion.lead', true),
      openers: asStrings(sq.openers, file, 'signQuestion.openers'),
      pointers: asStrings(sq.pointers, file, 'signQuestion.pointers', true),
      notWith: asStrings(sq.notWith, file, 'signQuestion.notWith', true),
      claims: asStrings(sq.claims ?? [], file, 'signQuestion.claims', true),
      defines: asStrings(sq.defines ?? [], file, 'signQuestion.defines', true),
      reach: sq.reach,
      terms: {
        names: asStrings(terms.names, file, 'signQuestion.terms.names', true),
        cues: asStrings(terms.cues, file, 'signQuestion.terms.cues', true),
        notAfterCue: asStrings(terms.notAfterCue, file, 'signQuestion.terms.notAfterCue', true),
        notWith: asStrings(terms.notWith, file, 'signQuestion.terms.notWith', true),
        linkWords: asStrings(terms.linkWords ?? [], file, 'signQuestion.terms.linkWords', true),
        signWords: asStrings(terms.signWords ?? [], file, 'signQuestion.terms.signWords', true),
        askFillers: asStrings(terms.askFillers ?? [], file, 'signQuestion.terms.askFillers', true),
        cueFillers: asStrings(terms.cueFillers ?? [], file, 'signQuestion.terms.cueFillers', true),
      },
    },
    pastAnchors: asStrings(o.pastAnchors, file, 'pastAnchors', true),
    laterAnchors: asStrings(o.laterAnchors, file, 'laterAnchors', true),
    anchorOwnEvent: asStrings(o.anchorOwnEvent ?? [], file, 'anchorOwnEvent', true),
    present: asStrings(o.present, file, 'present', true),
    selfContrast: asStrings(o.selfContrast, file, 'selfContrast', true),
    selfTurn: asStrings(o.selfTurn, file, 'selfTurn', true),
    wholeDenial: asStrings(o.wholeDenial, file, 'wholeDenial', true),
    listDenial: asStrings(o.listDenial, file, 'listDenial', true),
    backDenial: {
      window: back.window,
      subjects: asStrings(back.subjects, file, 'backDenial.subjects'),
      notAfter: asStrings(back.notAfter, file, 'backDenial.notAfter', true),
      notSubjects: asStrings(back.notSubjects ?? [], file, 'backDenial.notSubjects', true),
      likeness: asStrings(back.likeness ?? [], file, 'backDenial.likeness', true),
      wholeSubjects: asStrings(back.wholeSubjects ?? [], file, 'backDenial.wholeSubjects', true),
      besidesAfter: asStrings(back.besidesAfter ?? [], file, 'backDenial.besidesAfter', true),
      backOnly: asStrings(back.backOnly ?? [], file, 'backDenial.backOnly', true),
      causeWords: asStrings(back.causeWords ?? [], file, 'backDenial.causeWords', true),
      predicates: asStrings(back.predicates, file, 'backDenial.predicates'),
    },
    selfTest: { window: test.window, tests: asStrings(test.tests, file, 'selfTest.tests'), results: asStrings(test.results, file, 'selfTest.results'), doubts: asStrings(test.doubts ?? [], file, 'selfTest.doubts', true) },
  };
}
