import { readYamlFile } from '../util/yamlFile';
import { Language, foldCharacters } from '../language';
import { Intent, isIntent } from '../nlu/intents';
import type { Source } from '../knowledge/knowledgeBase';
import { INTENT_LISTS, REQUIRED_STRINGS, STRING_LISTS } from './responseFields';

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
  /** `withLead`: the same first steps opened by the line of a work demand the person stated ({lead}). */
  questionFirst: { text: string; withLead: string; suggestions: Intent[] };
  /** A remark no answer reads, in a conversation already about their back: never "not something I can help with". */
  /** `text` answers a limit or refusal (`limits`); `heard` any other remark mid-conversation. */
  midConversation: { text: string; suggestions: Intent[]; limits: string[]; heard: string };
  /** "how's your week been?" asked of the bot: a light reply that steers back to their back, never the refusal. */
  /** `pastimeWords`: each of `pastimes` in the language layer's words, made once at load (routing reads them every turn). */
  smallTalk: { phrases: string[]; text: string; suggestions: Intent[]; pastimes: string[]; pastimesText: string; pastimeWords: readonly (readonly string[])[] };
  /** A question about the symptom check itself that no act read ("what do you need for the check?"): how it goes, and the offer. */
  aboutCheck: { phrases: string[]; text: string; suggestions: Intent[] };
  cancelNothing: string;
  cancelled: string;
  /** Who the bot is, what it can and cannot do, and what it keeps. */
  aboutBot: string;
  /** "Who sees what I type?": what it keeps, on its own. */
  aboutPrivacy: string;
  unreadable: { empty: string; attachment: string };
  answer: {
    cautionsHeading: string;
    ifEmergencySign: string;
    ifUrgentSign: string;
    reminderAfterEscalation: string;
    reminderAgreed: string;
    signRare: string;
    sourcesHeading: string;
    stepsHeading: string;
  };
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
    progress: Record<
      | 'howMany'
      | 'howManyNone'
      | 'howManyOne'
      | 'howManyOneMore'
      | 'many'
      | 'one',
      string
    >;
    reuse: { finished: string; stopped: string; choices: string[]; resumed: string; resumedWith: string };
    retriesAfterHistory: { onset: string };
    severityNumber: string;
    noted: string;
    deniedNoted: string;
    questionNotPlaced: string;
    questionAtScreen: string;
    asides: {
      alreadySaid: string;
      apologyIdle: string;
      awayIdle: string;
      awayRest: string;
      closing: Record<'apology' | 'away' | 'goodbye' | 'thanks', string>;
      closingRest: string;
      leftOut: string;
      newSafetyQuestion: string;
      scale: string;
      scaleGuess: string;
      scaleKept: string;
    };
    why: Record<
      | 'location'
      | 'onset'
      | 'screen'
      | 'severity'
      | 'skip'
      | 'trigger',
      string
    >;
    /** A detail question in plain words, for "what do you mean?" (dialogs/checkMeaning.ts). */
    meaning: Record<'location' | 'onset' | 'severity' | 'trigger', string>;
    control: Record<
      | 'changed'
      | 'skipRest'
      | 'skipped'
      | 'skippedScreen'
      | 'soFar'
      | 'takeaway'
      | 'verdictNow'
      | 'watchEmergency'
      | 'watchIntro'
      | 'watchUrgent',
      string
    > & {
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
      | 'history'
      | 'location'
      | 'onset'
      | 'onsetWords'
      | 'severity'
      | 'severitySpread'
      | 'trigger'
      | 'unknownLocation'
      | 'unknownOnset'
      | 'unknownSeverity'
      | 'worse',
      string
    >;
    advice: Record<
      | 'fresh'
      | 'heading'
      | 'heatSafety'
      | 'leg'
      | 'medication'
      | 'notFresh'
      | 'seeDoctorLong'
      | 'seeDoctorRecent'
      | 'severe'
      | 'stayActive'
      | 'stretchesMild'
      | 'stretchesSevere'
      | 'upperBack'
      | 'watchFor',
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
  const responses = data as Responses;
  // The language layer's words, as messages are read: chat shorthand ("did u see") reads as the phrase ("did you see").
  const language = Language.fromDirectory();
  responses.smallTalk.pastimeWords = responses.smallTalk.pastimes.map((p) => language.words(foldCharacters(p)));
  return responses;
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
