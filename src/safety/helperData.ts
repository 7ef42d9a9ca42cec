/**
 * knowledge/safety/helpers.yaml read and checked: the words by which HelperReader
 * (helperSubject.ts) finds someone writing for the person in pain. A malformed
 * field throws an error naming the file and the field, so a bad edit stops start-up.
 */
import { readYamlFile } from '../util/yamlFile';
import type { Pronoun } from './helperSubject';

export interface HelperData {
  people: Map<string, Pronoun>;
  framing: string[];
  /** Words that put the other person's symptom in the present ("today", "just now", "she's lying"). */
  present: string[];
  /** Verbs in the present tense that, right after the person or their body, tell the sign now ("her feet are numb"). */
  presentVerbs: string[];
  /** Said right after a person ("rip", "passed away"): no longer living, so never the patient. */
  deceased: string[];
  /** "<person> is <verb>ing" ("she's shaking"): a sign happening now (the file's `progressive`). */
  progressive: { be: string[]; between: string[]; notVerbs: string[]; states: string[] };
  /** Words that put it in the past ("last month", "years ago"): a present cue then does not count. */
  past: string[];
  /**
   * An event the person had at an age ("had a heart attack at 60"), the number closing its clause:
   * dated like `past` when the message tells no age of theirs now (the file's `agedEvent`).
   */
  agedEvent: { events: string[]; at: string[]; after: string[]; now: string[]; from: number };
  /** Back words that a past time in the same clause dates ("her back went last week"): the back trouble now, not a story. */
  backOnset: string[];
  /** The back's state with no owner before it ("back sore"): a carer's note, when nothing says the writer handled the person. */
  bareBack: string[];
  /** Words that bring a dated story up to now ("and now she has ..."): told after the past, the person is the patient now. */
  untilNow: string[];
  firstPerson: Map<string, string>;
  /** The writer's own back ("my lower back"): an unframed message that says it is about the writer. */
  ownBack: string[];
  /** Someone else's trouble already in a clinician's hands ("her GP knows", "he's in hospital"). */
  inCare: string[];
  /** Words that put that person's trouble now or beside the writer ("since this morning", "with me"). */
  inCareNow: string[];
  /** The person is with the writer now ("here with me", "next to me"): whoever else the writer tells of, they are present. */
  besideWriter: string[];
  /** The writer hurt their back handling the person ("lifting him up"): "<verb> <him|her|them> [particle]". */
  handledByWriter: { verbs: string[]; particles: string[]; closing: string[] };
  /** The writer has just settled the person somewhere ("got her on a chair"): "<verb> <him|her|them> <place>", with them now. */
  tendedNow: { verbs: string[]; places: string[] };
  /** The writer with the person now, closing a clause ("..., i'm with her"): presence, no more. */
  withThem: { writer: string[]; between: string[]; beside: string[]; after: string[]; places: string[] };
  notBeside: string[];
  sentToCare: { sent: string[]; places: string[] };
  /** Someone else with clinicians now ("she's with the nurses"): in their hands, whatever the time. */
  handedOver: { subjects: string[]; carers: string[] };
  /** Someone else's trouble already being looked into ("tests are going on"), read like inCare. */
  underTests: string[];
  /** The writer turning to themselves ("for myself, ..."): with care told, the message is the writer's. */
  ownTurn: string[];
  wellNow: { subjects: string[]; qualifiers: string[]; states: string[] };
  /** The back and its pain, whoever's ("back", "sore"): whose complaint a message tells of. */
  complaintWords: Set<string>;
  /** Words after which a complaint word is no body part ("came back"). */
  notComplaintAfter: Set<string>;
  /** People named by what they do ("coach"): after a person's "'s", with `people`, a third person. */
  roles: string[];
  /** Words that may stand between "my" and the person ("my teenage daughter", "my elderly dad"). */
  qualifiers: string[];
  /** The words that make a person the writer's ("my", "our", the spoken "me": "me mam is on the floor"). */
  possessives: string[];
  /** After a person, "'s" before these words is "is" ("my flatmate's with me") or "has" ("my mum's been sick"), not the possessive. */
  contracted: { is: Set<string>; has: Set<string> };
  /** How a time told of the person is weighed (the file's `timeWords`). */
  times: TimeWords;
  /** The writer as a word ("i", "my"): what follows it is theirs. */
  writerWords: string[];
  /** After a person, their view of the writer ("thinks i", "tells me"): that person is no patient. */
  judgesWriter: string[];
  /** The person's own words passed on, "<verb> <subject>" ("said it felt", "told me he"): a report of them now unless dated. */
  relayed: { verbs: string[]; subjects: string[]; writersOwn: string[] };
  /** After the rewritten patient ("i says"), a third person's verb: the rest of the clause is a view, not a fact told. */
  views: string[];
  /** The words that refer to the person, by pronoun. */
  pronounWords: Record<Pronoun, string[]>;
  /** The words that tell a person's gender ("she", "his"). */
  genderWords: { her: string[]; him: string[] };
  /** The patient's words in the patient's grammar once rewritten ("i is" -> "i am"). */
  grammar: Map<string, string>;
  /** Pronoun contractions typed without their apostrophe ("hes" -> "he's"), restored before any phrase is matched. */
  spellings: Map<string, string>;
}

/** helpers.yaml `timeWords`: see the file for what each list does. */
interface TimeWords {
  onsetBefore: string[];
  detailClause: string[];
  detailCounts: string[];
  ongoing: string[];
  ongoingUntil: string[];
  sameMoment: string[];
  earlierState: string[];
  earlierStateAfter: string[];
  earlierBoutAfter: string[];
}

const PRONOUNS = new Set<Pronoun>(['her', 'him', 'them']);

export function readHelpers(path: string): HelperData {
  const data = readYamlFile(path) as Record<string, unknown> | null;
  const map = (field: string): Map<string, string> => {
    const o = data?.[field];
    if (!o || typeof o !== 'object' || Array.isArray(o)) throw new Error(`${path}: field "${field}" must be a mapping`);
    return new Map(Object.entries(o).map(([k, v]) => {
      if (typeof v !== 'string') throw new Error(`${path}: field "${field}.${k}" must be a string`);
      return [k.toLowerCase(), v.toLowerCase()];
    }));
  };
  const people = new Map<string, Pronoun>();
  for (const [k, v] of map('people')) {
    if (!PRONOUNS.has(v as Pronoun)) throw new Error(`${path}: field "people.${k}" must be her, him or them`);
    people.set(k, v as Pronoun);
  }
  const framing = data?.framing;
  if (!Array.isArray(framing) || framing.some((f) => typeof f !== 'string')) throw new Error(`${path}: field "framing" must be a list of phrases`);
  const list = (field: string): string[] => {
    const v = data?.[field];
    if (!Array.isArray(v) || v.some((f) => typeof f !== 'string' || !f.trim())) throw new Error(`${path}: field "${field}" must be a list of phrases`);
    return v as string[];
  };
  const contracted = data?.contracted as Record<string, unknown> | undefined;
  const words = (field: 'is' | 'has'): Set<string> => {
    const v = contracted?.[field];
    if (!Array.isArray(v) || v.some((w) => typeof w !== 'string' || !w.trim())) throw new Error(`${path}: field "contracted.${field}" must be a list of words`);
    return new Set((v as string[]).map((w) => w.toLowerCase()));
  };
  const group = (field: string): Record<string, unknown> => {
    const v = data?.[field];
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error(`${path}: field "${field}" must be a mapping`);
    return v as Record<string, unknown>;
  };
  const listIn = (field: string, key: string): string[] => {
    const v = group(field)[key];
    if (!Array.isArray(v) || v.length === 0 || v.some((f) => typeof f !== 'string' || !f.trim())) throw new Error(`${path}: field "${field}.${key}" must be a list of phrases`);
    return v as string[];
  };
  const from = group('agedEvent').from;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1 || from > 30) throw new Error(`${path}: field "agedEvent.from" must be a whole number of years from 1 to 30`);
  const agedEvent = { events: listIn('agedEvent', 'events'), at: listIn('agedEvent', 'at'), after: listIn('agedEvent', 'after'), now: listIn('agedEvent', 'now'), from };
  const times: TimeWords = {
    onsetBefore: listIn('timeWords', 'onsetBefore'), detailClause: listIn('timeWords', 'detailClause'), detailCounts: listIn('timeWords', 'detailCounts'),
    ongoing: listIn('timeWords', 'ongoing'), ongoingUntil: listIn('timeWords', 'ongoingUntil'), sameMoment: listIn('timeWords', 'sameMoment'), earlierState: listIn('timeWords', 'earlierState'), earlierStateAfter: listIn('timeWords', 'earlierStateAfter'),
    earlierBoutAfter: listIn('timeWords', 'earlierBoutAfter'),
  };
  return {
    people, framing: framing as string[], present: list('present'), presentVerbs: list('presentVerbs'), deceased: list('deceased'), progressive: { be: listIn('progressive', 'be'), between: listIn('progressive', 'between'), notVerbs: listIn('progressive', 'notVerbs'), states: listIn('progressive', 'states') }, past: [...list('past'), ...list('storyTold')], agedEvent, backOnset: list('backOnset'), bareBack: list('bareBack'), untilNow: list('untilNow'), firstPerson: map('firstPerson'), ownBack: list('ownBack'), inCare: list('inCare'), inCareNow: list('inCareNow'), besideWriter: list('besideWriter'), handledByWriter: { verbs: listIn('handledByWriter', 'verbs'), particles: listIn('handledByWriter', 'particles'), closing: listIn('handledByWriter', 'closing') }, tendedNow: { verbs: listIn('tendedNow', 'verbs'), places: listIn('tendedNow', 'places') }, withThem: { writer: listIn('withThem', 'writer'), between: listIn('withThem', 'between'), beside: listIn('withThem', 'beside'), after: listIn('withThem', 'after'), places: listIn('withThem', 'places') }, notBeside: list('notBeside'), sentToCare: { sent: listIn('sentToCare', 'sent'), places: listIn('sentToCare', 'places') }, handedOver: { subjects: listIn('handedOver', 'subjects'), carers: listIn('handedOver', 'carers') }, underTests: list('underTests'), ownTurn: list('ownTurn'), wellNow: { subjects: listIn('wellNow', 'subjects'), qualifiers: listIn('wellNow', 'qualifiers'), states: listIn('wellNow', 'states') }, complaintWords: new Set(list('complaintWords')), notComplaintAfter: new Set(list('notComplaintAfter')), roles: list('roles'), qualifiers: list('qualifiers'), possessives: list('possessives'),
    contracted: { is: words('is'), has: words('has') },
    times, writerWords: list('writerWords'), judgesWriter: list('judgesWriter'), relayed: { verbs: listIn('relayed', 'verbs'), subjects: listIn('relayed', 'subjects'), writersOwn: listIn('relayed', 'writersOwn') }, views: list('views'),
    pronounWords: { her: listIn('pronounWords', 'her'), him: listIn('pronounWords', 'him'), them: listIn('pronounWords', 'them') },
    genderWords: { her: listIn('genderWords', 'her'), him: listIn('genderWords', 'him') },
    grammar: map('grammar'),
    spellings: map('spellings'),
  };
}
