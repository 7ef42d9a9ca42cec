/**
 * knowledge/triage/check-control.yaml compiled: how people steer the safety check
 * ("how many more?", "skip this one", "I meant 6", "so both together is fine then?").
 * Part of the symptom parser's vocabulary (vocabulary.ts).
 */
import { TextPatternCompiler } from '../language/patterns';
import { wordsInText } from '../language/tokenizer';
import type { TriageVocabulary } from './vocabulary';
import { load } from './vocabularyFile';

/** The screen's group ids (screen.yaml), for files keyed by group. */
const SCREEN_GROUP_IDS = ['nerves', 'legs', 'accident_heart', 'infection', 'cancer', 'bones'] as const;

export function control(dir: string): TriageVocabulary['control'] {
  const { raw, r } = load(dir, 'check-control.yaml');
  // The file's keys, and the fields below: one a line, in alphabetical order, so that branches adding keys merge without a conflict.
  const keys = [
    'aboutBot',
    'aboutBotHint',
    'addedPlace',
    'alreadyNo',
    'askedAgainLead',
    'askingInside',
    'backAgain',
    'calledClinician',
    'carryOn',
    'changedMind',
    'changesAnything',
    'confirmsLast',
    'confirmsLastNot',
    'correction',
    'correctionLead',
    'deniesSign',
    'details',
    'disagrees',
    'earlierChat',
    'feelsBlamed',
    'followUpStart',
    'howManyMore',
    'meantNothing',
    'meantValue',
    'missedQuestion',
    'noToEveryOne',
    'ownAnswerAsked',
    'ownPain',
    'planJoiners',
    'questionInside',
    'questionLead',
    'questionStart',
    'replaced',
    'skipOne',
    'skipRest',
    'startCheck',
    'startCheckNow',
    'stop',
    'whyAsk',
  ] as const;
  r.object(raw, '(file)', keys);
  const c = new TextPatternCompiler();
  return {
    aboutBot: r.compile('aboutBot', () => c.any(r.strings(raw.aboutBot, 'aboutBot'), '')),
    aboutBotHint: r.compile('aboutBotHint', () => c.any(r.strings(raw.aboutBotHint, 'aboutBotHint'), '')),
    addedPlace: r.compile('addedPlace', () => c.any(r.strings(raw.addedPlace, 'addedPlace'), '')),
    alreadyNo: new Map(
      Object.entries(r.object(raw.alreadyNo, 'alreadyNo', SCREEN_GROUP_IDS)).map(([id, v]) => [id, r.compile(`alreadyNo.${id}`, () => c.any(r.strings(v, `alreadyNo.${id}`), ''))]),
    ),
    askedAgainLead: r.compile('askedAgainLead', () => c.atStart(r.strings(raw.askedAgainLead, 'askedAgainLead'))),
    askingInside: r.compile('askingInside', () => c.any(r.strings(raw.askingInside, 'askingInside'), '')),
    backAgain: r.compile('backAgain', () => c.whole(r.strings(raw.backAgain, 'backAgain'))),
    calledClinician: r.compile('calledClinician', () => c.any(r.strings(raw.calledClinician, 'calledClinician'), '')),
    carryOn: r.compile('carryOn', () => c.any(r.strings(raw.carryOn, 'carryOn'), '')),
    changedMind: r.compile('changedMind', () => c.atStart(r.strings(raw.changedMind, 'changedMind'))),
    changesAnything: r.compile('changesAnything', () => c.any(r.strings(raw.changesAnything, 'changesAnything'), '')),
    confirmFrameWords: new Set(r.strings(raw.confirmsLast, 'confirmsLast').flatMap((p) => wordsInText(p))),
    confirmsLast: r.compile('confirmsLast', () => c.whole(r.strings(raw.confirmsLast, 'confirmsLast'))),
    confirmsLastNot: r.compile('confirmsLastNot', () => c.any(r.strings(raw.confirmsLastNot, 'confirmsLastNot'), '')),
    correction: r.compile('correction', () => c.any(r.strings(raw.correction, 'correction'), '')),
    correctionLead: r.compile('correctionLead', () => c.atStart(r.strings(raw.correctionLead, 'correctionLead'))),
    deniesSign: r.compile('deniesSign', () => c.any(r.strings(raw.deniesSign, 'deniesSign'), '')),
    details: r.compile('details', () => c.whole(r.strings(raw.details, 'details'))),
    disagrees: r.compile('disagrees', () => c.any(r.strings(raw.disagrees, 'disagrees'), '')),
    earlierChat: r.compile('earlierChat', () => c.any(r.strings(raw.earlierChat, 'earlierChat'), '')),
    feelsBlamed: r.compile('feelsBlamed', () => c.any(r.strings(raw.feelsBlamed, 'feelsBlamed'), '')),
    followUpStart: r.compile('followUpStart', () => c.atStart(r.strings(raw.followUpStart, 'followUpStart'))),
    howManyMore: r.compile('howManyMore', () => c.any(r.strings(raw.howManyMore, 'howManyMore'), '')),
    meantNothing: r.compile('meantNothing', () => c.whole(r.strings(raw.meantNothing, 'meantNothing'))),
    meantValue: r.compile('meantValue', () => c.any(r.strings(raw.meantValue, 'meantValue'), '')),
    missedQuestion: r.compile('missedQuestion', () => c.any(r.strings(raw.missedQuestion, 'missedQuestion'), '')),
    noToEveryOne: r.compile('noToEveryOne', () => c.whole(r.strings(raw.noToEveryOne, 'noToEveryOne'))),
    ownAnswerAsked: r.compile('ownAnswerAsked', () => c.any(r.strings(raw.ownAnswerAsked, 'ownAnswerAsked'), '')),
    ownPain: r.compile('ownPain', () => c.any(r.strings(raw.ownPain, 'ownPain'), '')),
    // The listed words and the marks between them, as many as stand before the plan.
    planJoiners: r.compile('planJoiners', () => new RegExp(`^(?:[\\s,.;:!-]|${r.strings(raw.planJoiners, 'planJoiners').map((w) => c.source(w)).join('|')})+`)),
    questionInside: r.compile('questionInside', () => c.any(r.strings(raw.questionInside, 'questionInside'), '')),
    questionLead: r.compile('questionLead', () => c.atStart(r.strings(raw.questionLead, 'questionLead'))),
    questionStart: r.compile('questionStart', () => c.atStart(r.strings(raw.questionStart, 'questionStart'))),
    replaced: r.compile('replaced', () => c.any(r.strings(raw.replaced, 'replaced'), '')),
    skipOne: r.compile('skipOne', () => c.whole(r.strings(raw.skipOne, 'skipOne'))),
    skipRest: r.compile('skipRest', () => c.whole(r.strings(raw.skipRest, 'skipRest'))),
    startCheck: r.compile('startCheck', () => c.any(r.strings(raw.startCheck, 'startCheck'), '')),
    startCheckNow: r.compile('startCheckNow', () => c.whole(r.strings(raw.startCheckNow, 'startCheckNow'))),
    stop: r.compile('stop', () => c.any(r.strings(raw.stop, 'stop'), '')),
    whyAsk: r.compile('whyAsk', () => c.any(r.strings(raw.whyAsk, 'whyAsk'), '')),
  };
}
