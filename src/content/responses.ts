import { readYamlFile } from '../util/yamlFile';
import { Intent, isIntent } from '../nlu/intents';
import type { Source } from '../knowledge/knowledgeBase';

type TriageField = 'location' | 'onset' | 'severity' | 'trigger';

/** knowledge/responses.yaml, typed. */
export interface Responses {
  disclaimer: string;
  welcome: { text: string; cardTitle: string; suggestions: Intent[] };
  labels: Partial<Record<Intent, string>>;
  greeting: string;
  thanks: string;
  /** A thanks that called the bot a doctor or nurse ("thank you doctor"): what it is, said once. */
  thanksNotClinician: string;
  goodbye: string;
  help: { text: string; suggestions: Intent[] };
  fallback: { text: string; suggestions: Intent[] };
  backRelated: { keywords: string[]; painWords: string[]; text: string; suggestions: Intent[] };
  /** A pain report that asks a question no passage answers: what helps most, with the check offered. */
  questionFirst: { text: string; suggestions: Intent[] };
  /** A remark no answer reads, in a conversation already about their back: never "not something I can help with". */
  midConversation: { text: string; suggestions: Intent[] };
  /** "how's your week been?" asked of the bot: a light reply that steers back to their back, never the refusal. */
  smallTalk: { phrases: string[]; text: string; suggestions: Intent[] };
  /** A question about the symptom check itself that no act read ("what do you need for the check?"): how it goes, and the offer. */
  aboutCheck: { phrases: string[]; text: string; suggestions: Intent[] };
  cancelNothing: string;
  cancelled: string;
  /** Who the bot is, what it can and cannot do, and what it keeps. */
  aboutBot: string;
  /** "Who sees what I type?": what it keeps, on its own. */
  aboutPrivacy: string;
  unreadable: { empty: string; attachment: string };
  answer: { stepsHeading: string; cautionsHeading: string; sourcesHeading: string; reminderAfterEscalation: string; reminderAgreed: string; ifEmergencySign: string; ifUrgentSign: string; signRare: string };
  triage: {
    intro: string;
    introFromReport: string;
    introForOther: string;
    help: string;
    resume: string;
    pausedAfterAside: string;
    pausedFrustrated: string;
    prompts: Record<TriageField, string>;
    retries: Record<TriageField, string>;
    choices: { location: string[]; trigger: string[] };
    screenWords: {
      choices: string[];
      notSureChoice: string;
      retry: string;
      describeIntro: string;
      unsureAsYes: string;
      which: string;
      whichRetry: string;
      changedToNo: string;
      /** Signs of later questions denied while another waits: noted, then that one again. */
      otherNoted: string;
      /** A yes to a grouped question names the whole group, not its first sign: {signs}. */
      anyOfGroup: string;
      /** A grouped question with some signs already ruled out: {denied} read back, only {rest} asked. */
      partlyDenied: string;
    };
    progress: Record<'many' | 'one' | 'howMany' | 'howManyOneMore' | 'howManyOne' | 'howManyNone', string>;
    reuse: { finished: string; stopped: string; choices: string[]; resumed: string; resumedWith: string };
    retriesAfterHistory: { onset: string };
    severityNumber: string;
    noted: string;
    deniedNoted: string;
    questionNotPlaced: string;
    questionAtScreen: string;
    asides: { closing: Record<'thanks' | 'goodbye' | 'apology' | 'away', string>; closingRest: string; awayRest: string; awayIdle: string; apologyIdle: string; scale: string; scaleKept: string; scaleGuess: string; leftOut: string; alreadySaid: string; newSafetyQuestion: string };
    why: Record<'location' | 'onset' | 'severity' | 'trigger' | 'screen' | 'skip', string>;
    /** A detail question in plain words, for "what do you mean?" (dialogs/checkMeaning.ts). */
    meaning: Record<'location' | 'onset' | 'severity' | 'trigger', string>;
    control: Record<'skipped' | 'skippedScreen' | 'skipRest' | 'soFar' | 'takeaway' | 'changed' | 'verdictNow' | 'watchIntro' | 'watchEmergency' | 'watchUrgent', string> & {
      /** Per safety group id: its signs in a few words, by level, for the watch list. */
      watch: Record<string, Partial<Record<'emergency' | 'urgent', string>>>;
    };
    result: {
      heading: string;
      now: Record<'fresh' | 'notFresh' | 'stayActive' | 'medication' | 'stretchesMild', string>;
      warnings: Record<'severe' | 'upperBack' | 'leg' | 'seeDoctorLong', string>;
      safetyNet: string;
      sourcesShort: string;
      detailsButton: string;
      detailsNone: string;
    };
    summary: string;
    summaryBrief: string;
    phrases: Record<
      'location' | 'onset' | 'onsetWords' | 'severity' | 'severitySpread' | 'trigger' | 'history' | 'unknownLocation' | 'unknownOnset' | 'unknownSeverity' | 'worse',
      string
    >;
    advice: Record<
      | 'heading' | 'fresh' | 'notFresh' | 'heatSafety' | 'stayActive' | 'medication' | 'stretchesMild' | 'stretchesSevere'
      | 'leg' | 'upperBack' | 'severe' | 'seeDoctorRecent' | 'seeDoctorLong' | 'watchFor',
      string
    >;
    sources: Source[];
    afterSummary: Intent[];
  };
  escalation: {
    emergency: { first: string; why: string; after: string };
    urgent: { first: string; why: string; after: string };
    urgentRouteDefault: string;
    urgentRouteWithLine: string;
    reminder: { emergency: string; urgent: string };
    /** A same-day sign told after an emergency: the emergency still stands. */
    emergencyKept: string;
    /** The same when the emergency was for someone written for ("call 911 for him"). */
    emergencyKeptOther: string;
    alreadyEscalated: string;
    handoffSummary: string;
  };
}

// Paths whose value must be a non-empty string; checked at load so that a typo
// in the YAML stops start-up instead of surfacing as "undefined" in a reply.
// The lists below hold one full path a line, sorted, so that branches adding
// keys merge without a conflict.
const REQUIRED_STRINGS = [
  'aboutBot',
  'aboutCheck.text',
  'aboutPrivacy',
  'answer.cautionsHeading',
  'answer.ifEmergencySign',
  'answer.ifUrgentSign',
  'answer.reminderAfterEscalation',
  'answer.reminderAgreed',
  'answer.signRare',
  'answer.sourcesHeading',
  'answer.stepsHeading',
  'backRelated.text',
  'cancelNothing',
  'cancelled',
  'disclaimer',
  'escalation.alreadyEscalated',
  'escalation.emergency.after',
  'escalation.emergency.first',
  'escalation.emergency.why',
  'escalation.emergencyKept',
  'escalation.emergencyKeptOther',
  'escalation.handoffSummary',
  'escalation.reminder.emergency',
  'escalation.reminder.urgent',
  'escalation.urgent.after',
  'escalation.urgent.first',
  'escalation.urgent.why',
  'escalation.urgentRouteDefault',
  'escalation.urgentRouteWithLine',
  'fallback.text',
  'goodbye',
  'greeting',
  'help.text',
  'midConversation.text',
  'questionFirst.text',
  'smallTalk.text',
  'thanks',
  'thanksNotClinician',
  'triage.advice.fresh',
  'triage.advice.heading',
  'triage.advice.heatSafety',
  'triage.advice.leg',
  'triage.advice.medication',
  'triage.advice.notFresh',
  'triage.advice.seeDoctorLong',
  'triage.advice.seeDoctorRecent',
  'triage.advice.severe',
  'triage.advice.stayActive',
  'triage.advice.stretchesMild',
  'triage.advice.stretchesSevere',
  'triage.advice.upperBack',
  'triage.advice.watchFor',
  'triage.asides.alreadySaid',
  'triage.asides.apologyIdle',
  'triage.asides.awayIdle',
  'triage.asides.awayRest',
  'triage.asides.closing.apology',
  'triage.asides.closing.away',
  'triage.asides.closing.goodbye',
  'triage.asides.closing.thanks',
  'triage.asides.closingRest',
  'triage.asides.leftOut',
  'triage.asides.newSafetyQuestion',
  'triage.asides.scale',
  'triage.asides.scaleGuess',
  'triage.asides.scaleKept',
  'triage.control.changed',
  'triage.control.skipRest',
  'triage.control.skipped',
  'triage.control.skippedScreen',
  'triage.control.soFar',
  'triage.control.takeaway',
  'triage.control.verdictNow',
  'triage.control.watch.accident_heart.emergency',
  'triage.control.watch.bones.urgent',
  'triage.control.watch.cancer.urgent',
  'triage.control.watch.infection.emergency',
  'triage.control.watch.infection.urgent',
  'triage.control.watch.legs.emergency',
  'triage.control.watch.nerves.emergency',
  'triage.control.watchEmergency',
  'triage.control.watchIntro',
  'triage.control.watchUrgent',
  'triage.deniedNoted',
  'triage.help',
  'triage.intro',
  'triage.introForOther',
  'triage.introFromReport',
  'triage.meaning.location',
  'triage.meaning.onset',
  'triage.meaning.severity',
  'triage.meaning.trigger',
  'triage.noted',
  'triage.pausedAfterAside',
  'triage.pausedFrustrated',
  'triage.phrases.history',
  'triage.phrases.location',
  'triage.phrases.onset',
  'triage.phrases.onsetWords',
  'triage.phrases.severity',
  'triage.phrases.severitySpread',
  'triage.phrases.trigger',
  'triage.phrases.unknownLocation',
  'triage.phrases.unknownOnset',
  'triage.phrases.unknownSeverity',
  'triage.phrases.worse',
  'triage.progress.howMany',
  'triage.progress.howManyNone',
  'triage.progress.howManyOne',
  'triage.progress.howManyOneMore',
  'triage.progress.many',
  'triage.progress.one',
  'triage.prompts.location',
  'triage.prompts.onset',
  'triage.prompts.severity',
  'triage.prompts.trigger',
  'triage.questionAtScreen',
  'triage.questionNotPlaced',
  'triage.result.detailsButton',
  'triage.result.detailsNone',
  'triage.result.heading',
  'triage.result.now.fresh',
  'triage.result.now.medication',
  'triage.result.now.notFresh',
  'triage.result.now.stayActive',
  'triage.result.now.stretchesMild',
  'triage.result.safetyNet',
  'triage.result.sourcesShort',
  'triage.result.warnings.leg',
  'triage.result.warnings.seeDoctorLong',
  'triage.result.warnings.severe',
  'triage.result.warnings.upperBack',
  'triage.resume',
  'triage.retries.location',
  'triage.retries.onset',
  'triage.retries.severity',
  'triage.retries.trigger',
  'triage.retriesAfterHistory.onset',
  'triage.reuse.finished',
  'triage.reuse.resumed',
  'triage.reuse.resumedWith',
  'triage.reuse.stopped',
  'triage.screenWords.anyOfGroup',
  'triage.screenWords.changedToNo',
  'triage.screenWords.describeIntro',
  'triage.screenWords.notSureChoice',
  'triage.screenWords.otherNoted',
  'triage.screenWords.partlyDenied',
  'triage.screenWords.retry',
  'triage.screenWords.unsureAsYes',
  'triage.screenWords.which',
  'triage.screenWords.whichRetry',
  'triage.severityNumber',
  'triage.summary',
  'triage.summaryBrief',
  'triage.why.location',
  'triage.why.onset',
  'triage.why.screen',
  'triage.why.severity',
  'triage.why.skip',
  'triage.why.trigger',
  'unreadable.attachment',
  'unreadable.empty',
  'welcome.cardTitle',
  'welcome.text',
];
const INTENT_LISTS = [
  'aboutCheck.suggestions',
  'backRelated.suggestions',
  'fallback.suggestions',
  'help.suggestions',
  'midConversation.suggestions',
  'questionFirst.suggestions',
  'smallTalk.suggestions',
  'triage.afterSummary',
  'welcome.suggestions',
];
const STRING_LISTS = [
  'aboutCheck.phrases',
  'backRelated.keywords',
  'backRelated.painWords',
  'smallTalk.phrases',
  'triage.choices.location',
  'triage.choices.trigger',
  'triage.reuse.choices',
  'triage.screenWords.choices',
];

function at(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
}

export function loadResponses(path: string): Responses {
  const data = readYamlFile(path);
  const fail = (field: string, problem: string): never => {
    throw new Error(`${path}: field "${field}" ${problem}`);
  };
  for (const p of REQUIRED_STRINGS) {
    const v = at(data, p);
    if (typeof v !== 'string' || !v.trim()) fail(p, 'must be a non-empty string');
  }
  for (const p of [...INTENT_LISTS, ...STRING_LISTS]) {
    const v = at(data, p);
    if (!Array.isArray(v) || v.length === 0 || v.some((s) => typeof s !== 'string')) fail(p, 'must be a non-empty list of strings');
    if (INTENT_LISTS.includes(p)) for (const s of v as string[]) if (!isIntent(s)) fail(p, `names unknown intent "${s}"`);
  }
  for (const [key, label] of Object.entries((at(data, 'labels') ?? {}) as Record<string, unknown>)) {
    if (!isIntent(key)) fail(`labels.${key}`, 'is not an intent');
    if (typeof label !== 'string' || !label.trim()) fail(`labels.${key}`, 'must be a non-empty string');
  }
  return data as Responses;
}

/** Fills {placeholders}; a placeholder with no value is left visible so that review catches it. */
export function fill(template: string, values: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = values[key];
    return v === undefined ? whole : String(v);
  });
}

/** "a, b and c" (or "a, b or c"): items in one run of a sentence. */
export function listOf(items: readonly string[], conjunction: 'and' | 'or'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
