import type { TurnContext } from 'botbuilder';
import { fill, listOf } from '../src/content/responses';
import { type CheckState, type Pending, remainingAfter } from '../src/triage/symptomCheck';
import { vocabulary } from '../src/triage/vocabulary';
import type { CheckWording } from './checkWording';
import { promptWithChoices } from './replies';
import type { DialogServices } from './services';
import type { SavedCheck } from './checkOptions';
import type { Pronoun } from '../src/safety/helperSubject';

/** How a question is asked: the first time, after a failed answer, again after an aside, or after "third time this year". */
export type AskMode = 'first' | 'retry' | 'again' | 'history';

/** The symptom check's questions as sent: wording by kind and mode, buttons, and one progress count. */
export class CheckQuestions {
  constructor(
    private readonly services: DialogServices,
    private readonly wording: CheckWording,
  ) {}

  /**
   * The pending question's text, with its buttons and progress; `offer` is the earlier check a reuse question is about.
   * `forOther`: the check is about someone the writer helps, so its questions ask of them ("does he have ...?").
   */
  text(context: TurnContext, check: CheckState, pending: Pending, mode: AskMode = 'again', offer?: SavedCheck, forOther?: Pronoun) {
    const triage = this.services.responses.triage;
    const person = this.services.person;
    const ofThem = (q: string) => (forOther && person ? person.wording.aboutThem(q, forOther) : q);
    const channel = context.activity.channelId;
    const groups = vocabulary().screen;
    switch (pending.kind) {
      case 'detail': {
        const fixed = pending.field === 'location' ? triage.choices.location : pending.field === 'trigger' ? triage.choices.trigger : [];
        // Told it has happened before ("on and off for years"), "when did it start?" would ask about the first time: this bout's start is asked.
        const afterHistory = mode === 'history' || (pending.field === 'onset' && mode !== 'retry' && check.details.history !== undefined);
        const base = afterHistory ? triage.retriesAfterHistory.onset : mode === 'retry' ? triage.retries[pending.field] : triage.prompts[pending.field];
        return promptWithChoices(this.withProgress(ofThem(base), check, pending), fixed, channel);
      }
      case 'severityNumber':
        return promptWithChoices(triage.severityNumber, [], channel);
      case 'group': {
        // Only a group's own question: the partly-denied one opens with what the writer told ("You've told me ...").
        const own = this.groupQuestion(check, pending.index);
        const q = own === vocabulary().screen[pending.index]!.question ? ofThem(own) : own;
        const text = mode === 'retry' ? `${triage.screenWords.retry}\n\n${q}` : this.withProgress(q, check, pending);
        return promptWithChoices(text, triage.screenWords.choices, channel);
      }
      case 'which': {
        const labels = groups[pending.index]!.items.map((i) => i.label);
        const text = mode === 'retry' ? triage.screenWords.whichRetry : triage.screenWords.which;
        return promptWithChoices(text, [...labels, triage.screenWords.notSureChoice], channel);
      }
      case 'reuse': {
        const template = offer?.status === 'stopped' ? triage.reuse.stopped : triage.reuse.finished;
        return promptWithChoices(fill(template, { summary: this.wording.summaryBody(offer?.state.details ?? {}) }), triage.reuse.choices, channel);
      }
    }
  }

  /**
   * A group's question; when some of its signs were already ruled out ("no
   * fever, never had cancer"), those are read back and only the rest asked.
   */
  private groupQuestion(check: CheckState, index: number): string {
    const group = vocabulary().screen[index]!;
    const denied = new Set(check.denied ?? []);
    const ruledOut = group.items.filter((i) => denied.has(i.flag));
    if (ruledOut.length === 0 || ruledOut.length === group.items.length) return group.question;
    const rest = group.items.filter((i) => !denied.has(i.flag));
    // "a fever" ruled out covers "a fever while feeling very unwell": the broader one is said.
    const why = (items: typeof rest) => {
      const all = [...new Set(items.map((i) => i.why))];
      return all.filter((w) => !all.some((o) => o !== w && w.startsWith(o)));
    };
    return fill(this.services.responses.triage.screenWords.partlyDenied, { denied: listOf(why(ruledOut), 'and'), rest: listOf(why(rest), 'or') });
  }

  private withProgress(question: string, check: CheckState, pending: Pending): string {
    const n = remainingAfter(check, pending, vocabulary().screen.length);
    const { progress } = this.services.responses.triage;
    if (n <= 0) return question;
    return `${question} ${n === 1 ? progress.one : fill(progress.many, { n })}`;
  }

  /** "How many more?": counted as the question's own progress note counts. */
  howManyText(check: CheckState, pending: Pending): string {
    const { progress } = this.services.responses.triage;
    // The same count as the question's own "(4 more questions after this one)".
    const n = remainingAfter(check, pending, vocabulary().screen.length);
    if (n < 0) return progress.howManyNone;
    return n === 0 ? progress.howManyOne : n === 1 ? progress.howManyOneMore : fill(progress.howMany, { n });
  }
}
