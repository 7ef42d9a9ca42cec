/**
 * What a symptom check starts from and what is kept of it between checks: the
 * options the routing dialogs start it with, and the check saved in conversation
 * state (symptomCheckTurns.ts runs it).
 */
import type { CheckState, DetailField } from '../src/triage/symptomCheck';
import type { Pronoun } from '../src/safety/helperSubject';

/** A check kept in conversation state after it stops or finishes, to resume or reuse. */
export interface SavedCheck {
  /** `heard`: details said before any check started, used when one does. */
  status: 'stopped' | 'finished' | 'heard';
  state: CheckState;
  /** While heard: the details a later message corrected ("sorry, the left side"), which win over the first telling. */
  corrected?: DetailField[];
}

export interface CheckOptions {
  /** The message that started the check; its details are not asked again. */
  openingText?: string;
  /** A stopped check to carry on with. */
  resume?: CheckState;
  /** An earlier check whose answers the user is offered to reuse. */
  offer?: SavedCheck;
  /** Someone writing for the person in pain: who the questions are about. */
  forOther?: Pronoun;
  /** Details said earlier in the conversation, before the check began: not asked again. */
  heard?: CheckState['details'];
  /** The heard details a correction changed: they win over the opening text (the first telling, when the check was offered). */
  heardCorrected?: DetailField[];
  /** "..., so what do I do?" with the details: the result now, with the warning signs to watch for. */
  verdictNow?: boolean;
  /** Started by a pain report with its details (not a request): the details are said back with the opening. */
  fromReport?: boolean;
}
