/**
 * The symptom check's answers to its safety questions (knowledge/triage/screen.yaml):
 * yes, no, not sure, "which one?", a correction of the last answer, and acts
 * or questions said instead of an answer. A yes to an emergency escalates.
 */
import type { DialogContext, DialogTurnResult } from './dialogLibrary';
import { type CheckState, MAX_ATTEMPTS, mostSerious, type Pending, pickItem, screenStep } from '../src/triage/symptomCheck';
import { parseYesNo } from '../src/triage/symptomParser';
import { opensWithPlainNo } from '../src/triage/yesNo';
import { pointedSign } from '../src/triage/screenPick';
import { saysNotBetter } from '../src/triage/checkAsides';
import { type ScreenGroup, type ScreenItem, vocabulary } from '../src/triage/vocabulary';
import { type CheckHost, describedOnlyIn } from './checkAsides';
import type { CheckParsing } from './checkParsing';
import { signsDescribed } from './replies';
import type { DialogServices } from './services';
import { fill, listOf } from '../src/content/responses';
import { deniedSigns } from '../src/triage/denials';
import { firstClause, sentences } from '../src/language';
import { doubtedIn, doubtedWell } from './wellDoubt';
import { prepare } from '../src/triage/text';
import { echoedThenDenied, echoesQuestionWithHedge } from './checkMessages';
import { noteDenied } from './deniedRecord';
import { getUnderstanding } from './turnUnderstanding';
import { noToEveryOneIn, saysPlainNoInASentence } from './answerInClauses';
import { framedSign } from './screenFrames';

/** What the screen's answers need from the check: its moves, and escalating for a sign. */
export interface ScreenHost extends CheckHost {
  /** `question`: the grouped question answered, asked again if the sign is later denied. */
  escalate(dc: DialogContext, item: ScreenItem, question?: string): Promise<DialogTurnResult>;
}

export class CheckScreenAnswers {
  constructor(
    private readonly services: DialogServices,
    private readonly parsing: CheckParsing,
  ) {}

  async onGroup(dc: DialogContext, check: CheckState, index: number, text: string, host: ScreenHost): Promise<DialogTurnResult> {
    const group = vocabulary().screen[index]!;
    const words = this.services.responses.triage.screenWords;
    const reading = this.parsing.reading(dc.context, text);
    const lastNo = check.lastNo;
    check.lastNo = undefined;
    // "did I hit yes on that one? I meant no": a clear no for the question still waiting is its answer (no yes was
    // taken); "that yes was the sneezing one, the rest no": the yes went elsewhere and the no is this question's.
    const noHere = reading.kind === 'correction' && ((reading.answer === false && parseYesNo(text, dc.context.activity.locale) === false) || this.yesGoesElsewhere(dc, index, text));
    if (noHere) await dc.context.sendActivity(words.changedToNo);
    if (reading.kind === 'correction' && !noHere) {
      // "sorry, I meant yes" just after a no to the group before: that one again.
      const back = reading.answer !== false && lastNo === index - 1 ? lastNo : index;
      await dc.context.sendActivity(this.services.acts.inCheck.correction);
      check.nextGroup = back;
      check.corrected = back;
      return host.ask(dc, { kind: 'group', index: back }, 'again');
    }
    const toldIn = (part: string) => this.services.redFlags.toldNow(part, true).present;
    // "numb there?? no clue what that's like. all fine in that area though": the plain description, and the no taken.
    if (echoedThenDenied(text, toldIn, dc.context.activity.locale)) {
      await dc.context.sendActivity(signsDescribed(this.services.responses, this.describedFor(text, index)));
      return this.saidNo(dc, check, index, text, host);
    }
    // "numb down there?? no clue what that's like": the plain description and the question again.
    if (echoesQuestionWithHedge(text, toldIn)) {
      check.unsure += 1;
      await dc.context.sendActivity(signsDescribed(this.services.responses, this.describedFor(text, index)));
      return host.ask(dc, { kind: 'group', index }, 'again');
    }
    // mend47a: "took an age to get started and wasn't done after" to the bladder question: the change told
    // without naming it is told of what was asked (screen.yaml answerFrames), never "please answer yes or no".
    // "worse than this morning", "far too many questions": what the message does (an act) is answered
    // below; only a plain statement can tell a change of what the question asks about.
    const framed = reading.kind === 'act' ? undefined : framedSign(this.services, group, text, dc.context.activity.locale);
    if (framed) return host.escalate(dc, framed, group.question);
    // "what's foot drop?": a question about a warning sign by name gets that sign's plain description.
    const named = reading.kind === 'question' ? this.namedGroup(text) : undefined;
    if (named !== undefined) {
      await dc.context.sendActivity(signsDescribed(this.services.responses, this.describedFor(text, index, named)));
      return host.ask(dc, { kind: 'group', index }, 'again');
    }
    if (reading.kind === 'question') return this.onQuestionAtYesNo(dc, { kind: 'group', index }, host);
    // "my saddle area feels kind of dull" to the question about it: the screen's unsure reading of one of
    // this question's own signs, told as an answer, is that sign (the safe reading), not a hedge to describe.
    const told = this.toldUnsure(dc, group, text);
    // mend45a: "numb in the saddle area - no clue what that feels like. don't think so?": the sign's name
    // with not knowing what it would feel like asks what it is; described and asked again, once
    // (screen.yaml: unsure twice is a yes).
    if (told && check.unsure === 0 && vocabulary().yesNo.asksMeaning.test(prepare(text))) {
      check.unsure += 1;
      await dc.context.sendActivity(signsDescribed(this.services.responses, this.describedFor(text, index)));
      return host.ask(dc, { kind: 'group', index }, 'again');
    }
    if (told) return host.escalate(dc, told, group.question);
    let answer = noHere ? false : reading.kind === 'answer' ? reading.answer : undefined;
    // "no numbness, legs fine. not sure about a temperature, I feel normal": the doubt is another
    // question's, told with that sign's denial; the rest of the message answers this one.
    if (answer === 'unsure') {
      const rest = this.withoutOthersDoubt(dc, index, text);
      if (rest === 'noted') {
        await dc.context.sendActivity(words.otherNoted);
        return host.ask(dc, { kind: 'group', index }, 'again');
      }
      answer = rest ?? answer;
    }
    // "no fever, didn't fall" at the legs question: those later questions' no, kept, not this one's.
    if (answer === false && this.deniesOnlyOthers(dc, index, text)) {
      await dc.context.sendActivity(words.otherNoted);
      return host.ask(dc, { kind: 'group', index }, 'again');
    }
    // "bladder no, bowels no, numb groin no, worse coughing yes": a list that denies this group's signs
    // by name is its no, whatever else it answers (the mixed yes and no read as "not sure").
    // Not when it asks what the sign means ("none of that... wait, what counts as numb?"): that is described first.
    const asksMeaning = answer === 'unsure' && vocabulary().yesNo.asksMeaning.test(prepare(text));
    if ((answer === 'unsure' || answer === undefined) && !asksMeaning && check.saidNo?.includes(index) && parseYesNo(text, dc.context.activity.locale) !== true) answer = false;
    // "that yes was the sneezing one, the others no": the yes went to a sign with a calm note told this turn, none
    // of this question's, and a sentence says no: that no is this question's answer, never a doubt read as a yes.
    if (answer !== false && this.yesGoesElsewhere(dc, index, text)) answer = false;
    // A yes that points at one sign ("yes, the second one") escalates that sign, before any
    // act the words also read as; a pick that doesn't say which is asked, never dropped.
    if (answer === true || answer === undefined) {
      const pick = pointedSign(group, text, answer === true);
      if (pick.kind === 'item') return host.escalate(dc, pick.item, group.question);
      // "the one about sneezing, yeah it hurts when I sneeze": the yes points at a sign with a calm note
      // (said this turn), none of this question's: which of these it is, if any, never the group's alarm.
      const calmPick = answer === true && (getUnderstanding(dc.context)?.calmTold?.length ?? 0) > 0;
      if (pick.kind === 'unclear' && (answer === undefined || calmPick)) return host.ask(dc, { kind: 'which', index });
    }
    if (reading.kind === 'act') return this.onActAtYesNo(dc, check, { kind: 'group', index }, reading.act, host);
    if (reading.kind === 'answer' && reading.change) check.change = reading.change;
    // Asked again after a correction: only a clear no (the parser's own) moves on.
    if (check.corrected === index && answer === false && parseYesNo(text, dc.context.activity.locale) !== false) answer = undefined;
    // Unreadable answers are never a no: after a few, they count as "not sure".
    if (answer === undefined && check.attempts + 1 >= MAX_ATTEMPTS) answer = 'unsure';
    const step = screenStep(group, answer, check.unsure);
    switch (step.kind) {
      case 'next':
        return this.saidNo(dc, check, index, text, host);
      case 'retry':
        check.attempts += 1;
        return host.ask(dc, { kind: 'group', index }, 'retry');
      case 'describe':
        check.unsure += 1;
        await dc.context.sendActivity(signsDescribed(this.services.responses, this.describedFor(text, index)));
        return host.ask(dc, { kind: 'group', index }, 'again');
      case 'escalate':
        if (step.unsure) await dc.context.sendActivity(words.unsureAsYes);
        // A yes to the whole group: the reason names what was asked, not a sign the person never picked.
        return host.escalate(dc, group.items.length > 1 ? { ...step.item, why: fill(words.anyOfGroup, { signs: listOf(group.items.map((i) => i.why), 'or') }) } : step.item, group.question);
      case 'which':
        if (step.unsure) await dc.context.sendActivity(words.unsureAsYes);
        return host.ask(dc, { kind: 'which', index });
    }
  }

  async onWhich(dc: DialogContext, check: CheckState, index: number, text: string, host: ScreenHost): Promise<DialogTurnResult> {
    const group = vocabulary().screen[index]!;
    const picked = pointedSign(group, text, true);
    const item = pickItem(group, text) ?? (picked.kind === 'item' ? picked.item : undefined);
    if (item) return host.escalate(dc, item);
    const reading = this.parsing.reading(dc.context, text);
    if (reading.kind === 'correction') {
      // "wait no, I meant no" right after the yes: the group's question again; only a clear no moves on.
      await dc.context.sendActivity(this.services.acts.inCheck.correction);
      check.corrected = index;
      return host.ask(dc, { kind: 'group', index }, 'again');
    }
    if (reading.kind === 'act') return this.onActAtYesNo(dc, check, { kind: 'which', index }, reading.act, host);
    if (reading.kind === 'question') return this.onQuestionAtYesNo(dc, { kind: 'which', index }, host);
    const answer = reading.kind === 'answer' ? reading.answer : undefined;
    if (answer === false) {
      // "none of them, actually": a clear no after all.
      await dc.context.sendActivity(this.services.responses.triage.screenWords.changedToNo);
      check.nextGroup = index + 1;
      await noteDenied(dc.context, this.services, group.items.map((i) => i.flag));
      return host.advance(dc);
    }
    check.attempts += 1;
    // Not sure which: the safe reading is the most serious of the group.
    if (answer === 'unsure' || check.attempts >= MAX_ATTEMPTS) return host.escalate(dc, mostSerious(group), group.question);
    return host.ask(dc, { kind: 'which', index }, 'retry');
  }

  /**
   * The plain description for "what's that?": of the question asked, or of another question's
   * sign the message asks about by name ("what's foot drop?" at the bladder question).
   */
  private describedFor(text: string, index: number, named = this.namedGroup(text) ?? describedOnlyIn(text)): string {
    const own = vocabulary().screen[index]!;
    return named === undefined || named.items.some((i) => own.items.includes(i)) ? own.describe : named.describe;
  }

  /**
   * The message gives its yes to a sign with a calm note (told this turn, none of this question's signs told
   * present) and one of its sentences, naming no sign, says no.
   */
  private yesGoesElsewhere(dc: DialogContext, index: number, text: string): boolean {
    if ((getUnderstanding(dc.context)?.calmTold?.length ?? 0) === 0) return false;
    const own = new Set(vocabulary().screen[index]!.items.map((i) => i.flag));
    const told = (part: string) => this.services.redFlags.toldNow(part, true).present;
    if (told(text).some((f) => own.has(f))) return false;
    const locale = dc.context.activity.locale;
    return sentences(text).some((s) => parseYesNo(s, locale) === false && told(s).length === 0);
  }

  /** A no to the group question: the next question, or the result. */
  private async saidNo(dc: DialogContext, check: CheckState, index: number, text: string, host: ScreenHost): Promise<DialogTurnResult> {
    // "no to all of them": every safety question left is answered no too, and the result follows.
    check.nextGroup = noToEveryOneIn(text, dc.context.activity.locale) ? vocabulary().screen.length : index + 1;
    check.corrected = undefined;
    check.lastNo = index;
    // The groups answered no are denied signs for the rest of the conversation's replies.
    await noteDenied(dc.context, this.services, vocabulary().screen.slice(index, check.nextGroup).flatMap((g) => g.items.map((i) => i.flag)));
    return host.advance(dc);
  }

  /**
   * This question's sign that the message tells of, read by the screen as unsure (its check band).
   * Not the learned stage's guess with no word of the sign's own (`unanchored`) in an answer that
   * says no and tells of none of the question's signs by the lexicon ("no, nothing going on down there"): the
   * denial's words are what the guess read.
   */
  private toldUnsure(dc: DialogContext, group: ScreenGroup, text: string): ScreenItem | undefined {
    const flag = getUnderstanding(dc.context)?.redFlag;
    if (flag?.level !== 'check') return undefined;
    const told = new Set(this.services.redFlags.toldNow(text, true).present);
    if (flag.unanchored && parseYesNo(text, dc.context.activity.locale) === false && !group.items.some((item) => told.has(item.flag))) return undefined;
    return group.items.find((item) => flag.flags.includes(item.flag));
  }

  /** The safety question whose sign the message names, asked about or told. */
  private namedGroup(text: string): ScreenGroup | undefined {
    const named = new Set([...this.services.redFlags.supposed(text), ...this.services.redFlags.toldNow(text, true).present]);
    return vocabulary().screen.find((g) => g.items.some((i) => named.has(i.flag)));
  }

  /**
   * The answer of the message's other sentences, when the sentences read as "not sure" are doubt
   * beside feeling well about another question's signs (dialogs/redFlagCheck.ts); 'noted' when
   * there are no others.
   */
  private withoutOthersDoubt(dc: DialogContext, index: number, text: string): boolean | 'unsure' | 'noted' | undefined {
    const own = new Set(vocabulary().screen[index]!.items.map((i) => i.flag));
    const doubted = doubtedWell(dc.context);
    if (doubted.length === 0 || doubted.some((f) => own.has(f))) return undefined;
    const parts = sentences(text);
    const doubts = doubtedIn(dc.context, this.services.checkDialogue, text);
    const othersDoubt = (part: string) => {
      if (!doubts.has(part)) return false;
      const read = this.parsing.reading(dc.context, part);
      return read.kind === 'answer' && read.answer === 'unsure';
    };
    const rest = parts.filter((p) => !othersDoubt(p));
    if (rest.length === parts.length) return undefined;
    // The whole message is that doubt: noted for later, and this question asked again.
    if (rest.length === 0) return 'noted';
    const read = this.parsing.reading(dc.context, rest.join('. '));
    return read.kind === 'answer' ? read.answer : undefined;
  }

  /**
   * Every no in the message names a sign of another question ("no temperature, no crash"): no
   * clause says a plain no, and nothing denied belongs to the group asked.
   */
  private deniesOnlyOthers(dc: DialogContext, index: number, text: string): boolean {
    const own = new Set(vocabulary().screen[index]!.items.map((i) => i.flag));
    const deniedIn = (part: string) => deniedSigns(part, this.parsing.denied(dc.context, part));
    const all = deniedIn(text);
    if (all.size === 0 || [...all].some((f) => own.has(f))) return false;
    // "no. no fever either", "none of that, no fever": a first clause naming no sign is a plain no to the question asked.
    const plainNo = vocabulary().control.deniesSign.test(prepare(firstClause(text))) || opensWithPlainNo(text, deniedIn, dc.context.activity.locale);
    // "ah, right. no, all normal, same as ever": the plain no may open a later sentence.
    return !plainNo && !saysPlainNoInASentence(text, deniedIn, dc.context.activity.locale);
  }

  /** A thank-you, "better now", "worse since lunch" or "let's carry on" at a yes/no question: a reply, then the question again. */
  private async onActAtYesNo(dc: DialogContext, check: CheckState, pending: Pending, act: string, host: ScreenHost): Promise<DialogTurnResult> {
    const acts = this.services.acts.inCheck;
    const notBetter = saysNotBetter(dc.context.activity.text ?? '');
    // "no better" is no change to say back in the summary.
    if (act === 'better' || (act === 'worse' && !notBetter)) check.change = act;
    const worse = notBetter ? acts.notBetter : acts.worse;
    const reply = act === 'better' ? acts.better : act === 'worse' ? worse : act === 'carry_on' ? acts.carryOn : act === 'thanks_ok' && pending.kind === 'group' ? acts.okAtYesNo : undefined;
    if (!reply) {
      check.attempts += 1;
      return host.ask(dc, pending, 'retry');
    }
    await dc.context.sendActivity(reply);
    return host.ask(dc, pending, 'again');
  }

  /**
   * A question the answers could not place, asked instead of answering a
   * safety question ("ok so what do I do?"): never read as yes or not sure,
   * and no failed try; said when it comes, then the question again.
   */
  private async onQuestionAtYesNo(dc: DialogContext, pending: Pending, host: ScreenHost): Promise<DialogTurnResult> {
    await dc.context.sendActivity(this.services.responses.triage.questionAtScreen);
    return host.ask(dc, pending, 'again');
  }
}
