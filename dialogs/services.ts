import type { StatePropertyAccessor } from 'botbuilder';
import type { ActReplies } from '../src/content/actReplies';
import type { Answers } from '../src/knowledge/answers';
import type { AnswerState } from '../src/knowledge/answerState';
import type { KnowledgeBase } from '../src/knowledge/knowledgeBase';
import type { ScopeGuide } from '../src/knowledge/scope';
import type { AcrossTurns } from '../src/safety/acrossTurns';
import type { Responses } from '../src/content/responses';
import type { EmergencyNumbers } from '../src/safety/emergencyNumbers';
import type { CheckDialogue } from '../src/safety/checkAnswers';
import type { RedFlagScreen } from '../src/safety/redFlagScreen';
import type { ActivityClockFields, UserClock } from '../src/triage/userClock';
import type { PausedDialog } from './pausedDialog';
import type { DeniedWording } from '../src/safety/deniedSigns';
import type { FeelingServices } from './feelingOpener';
import type { PersonWording } from '../src/content/personWording';
import type { Pronoun } from '../src/safety/helperSubject';

/** What the dialogs need from the layers below them, injected by src/app.ts. */
export interface DialogServices {
  knowledge: KnowledgeBase;
  /** Passages, their matching and wording (src/knowledge/answers.ts). */
  answers: Answers;
  /** The last answer and the user's facts, in conversation state (so "delete my data" removes them). */
  answerState: StatePropertyAccessor<AnswerState | undefined>;
  responses: Responses;
  numbers: EmergencyNumbers;
  /** The red-flag screen's methods the dialogs call. Keys: one a line, in alphabetical order, so that branches adding keys merge without a conflict. */
  redFlags: Pick<
    RedFlagScreen,
    | 'calm'
    | 'combinations'
    | 'denied'
    | 'describe'
    | 'detect'
    | 'explain'
    | 'explainedNote'
    | 'findingWords'
    | 'flagsWithPart'
    | 'helperOf'
    | 'historyCounts'
    | 'level'
    | 'namedPatientWords'
    | 'names'
    | 'narrowsToOneSide'
    | 'ordinaryCauseGiven'
    | 'patientWords'
    | 'personIn'
    | 'question'
    | 'readAsPatient'
    | 'reason'
    | 'ruledOutBy'
    | 'speaksOfNow'
    | 'supposed'
    | 'supposedWith'
    | 'toldNow'
    | 'toldOfPatient'
    | 'wordScope'
  >;
  /** Red-flag combinations whose parts come in different messages (knowledge/safety/across-turns.yaml). */
  acrossTurns?: AcrossTurns;
  /** Wording and answer phrases of the red-flag check question (knowledge/safety/check-dialogue.yaml). */
  checkDialogue: CheckDialogue;
  /** The server's clock; injected so that tests of onset ("two days ago") are deterministic. */
  now(): Date;
  /** The user's clock for a turn: the activity's localTimestamp/localTimezone, else now() in DEFAULT_TIMEZONE. */
  userClock(activity: ActivityClockFields): UserClock;
  /** knowledge/acts.yaml: replies to dialogue acts. */
  acts: ActReplies;
  /** knowledge/scope.yaml: other body parts, and where to go for them. */
  scope: ScopeGuide;
  /** Conversation state: the dialog stopped by "stop"/"bye", so that "carry on" can resume it. */
  paused: StatePropertyAccessor<PausedDialog | undefined>;
  /** knowledge/feelings.yaml: a feeling or situation told, heard in the reply's first sentence (dialogs/feelingOpener.ts). */
  feelings?: FeelingServices;
  /** knowledge/language/person-words.yaml and the person a helper writes for: replies about them say her, him or them (dialogs/aboutPatient.ts). */
  person?: { wording: PersonWording; writingFor: StatePropertyAccessor<{ pronoun: Pronoun } | undefined> };
  /** Warning signs denied for the patient (conversation state, dialogs/deniedRecord.ts) and how replies name them. */
  denied: {
    record: StatePropertyAccessor<string[] | undefined>;
    wording: DeniedWording;
    /** The conversation's escalation, if any: after one, no reply says nothing told is a warning sign. */
    escalation: StatePropertyAccessor<unknown>;
  };
}

