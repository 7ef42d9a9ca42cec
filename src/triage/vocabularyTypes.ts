/**
 * The shapes of the symptom parser's vocabulary (knowledge/triage/*.yaml) once
 * read and compiled by vocabulary.ts: kept apart from the loaders so that the
 * readers of the vocabulary see what it holds without the reading code.
 */
import type { BackRegion, BackSide, TriggerKind } from './types';

export interface TriggerPattern {
  kind: Exclude<TriggerKind, 'unknown'>;
  /** Only in an answer to "what set it off?". */
  answerOnly: boolean;
  /** Global: one matchAll finds every mention (each is checked for negation). */
  re: RegExp;
}

export interface RegionPattern {
  region: BackRegion;
  label?: string;
  re: RegExp;
}

export interface TriageVocabulary {
  /** A negator within the last few words before the end of the text. */
  negationBefore: RegExp;
  yesNo: {
    letters: ReadonlyMap<string, boolean>;
    /** "ok", "oh", "so" opening a message without answering it. */
    acknowledgements: RegExp;
    unsure: RegExp;
    /** "what counts as numb?": the sign asked about; an unsure answer, never a no said beside it. */
    asksMeaning: RegExp;
    noAtStart: RegExp;
    noAnywhere: RegExp;
    yesAtStart: RegExp;
    /** "I have", "it does": a yes by echoing the question, unless the message ends by asking. */
    echoYes: RegExp;
    /** Words that make a question's words said back a claim, not an echo ("I've got numbness down there?"). */
    echoClaims: RegExp;
    yesAfterBut: RegExp;
    /** "no relief at all", "not much help": a negation about how relief went, not an answer. */
    progressReport: RegExp;
  };
  triggers: {
    labels: Readonly<Record<TriggerKind, string>>;
    groups: ReadonlyArray<readonly TriggerPattern[]>;
    unknownAnswer: RegExp;
    unknownStatement: RegExp;
    /** "hurts when I ...", "awful when I ...": what makes it worse, right before a match. */
    aggravationBefore: RegExp;
    /** "seven if I sneeze", "8/10 when I cough": a score and its condition right before a match, what makes it worse. */
    scoreWhenBefore: RegExp;
    /** A body-weight change right before the word: "lost loads of weight" is no lifting. */
    notAfter: RegExp;
    /** "started", "came on": between a pain word and "while" they make the clause the onset, not what makes it worse. */
    onsetWords: RegExp;
    /** "while", "went ...": what the person was doing follows, in an opening message, when no group names it. */
    doingCues: RegExp;
    /** Words ending in -ing that name no activity ("morning", "tingling"). */
    notDoing: ReadonlySet<string>;
    /** Words a doing clause's summary stops before: a joining word, a time, a score ("like a 5"). */
    doingStops: ReadonlySet<string>;
    /** Times skipped between a doing cue and its -ing word ("happened tuesday arvo pulling cable"). */
    doingSkips: ReadonlySet<string>;
    /** A habit, a job's duties or a plan ("all day at work", "usually"): the message tells no event that set this bout off. */
    habitual: RegExp;
  };
  regions: readonly RegionPattern[];
  regionAnswers: readonly RegionPattern[];
  /** Which side the text names (left, right, both, centre), and "the middle of my lower back". */
  sides: Readonly<Record<BackSide | 'centreOfRegion', RegExp>>;
  /** Regex sources (no flags) for pain spreading into the leg, embedded by location.ts. */
  spreading: { legWords: string; verbs: string; symptoms: string };
  /** "third time this year": the pain has happened before. */
  history: RegExp;
  /** "tomorrow", "next week": a plan, not an onset. */
  future: RegExp;
  /** "since the wedding", "after Diwali": a start told by an event the date recognizer cannot place. */
  onsetEvents: RegExp;
  /** "good evening": a greeting's time word, no time of the pain (global: every one is masked). */
  greetings: RegExp;
  severity: SeverityWords;
  /** Steering the check (check-control.yaml, checkControlWords.ts). Keys: one a line, in alphabetical order, so that branches adding keys merge without a conflict. */
  control: {
    /** "is this a real doctor?": who answers, asked of the bot. */
    aboutBot: RegExp;
    /** "a real person": the same, only with the act model's reading. */
    aboutBotHint: RegExp;
    /** "the other leg too": a place added, never one that replaces the place told before. */
    addedPlace: RegExp;
    alreadyNo: ReadonlyMap<string, RegExp>;
    /** "I asked", "I meant": after a missed answer, the words that open the question asked again. */
    askedAgainLead: RegExp;
    askingInside: RegExp;
    backAgain: RegExp;
    /** "thank you doctor": the bot called a clinician in passing. */
    calledClinician: RegExp;
    carryOn: RegExp;
    /** "actually I've changed my mind," before what they will do instead. */
    changedMind: RegExp;
    /** "does that change anything?" beside a correction. */
    changesAnything: RegExp;
    /** The words of the check-back frame (read from its patterns), beside the things it names. */
    confirmFrameWords: ReadonlySet<string>;
    /** "so both together is fine then?": the last answer checked back, the whole message. */
    confirmsLast: RegExp;
    /** Words that make a check-back a new question ("if", "not"). */
    confirmsLastNot: RegExp;
    correction: RegExp;
    correctionLead: RegExp;
    deniesSign: RegExp;
    details: RegExp;
    /** "I think you're wrong": the last answer disputed. */
    disagrees: RegExp;
    /** "yesterday you told me to use heat": an earlier conversation recalled, which the bot does not keep. */
    earlierChat: RegExp;
    /** "so it's my fault?": blame heard in the advice. */
    feelsBlamed: RegExp;
    /** "and the tractor?": a follow-up question with no question word, only in a sentence ending in "?". */
    followUpStart: RegExp;
    howManyMore: RegExp;
    /** "I meant something else": words after "I meant" that name no value. */
    meantNothing: RegExp;
    /** "I meant", "make that": what follows is the new value, with no old one said. */
    meantValue: RegExp;
    /** "that doesn't answer my question": the last answer missed what was asked. */
    missedQuestion: RegExp;
    /** "no to all of them": every safety question left answered no. */
    noToEveryOne: RegExp;
    /** "did I press yes on that one?": a question about the person's own last answer. */
    ownAnswerAsked: RegExp;
    ownPain: RegExp;
    /** ", so", "and then": joining the change of mind to the plan. */
    planJoiners: RegExp;
    questionInside: RegExp;
    /** "also, wait," before a question's own opening words. */
    questionLead: RegExp;
    questionStart: RegExp;
    replaced: RegExp;
    skipOne: RegExp;
    skipRest: RegExp;
    startCheck: RegExp;
    startCheckNow: RegExp;
    stop: RegExp;
    whyAsk: RegExp;
  };
  screen: readonly ScreenGroup[];
  /** Every word the files write: the parser reads these as written, never "fixed" by the language layer's spelling list. */
  words: ReadonlySet<string>;
}

export interface SeverityWords {
  /** Highest value first; global: every mention is checked for a negator before it. */
  levels: ReadonlyArray<{ value: number; re: RegExp }>;
  /** An intensifier or diminisher right at the end of the text before a word. */
  intensifierBefore: RegExp;
  /** Words of the present and of the past or the worst moment, in a score's own clause ("a 5 now", "was an 8"). */
  scoreNow: RegExp;
  scorePast: RegExp;
  diminisherBefore: RegExp;
  /** A negator up to one word before the end of the text ("not really severe"). */
  negatorBefore: RegExp;
  /** A thing done at a time of day and its time words at the end of the text ("a shift at "): the number next is a clock time. */
  clockBefore: RegExp;
}

export type ScreenLevel = 'emergency' | 'urgent';

export interface ScreenItem {
  flag: string;
  level: ScreenLevel;
  /** Button text when asking which one. */
  label: string;
  /** Plain words for the escalation: "because you mentioned {why}". */
  why: string;
  /** What it can point to, for flags the red-flag lexicon does not define. */
  reason?: string;
  /** The item's own everyday description, when it is asked about alone (the group's names the others too). */
  describe?: string;
}

export interface ScreenGroup {
  id: string;
  question: string;
  /** Everyday description for "not sure" and "what does that feel like". */
  describe: string;
  items: readonly ScreenItem[];
  /**
   * Words that name what the question is about, put before an answer that leaves it unnamed
   * ("it took ages to start and I didn't feel done" to the bladder question) so that the
   * screen reads the answer as told of it. Only this group's own signs count.
   */
  answerFrames?: readonly string[];
}
