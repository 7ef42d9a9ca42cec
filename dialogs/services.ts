import type { StatePropertyAccessor } from 'botbuilder';
import type { Answers } from '../src/knowledge/answers';
import type { AnswerState } from '../src/knowledge/answerState';
import type { KnowledgeBase } from '../src/knowledge/knowledgeBase';
import type { Responses } from '../src/content/responses';
import type { EmergencyNumbers } from '../src/safety/emergencyNumbers';
import type { RedFlagDetector } from '../src/safety/redFlagDetector';

/** What the dialogs need from the layers below them, injected by src/app.ts. */
export interface DialogServices {
  knowledge: KnowledgeBase;
  /** Passages, their matching and wording (src/knowledge/answers.ts). */
  answers: Answers;
  /** The last answer and the user's facts, in conversation state (so "delete my data" removes them). */
  answerState: StatePropertyAccessor<AnswerState | undefined>;
  responses: Responses;
  numbers: EmergencyNumbers;
  redFlags: Pick<RedFlagDetector, 'describe' | 'reason' | 'level'>;
  /** Injected so that tests of onset ("two days ago") are deterministic. */
  now(): Date;
}

