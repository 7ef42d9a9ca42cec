import { isTopicIntent, TopicIntent } from '../nlu/intents';
import { readYamlFile } from '../util/yamlFile';
import { Language, foldCharacters } from '../language';
import { EscalationNeeds, loadEscalationNeeds } from './afterEscalationNeeds';

type Level = 'emergency' | 'urgent';
export type EscalatedAct = 'pushback' | 'ok' | 'agreedClose' | 'better' | 'worse' | 'drive' | 'driven' | 'drivenLater' | 'hold' | 'routine' | 'frustration' | 'goodbye' | 'answer' | 'other' | 'why' | 'later' | 'denied';

/** knowledge/acts.yaml, typed: what the bot says to a dialogue act, by where it comes. */
export interface ActReplies {
  /** "is that bad?" asked on its own: its phrases, the words that may follow one, and the direct answer. */
  /** `phraseWords`, `fillerWords`: the same in the language layer's words, made once at load. */
  /** "will I be right for ... on Friday?": its frames (and them in words, made at load), and the passage id that answers an event ahead. */
  readyAsked: { frames: string[]; passage: string; frameWords: readonly (readonly string[])[] };
  seriousAsked: { phrases: string[]; fillers: string[]; askWhen: string[]; text: string; phraseWords: readonly (readonly string[])[]; fillerWords: readonly (readonly string[])[]; askWhenWords: readonly (readonly string[])[] };
  routing: Record<
    'yes' | 'no' | 'unsure' | 'correction' | 'correctionNoted' | 'correctionTaken' | 'correctionSameAdvice' | 'better' | 'worse' | 'notBetter' | 'notBetterWeeks' | 'plan' | 'ok' | 'pushback' | 'frustration' | 'morePractical' | 'alreadyDoing' | 'alreadyNoHelp' | 'alreadyBeyond' | 'alreadyOther' | 'carryOnNothing' | 'carryOnResume' | 'howManyMore' | 'noSigns' | 'noSignsUrgent' | 'correctionThenAnswer' | 'saidAgain' | 'disagree' | 'missedQuestion' | 'missedThenAnswer' | 'confirmYes' | 'confirmNo' | 'confirmAsSaid' | 'yesLead' | 'noLead' | 'notYourFault' | 'earlierChat' | 'earlierChatLead',
    string
  >;
  interruption: Record<'pushback' | 'frustration' | 'ok' | 'howManyMore' | 'howManyMoreUnknown' | 'resume' | 'goodbye', string>;
  inCheck: Record<'okAtYesNo' | 'plan' | 'better' | 'worse' | 'notBetter' | 'carryOn' | 'askAgain' | 'correction' | 'correctionDetail' | 'correctionNoted', string>;
  afterEscalation: Record<Level, Record<EscalatedAct, string>> & {
    /** The replies when the alarm was for someone the writer is with ("call 999 for her"); others fall back to the writer's. */
    forOther?: Partial<Record<Level, Partial<Record<EscalatedAct, string>>>>;
    holdTopics: Record<Level, TopicIntent[]>;
    driveTopics: TopicIntent[];
    /** Topics whose answer follows a same-day instruction raised by the message that asked it. */
    selfCareWithUrgent: TopicIntent[];
    /** Flags after which no back self-care answer follows (the pain is likely not the back's). */
    selfCareNotWith: string[];
    /** Passages with these tags would contradict the instruction at this level ("book if not better in a few weeks" under "get seen today"). */
    heldTags: Record<Level, string[]>;
    /** A message about driving gets `drive`; about being driven by someone else ("can my son take me?") `driven`. */
    driveWords: string[];
    drivenWords: string[];
    /** The writer at the wheel ("I'll drive him in myself"): after an emergency, `drive`, not `driven`. */
    selfDriveWords: string[];
    /** A driving word with a word of the writer alone anywhere in the message ("drive her to A&E myself"): at the wheel too. */
    selfDriveVerbs: string[];
    selfDriveSelf: string[];
    /** Being driven at a later time ("my son can take me tomorrow") gets `drivenLater`: the lift is fine, the wait is not. */
    laterWords: string[];
    /** A statement opening with these ("but I can walk fine") pushes back on the instruction. */
    pushbackOpeners: string[];
    /** The instruction in one short line, worded anew, instead of the last reply word for word. */
    sayAgain: Record<Level, string[]>;
    cancel: string;
    /** Going now, with a question asked on the way out: go, the staff answer it. */
    goNow: string;
    /** A held painkiller question after an emergency: nothing more before being seen, tell the staff what was taken. */
    heldMedicine: string;
    /** Topics whose held question is a painkiller question (`heldMedicine`). */
    medicineTopics: TopicIntent[];
    howManyMore: string;
    carryOn: string;
    correction: string;
    /** knowledge/after-escalation.yaml: everyday obstacles and practical questions, and where to turn by locale. */
    needs: EscalationNeeds;
  };
}

const SHAPE = {
  routing: ['yes', 'no', 'unsure', 'correction', 'correctionNoted', 'correctionTaken', 'correctionSameAdvice', 'better', 'worse', 'notBetter', 'notBetterWeeks', 'plan', 'ok', 'pushback', 'frustration', 'morePractical', 'alreadyDoing', 'alreadyNoHelp', 'alreadyBeyond', 'alreadyOther', 'carryOnNothing', 'carryOnResume', 'howManyMore', 'noSigns', 'noSignsUrgent', 'correctionThenAnswer', 'saidAgain', 'disagree', 'missedQuestion', 'missedThenAnswer', 'confirmYes', 'confirmNo', 'confirmAsSaid', 'yesLead', 'noLead', 'notYourFault', 'earlierChat', 'earlierChatLead'],
  interruption: ['pushback', 'frustration', 'ok', 'howManyMore', 'howManyMoreUnknown', 'resume', 'goodbye'],
  inCheck: ['okAtYesNo', 'plan', 'better', 'worse', 'notBetter', 'carryOn', 'askAgain', 'correction', 'correctionDetail', 'correctionNoted'],
  'afterEscalation.emergency': ['pushback', 'ok', 'agreedClose', 'better', 'worse', 'drive', 'driven', 'drivenLater', 'hold', 'routine', 'frustration', 'goodbye', 'answer', 'other', 'why', 'later', 'denied'],
  'afterEscalation.urgent': ['pushback', 'ok', 'agreedClose', 'better', 'worse', 'drive', 'driven', 'drivenLater', 'hold', 'routine', 'frustration', 'goodbye', 'answer', 'other', 'why', 'later', 'denied'],
  afterEscalation: ['cancel', 'goNow', 'heldMedicine', 'howManyMore', 'carryOn', 'correction'],
};

function at(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
}

/** Loads and validates knowledge/acts.yaml; a missing message stops start-up naming the field. */
export function loadActReplies(path: string, needsPath: string): ActReplies {
  const data = readYamlFile(path);
  for (const [section, fields] of Object.entries(SHAPE)) {
    for (const field of fields) {
      const v = at(data, `${section}.${field}`);
      if (typeof v !== 'string' || !v.trim()) throw new Error(`${path}: field "${section}.${field}" must be a non-empty string`);
    }
  }
  for (const field of ['holdTopics.emergency', 'holdTopics.urgent', 'driveTopics', 'selfCareWithUrgent', 'medicineTopics']) {
    const list = at(data, `afterEscalation.${field}`);
    if (!Array.isArray(list) || list.some((t) => typeof t !== 'string' || !isTopicIntent(t))) {
      throw new Error(`${path}: field "afterEscalation.${field}" must be a list of topic intents`);
    }
  }
  for (const field of ['sayAgain.emergency', 'sayAgain.urgent', 'heldTags.emergency', 'heldTags.urgent', 'selfCareNotWith', 'driveWords', 'drivenWords', 'selfDriveWords', 'selfDriveVerbs', 'selfDriveSelf', 'laterWords', 'pushbackOpeners']) {
    const list = at(data, `afterEscalation.${field}`);
    if (!Array.isArray(list) || list.some((t) => typeof t !== 'string' || !t.trim())) {
      throw new Error(`${path}: field "afterEscalation.${field}" must be a list of words or phrases`);
    }
  }
  // forOther may name only some replies, each a reply the writer's own set has.
  for (const level of ['emergency', 'urgent']) {
    const other = at(data, `afterEscalation.forOther.${level}`);
    if (other === undefined) continue;
    for (const [field, v] of Object.entries(other && typeof other === 'object' ? other : { '': other })) {
      if (!SHAPE[`afterEscalation.${level}` as 'afterEscalation.emergency'].includes(field) || typeof v !== 'string' || !v.trim()) {
        throw new Error(`${path}: field "afterEscalation.forOther.${level}.${field}" must be a non-empty string for a reply of afterEscalation.${level}`);
      }
    }
  }
  for (const field of ['seriousAsked.phrases', 'seriousAsked.fillers', 'seriousAsked.askWhen', 'readyAsked.frames']) {
    const list = at(data, field);
    if (!Array.isArray(list) || list.length === 0 || list.some((t) => typeof t !== 'string' || !t.trim())) throw new Error(`${path}: field "${field}" must be a list of phrases`);
  }
  for (const field of ['seriousAsked.text', 'readyAsked.passage']) {
    const v = at(data, field);
    if (typeof v !== 'string' || !v.trim()) throw new Error(`${path}: field "${field}" must be a non-empty string`);
  }
  const replies = data as ActReplies;
  replies.afterEscalation.needs = loadEscalationNeeds(needsPath);
  // Messages are read through the language layer; the phrases are put in its words once, here.
  const language = Language.fromDirectory();
  const asWords = (list: readonly string[]) => list.map((p) => language.words(foldCharacters(p)));
  replies.seriousAsked.phraseWords = asWords(replies.seriousAsked.phrases);
  replies.seriousAsked.fillerWords = asWords(replies.seriousAsked.fillers);
  replies.seriousAsked.askWhenWords = asWords(replies.seriousAsked.askWhen);
  replies.readyAsked.frameWords = asWords(replies.readyAsked.frames);
  return replies;
}
