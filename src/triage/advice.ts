/**
 * The symptom check's advice rules, as pure functions of what the user said.
 * The dialog turns the keys into words from knowledge/responses.yaml
 * (triage.advice), so the rules are tested here and the wording reviewed there.
 * Thresholds follow shared/clinical-notes.md.
 */
import type { SymptomDetails } from './types';

export type AdviceKey =
  | 'fresh'
  | 'notFresh'
  | 'heatSafety'
  | 'stayActive'
  | 'medication'
  | 'stretchesMild'
  | 'stretchesSevere'
  | 'leg'
  | 'upperBack'
  | 'severe'
  | 'seeDoctorRecent'
  | 'seeDoctorLong'
  | 'watchFor';

export const ADVICE_RULES = {
  /** Up to this many hours a spasm is "fresh": a cold pack is an option. */
  freshHours: 48,
  /** Past 6 weeks the advice is to book a GP or physiotherapist. */
  longHours: 6 * 7 * 24,
  /** From this severity, hold off stretches. */
  noStretchesFrom: 8,
  /** From this severity, unbearable even with painkillers: be seen today. */
  seenTodayFrom: 9,
} as const;

/** What the advice depends on; anything the user did not say is absent. */
export type AdviceInput = Partial<Pick<SymptomDetails, 'onset' | 'severity' | 'location'>>;

/** The score advice goes by: the worst said, when higher than now ("a 5 now, an 8 last night"), the safer reading. */
function adviceSeverity(s: SymptomDetails['severity'] | undefined): number | undefined {
  return s === undefined ? undefined : Math.max(s.value, s.worst ?? s.value);
}

/**
 * The advice lines, in order; each line is one or more keys whose texts are
 * joined with a space ("fresh" + "heatSafety").
 */
export function adviceLines(d: AdviceInput): AdviceKey[][] {
  const hours = d.onset?.hours;
  const severity = adviceSeverity(d.severity);
  const lines: AdviceKey[][] = [
    [hours !== undefined && hours <= ADVICE_RULES.freshHours ? 'fresh' : 'notFresh', 'heatSafety'],
    ['stayActive'],
    ['medication'],
    [severity !== undefined && severity >= ADVICE_RULES.noStretchesFrom ? 'stretchesSevere' : 'stretchesMild'],
  ];
  if (d.location?.radiatesToLeg) lines.push(['leg']);
  if (d.location?.region === 'upper') lines.push(['upperBack']);
  if (severity !== undefined && severity >= ADVICE_RULES.seenTodayFrom) lines.push(['severe']);
  lines.push([hours !== undefined && hours > ADVICE_RULES.longHours ? 'seeDoctorLong' : 'seeDoctorRecent']);
  lines.push(['watchFor']);
  return lines;
}

export type FirstThingKey = 'fresh' | 'notFresh' | 'stayActive' | 'medication' | 'stretchesMild';
export type WarningKey = 'severe' | 'upperBack' | 'leg' | 'seeDoctorLong';

/** At most this many warnings lead the result; the rest are in the details. */
export const MAX_WARNINGS = 2;

/**
 * The warnings that lead the result, most important first: unbearable pain,
 * pain between the shoulder blades, pain down a leg, over 6 weeks.
 */
export function warnings(d: AdviceInput): WarningKey[] {
  const out: WarningKey[] = [];
  const severity = adviceSeverity(d.severity);
  if (severity !== undefined && severity >= ADVICE_RULES.seenTodayFrom) out.push('severe');
  if (d.location?.region === 'upper') out.push('upperBack');
  if (d.location?.radiatesToLeg) out.push('leg');
  if (d.onset?.hours !== undefined && d.onset.hours > ADVICE_RULES.longHours) out.push('seeDoctorLong');
  return out.slice(0, MAX_WARNINGS);
}

/**
 * The three things to do now for this person: heat (or cold while it is
 * fresh), keep moving, and a painkiller when the pain is bad or gentle
 * stretches when it is not.
 */
export function firstThings(d: AdviceInput): [FirstThingKey, FirstThingKey, FirstThingKey] {
  const hours = d.onset?.hours;
  const severity = adviceSeverity(d.severity);
  return [
    hours !== undefined && hours <= ADVICE_RULES.freshHours ? 'fresh' : 'notFresh',
    'stayActive',
    severity !== undefined && severity >= ADVICE_RULES.noStretchesFrom ? 'medication' : 'stretchesMild',
  ];
}
