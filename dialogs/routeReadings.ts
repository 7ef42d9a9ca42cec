import type { ActName } from '../src/nlu/acts';
import type { Intent } from '../src/nlu/intents';
import type { Understanding } from '../src/nlu/messageUnderstander';
import { deniedSigns } from '../src/triage/denials';
import { closingKind } from '../src/triage/checkAsides';
import { prepare } from '../src/triage/text';
import { vocabulary } from '../src/triage/vocabulary';
import { asksInstead, asksSomething, opensWithPlainNo, parseYesNo, withoutAcknowledgements } from '../src/triage/yesNo';
import { isQuestion, saysNoToEveryOne } from './checkMessages';
import type { Pronoun } from '../src/safety/helperSubject';
import { ACT_CONFIDENCE, confidentAct } from './actAnswers';
import type { EscalationRecord } from './escalationDialog';
import type { DialogServices } from './services';
import { clauses, clausesKeepingBreaks } from '../src/language/clauses';
import { findPhrase } from '../src/language/phrases';
import { Language, foldCharacters } from '../src/language';
import { letterRuns, plainWords } from '../src/language/tokenizer';
import { talksOfPlan } from '../src/safety/checkAnswers';

// How MainDialog's routing reads a message: pure readings, kept apart from the routing itself.

/** Intents that say something social rather than ask: not the reading of a question that follows a thanks. */
export const SOCIAL_INTENTS: ReadonlySet<Intent> = new Set<Intent>(['thanks', 'greeting', 'goodbye']);
/** Acts that take up an offered symptom check ("yes please", "yeah go on then"). */
const OFFER_TAKEN: ReadonlySet<ActName | 'none'> = new Set<ActName>(['yes', 'carry_on']);

/** Every flag found was escalated already, at this level or higher. */
export function alreadyEscalated(record: EscalationRecord, found: { level: string; flags: readonly string[] }): boolean {
  const higherOrSame = record.level === 'emergency' || found.level === record.level;
  return higherOrSame && found.flags.length > 0 && found.flags.every((f) => record.flags.includes(f));
}

/**
 * A statement about the pain (not a question, not a social act): more of the report the check was offered for.
 * `details` counts the check's details (where, when, how bad, what set it off) the text gives.
 */
/** "no numbness, legs fine", "leg weakness? not that I've noticed": the message denies a warning sign. */
export function deniesWarningSign(services: DialogServices, understanding: Understanding): boolean {
  return deniedSigns(understanding.text, services.redFlags.denied(understanding.text, understanding.flagRaised)).size > 0;
}

export function tellsDetails(services: DialogServices, understanding: Understanding, details: { count: number }): boolean {
  if (asksForReal(understanding.text)) return false;
  // "no numbness, peeing fine, legs strong": denials of the warning signs are answers the check keeps
  // (not beside a progress report: "woke up stiffer, legs ok" is about the change).
  if (!understanding.redFlag && !progressAct(understanding) && deniesWarningSign(services, understanding)) return true;
  // "my boss won't let me take breaks": a remark with none of the check's details does not start it.
  if (details.count === 0) return false;
  const act = confidentAct(understanding);
  // A detail told with doubt ("low down I think? hard to tell") is still that detail.
  if (act && !OFFER_TAKEN.has(act) && act !== 'unsure') return false;
  // "about 7. started lifting a bag of sand": two of the check's details are details, whatever intent the words lean to.
  // (One told with doubt, "sort of low, both sides?", is MainDialog's hedged detail.)
  return understanding.intent === 'report_symptoms' || understanding.intent === 'none' || details.count >= 2;
}

/**
 * A question the message really asks: "?" after a detail said with a rising tone ("maybe tuesday?",
 * "more on the left?") asks nothing; a question's own opening words, or a request inside, do.
 */
export function asksForReal(message: string): boolean {
  const text = withoutEchoedAsk(message);
  if (asksInstead(text) || vocabulary().control.askingInside.test(prepare(text))) return true;
  // The clauses of each sentence that ends in "?": one of them must be a question in its own words.
  const parts = clausesKeepingBreaks(prepare(text));
  let sentence: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    sentence.push(parts[i]!.trim());
    const after = parts[i + 1];
    if (after === undefined || !after.includes('?')) continue;
    // "ok, and at work?": a follow-up asked by its opening word alone, after any acknowledgement.
    if (sentence.some((clause) => asksInItsWords(clause) || vocabulary().control.followUpStart.test(withoutAcknowledgements(clause)))) return true;
    sentence = [];
  }
  return false;
}

/**
 * "where? lower. started today": a lone word asked at the start, with more after it, says back the question
 * being answered; the rest is the answer. The message without that word (the whole message otherwise).
 */
export function withoutEchoedAsk(text: string): string {
  const [first, mark, ...rest] = clausesKeepingBreaks(prepare(text));
  const after = rest.join('');
  return mark?.includes('?') && plainWords(first!).length === 1 && plainWords(after).length > 0 ? after.trim() : text;
}

/**
 * A clause of a sentence that ends in "?" (the clause itself is cut before the mark) that opens as a question does,
 * or whose part after a joining or turning word does ("random one but is a soft bed bad"): the mark is put back
 * for isQuestion, which reads only a question's own opening words ("maybe tuesday?" has none).
 */
function asksInItsWords(clause: string): boolean {
  const parts = [clause, ...clauses(clause, { breakingWords: ['joiners', 'turns'] })];
  return parts.some((part) => {
    const asked = withoutAcknowledgements(part.trim());
    return asked !== '' && isQuestion(`${asked}?`);
  });
}

/**
 * A yes to the check offered last turn: "yeah go on then", or a bare "ok" with no thanks
 * in it (to an offer, "ok" agrees; "ok thanks" closes).
 */
export function takesOffer(understanding: Understanding): boolean {
  const act = confidentAct(understanding) ?? 'none';
  if (OFFER_TAKEN.has(act)) return true;
  return act === 'thanks_ok' && !SOCIAL_INTENTS.has(understanding.intent) && parseYesNo(understanding.text, undefined, { acknowledgementIsYes: true }) === true;
}

/**
 * Who a check is for: someone the message writes for ("can you do the check for my dad"),
 * unless the writer tells of their own pain ("after bending to pick up my son").
 */
export function patientOf(services: DialogServices, text: string): Pronoun | undefined {
  if (vocabulary().control.ownPain.test(prepare(text))) return undefined;
  return services.redFlags.helperOf(text) ?? undefined;
}

/** "ok cheers. what about the quad bike?": the question without the thanks; only a passage that fits it well answers. */
export function withoutThanks(understanding: Understanding): Understanding {
  // The intent was read from the whole message, where the thanks wins: the question's own reading is the other intents'.
  const ranked = (understanding.ranked ?? []).filter((r) => !SOCIAL_INTENTS.has(r.intent));
  return { ...understanding, text: withoutAcknowledgements(prepare(understanding.text)), intent: 'none', score: 0, ranked };
}

/** "It's much better today", also said after a greeting ("Hi again, I was here Monday. Much better!"). */
export function progressAct(understanding: Understanding): 'better' | 'worse' | undefined {
  const isProgress = (a: string | undefined): a is 'better' | 'worse' => a === 'better' || a === 'worse';
  const whole = confidentAct(understanding);
  if (isProgress(whole)) return whole;
  // The latest clause that reports progress: "Bit better today, still sore" is better.
  const clause = [...(understanding.sentenceActs ?? [])].reverse().find((a) => a.score >= ACT_CONFIDENCE && isProgress(a.act));
  return clause && isProgress(clause.act) ? clause.act : undefined;
}

/**
 * Answers to the check's questions told unasked, later in a conversation
 * ("no temperature, no falls", "began yesterday shovelling, 7/10"): denials
 * of warning signs (once the check was offered), or a pain score with another
 * detail (after any answer), asking nothing and reporting no change.
 * `details` counts the check's details the text gives.
 */
export function answersCheckUnasked(
  services: DialogServices,
  understanding: Understanding,
  details: { count: number; scored: boolean; firm: number; placed: boolean },
  before: { offered: boolean; answered: boolean },
): boolean {
  if (!before.offered && !before.answered) return false;
  if (understanding.redFlag || asksForReal(understanding.text) || progressAct(understanding)) return false;
  if (tellsPlanAhead(services, understanding.text)) return false;
  const act = confidentAct(understanding);
  if (act && !['none', 'no', 'correction', 'unsure'].includes(act)) return false;
  // "no numbness, just the one leg. thanks": a sign-off with it closes, it does not ask for more questions.
  // "fair enough. began Sunday, 6 out of 10" opens with its acknowledgement: only a closing one counts.
  const last = understanding.sentenceActs?.[understanding.sentenceActs.length - 1];
  if (SOCIAL_INTENTS.has(understanding.intent) || (last && last.score >= ACT_CONFIDENCE && (last.act === 'thanks_ok' || last.act === 'goodbye'))) return false;
  // "on my feet all day is the worst of it": a habit or condition of theirs told without a place or a score is about
  // them (the answers read it), and the words of a habit ("all day") are no onset.
  if (!details.scored && !details.placed && services.answers.facts.mentions(understanding.patientText ?? understanding.text).own.size > 0) return false;
  // Denials only after the check was offered, and only beside a detail of the pain: "bladder's fine, just a sore back
  // from gardening" after an answer is a remark, and signs denied alone ("legs are fine, no numbness") reassure; they
  // are acknowledged (RouteActs), never taken as the opening of eight questions.
  // "weakness? not that I've noticed. bit of an ache into the buttock maybe": the doubt is the denial's, which is no
  // request for the check; a sign denied that plainly is the check's answer.
  if (before.offered && act !== 'unsure' && deniesWarningSign(services, understanding) && details.firm >= 1) return true;
  // Two details, one a score ("began yesterday lifting, 7/10"); once the check was offered, any two firm ones
  // ("since sunday, slept on a sofa"): a pain word is no score ("driving all day is murder on it" tells a habit).
  return details.scored ? details.count >= 2 : before.offered && details.firm >= 2;
}

/**
 * "got bowls on Saturday, bending is hard on the back": an activity ahead of the person, told with the pain. It
 * asks, in effect, whether the back allows it: that is answered, and the check is never started unasked for it.
 */
export function tellsPlanAhead(services: DialogServices, text: string): boolean {
  // A daily duty alone ("lifting my toddler") is the story of the pain, not something ahead.
  return talksOfPlan(services.checkDialogue, text) || services.answers.activities.planned(text, false) !== undefined;
}

/** Whether `text` holds one of `phrases` as whole words in a row (both read through prepare: "how's" and "how is" alike). */
export function holdsPhrase(text: string, phrases: readonly string[]): boolean {
  const words = (t: string) => plainWords(prepare(t).toLowerCase());
  const said = words(text);
  return phrases.some((p) => findPhrase(said, words(p)).length > 0);
}

/** Whether the text has any of the listed words as a whole word. */
export function hasAnyWord(text: string, list: readonly string[]): boolean {
  const words = new Set(letterRuns(text.toLowerCase()));
  return list.some((k) => words.has(k));
}

/** A close this short is a close whatever topic the model reads in its words. */
const SHORT_CLOSE_WORDS = 4;

/** Acts a sign-off may carry besides itself: "nah, all good. cheers". */
const SIGN_OFF_ACTS: ReadonlySet<ActName | 'none'> = new Set<ActName | 'none'>(['thanks_ok', 'goodbye', 'no', 'yes', 'none']);
/** Intents a sign-off may carry: a message read as any topic or a report says more than goodbye. */
const SIGN_OFF_INTENTS: ReadonlySet<Intent> = new Set<Intent>(['thanks', 'goodbye', 'none']);

/**
 * A close with nothing else in it ("cheers, will see how it goes", "sorry for going on, long day"):
 * its kind, or undefined when it also asks, reports progress or raises a sign.
 */
export function signOff(understanding: Understanding): 'thanks' | 'goodbye' | 'apology' | undefined {
  if (understanding.redFlag || understanding.worry || asksSomething(understanding.text) || progressAct(understanding)) return undefined;
  // "no to all of them, thanks" answers the warning signs listed; RouteActs says what that means.
  if (saysNoToEveryOne(understanding.text)) return undefined;
  // "asante sana", "lekker shot": a short close in words the topic model never saw may still read as a topic.
  const short = understanding.text.trim().split(/\s+/).length <= SHORT_CLOSE_WORDS;
  if (!SIGN_OFF_INTENTS.has(understanding.intent) && !short) return undefined;
  // "sorry about that, I meant the left side" corrects; "sorry, can we carry on" resumes.
  const acts = [confidentAct(understanding), ...(understanding.sentenceActs ?? []).filter((a) => a.score >= ACT_CONFIDENCE).map((a) => a.act)];
  if (acts.some((a) => a !== undefined && !SIGN_OFF_ACTS.has(a))) return undefined;
  const kind = closingKind(understanding.text);
  return kind === 'away' ? undefined : kind;
}

/** "no, just the one side": a message whose first clause is a plain no, not a sign denied ("no fever, ..."). */
export function saysPlainNo(services: DialogServices, text: string, locale?: string): boolean {
  return opensWithPlainNo(text, (part) => deniedSigns(part, services.redFlags.denied(part)), locale);
}

/**
 * Chat asking the bot of its own pastimes or tastes ("seen the match last night?"), naming neither the back nor pain
 * (responses.yaml smallTalk.pastimes): out of scope on its own, so no follow-up to the last answer whatever word it shares.
 */
export function asksBotsPastimes(services: DialogServices, text: string): boolean {
  const body = new BodyWords(services);
  // The phrases were put in the language layer's words once, at load (responses.ts); the message is read the same way.
  const said = Language.fromDirectory().words(foldCharacters(text));
  const asked = services.responses.smallTalk.pastimeWords.some((p) => findPhrase(said, p).length > 0);
  return asked && !body.mentionsBack(text) && !body.mentionsPain(text);
}

/** How routing reads where the message is about (the back, pain, another body part), from responses.yaml and scope.yaml. */
export class BodyWords {
  constructor(private readonly services: DialogServices) {}

  mentionsBack(text: string): boolean {
    return hasAnyWord(text, this.services.responses.backRelated.keywords);
  }

  mentionsPain(text: string): boolean {
    return hasAnyWord(text, this.services.responses.backRelated.painWords);
  }

  /** About the back for the answers (closest topics rather than nothing): the back named, or pain with no other body part. */
  aboutBack(text: string): boolean {
    return this.mentionsBack(text) || (this.mentionsPain(text) && !this.services.scope.partIn(text));
  }

  /** Another body part named and not the back ("my knee hurts on stairs"): its scope answer, not the back topics. */
  otherPart(text: string): boolean {
    return !this.mentionsBack(text) && Boolean(this.services.scope.partIn(text));
  }
}

/** Read as a thanks or a goodbye, by the act model or the intent model. */
export function closingRead(understanding: Understanding, act: ActName | undefined): boolean {
  return act === 'thanks_ok' || act === 'goodbye' || understanding.intent === 'thanks' || understanding.intent === 'goodbye';
}
