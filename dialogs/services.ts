import type { KnowledgeBase } from '../src/knowledge/knowledgeBase';
import type { Responses } from '../src/content/responses';
import type { EmergencyNumbers } from '../src/safety/emergencyNumbers';
import type { RedFlagDetector } from '../src/safety/redFlagDetector';
import type { ActivityClockFields, UserClock } from '../src/triage/userClock';

/** What the dialogs need from the layers below them, injected by src/app.ts. */
export interface DialogServices {
  knowledge: KnowledgeBase;
  responses: Responses;
  numbers: EmergencyNumbers;
  redFlags: Pick<RedFlagDetector, 'describe' | 'reason' | 'level'>;
  /** The server's clock; injected so that tests of onset ("two days ago") are deterministic. */
  now(): Date;
  /** The user's clock for a turn: the activity's localTimestamp/localTimezone, else now() in DEFAULT_TIMEZONE. */
  userClock(activity: ActivityClockFields): UserClock;
}

