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
  const keys = ['howManyMore', 'carryOn', 'backAgain', 'startCheck', 'startCheckNow', 'whyAsk', 'askingInside', 'questionInside', 'questionStart', 'followUpStart', 'details', 'skipOne', 'skipRest', 'noToEveryOne', 'stop', 'deniesSign', 'ownPain', 'alreadyNo', 'correction', 'correctionLead', 'meantValue', 'meantNothing', 'replaced', 'changesAnything', 'disagrees', 'missedQuestion', 'confirmsLast', 'confirmsLastNot', 'feelsBlamed', 'aboutBot', 'aboutBotHint', 'calledClinician', 'ownAnswerAsked', 'questionLead', 'changedMind', 'planJoiners', 'askedAgainLead', 'addedPlace'] as const;
  r.object(raw, '(file)', keys);
  const c = new TextPatternCompiler();
  return {
    howManyMore: r.compile('howManyMore', () => c.any(r.strings(raw.howManyMore, 'howManyMore'), '')),
    carryOn: r.compile('carryOn', () => c.any(r.strings(raw.carryOn, 'carryOn'), '')),
    backAgain: r.compile('backAgain', () => c.whole(r.strings(raw.backAgain, 'backAgain'))),
    startCheck: r.compile('startCheck', () => c.any(r.strings(raw.startCheck, 'startCheck'), '')),
    startCheckNow: r.compile('startCheckNow', () => c.whole(r.strings(raw.startCheckNow, 'startCheckNow'))),
    whyAsk: r.compile('whyAsk', () => c.any(r.strings(raw.whyAsk, 'whyAsk'), '')),
    askingInside: r.compile('askingInside', () => c.any(r.strings(raw.askingInside, 'askingInside'), '')),
    questionInside: r.compile('questionInside', () => c.any(r.strings(raw.questionInside, 'questionInside'), '')),
    questionStart: r.compile('questionStart', () => c.atStart(r.strings(raw.questionStart, 'questionStart'))),
    followUpStart: r.compile('followUpStart', () => c.atStart(r.strings(raw.followUpStart, 'followUpStart'))),
    details: r.compile('details', () => c.whole(r.strings(raw.details, 'details'))),
    skipOne: r.compile('skipOne', () => c.whole(r.strings(raw.skipOne, 'skipOne'))),
    skipRest: r.compile('skipRest', () => c.whole(r.strings(raw.skipRest, 'skipRest'))),
    noToEveryOne: r.compile('noToEveryOne', () => c.whole(r.strings(raw.noToEveryOne, 'noToEveryOne'))),
    ownPain: r.compile('ownPain', () => c.any(r.strings(raw.ownPain, 'ownPain'), '')),
    deniesSign: r.compile('deniesSign', () => c.any(r.strings(raw.deniesSign, 'deniesSign'), '')),
    stop: r.compile('stop', () => c.any(r.strings(raw.stop, 'stop'), '')),
    correction: r.compile('correction', () => c.any(r.strings(raw.correction, 'correction'), '')),
    correctionLead: r.compile('correctionLead', () => c.atStart(r.strings(raw.correctionLead, 'correctionLead'))),
    meantValue: r.compile('meantValue', () => c.any(r.strings(raw.meantValue, 'meantValue'), '')),
    meantNothing: r.compile('meantNothing', () => c.whole(r.strings(raw.meantNothing, 'meantNothing'))),
    replaced: r.compile('replaced', () => c.any(r.strings(raw.replaced, 'replaced'), '')),
    disagrees: r.compile('disagrees', () => c.any(r.strings(raw.disagrees, 'disagrees'), '')),
    missedQuestion: r.compile('missedQuestion', () => c.any(r.strings(raw.missedQuestion, 'missedQuestion'), '')),
    confirmsLast: r.compile('confirmsLast', () => c.whole(r.strings(raw.confirmsLast, 'confirmsLast'))),
    confirmsLastNot: r.compile('confirmsLastNot', () => c.any(r.strings(raw.confirmsLastNot, 'confirmsLastNot'), '')),
    confirmFrameWords: new Set(r.strings(raw.confirmsLast, 'confirmsLast').flatMap((p) => wordsInText(p))),
    feelsBlamed: r.compile('feelsBlamed', () => c.any(r.strings(raw.feelsBlamed, 'feelsBlamed'), '')),
    aboutBot: r.compile('aboutBot', () => c.any(r.strings(raw.aboutBot, 'aboutBot'), '')),
    aboutBotHint: r.compile('aboutBotHint', () => c.any(r.strings(raw.aboutBotHint, 'aboutBotHint'), '')),
    calledClinician: r.compile('calledClinician', () => c.any(r.strings(raw.calledClinician, 'calledClinician'), '')),
    questionLead: r.compile('questionLead', () => c.atStart(r.strings(raw.questionLead, 'questionLead'))),
    changedMind: r.compile('changedMind', () => c.atStart(r.strings(raw.changedMind, 'changedMind'))),
    // The listed words and the marks between them, as many as stand before the plan.
    planJoiners: r.compile('planJoiners', () => new RegExp(`^(?:[\\s,.;:!-]|${r.strings(raw.planJoiners, 'planJoiners').map((w) => c.source(w)).join('|')})+`)),
    askedAgainLead: r.compile('askedAgainLead', () => c.atStart(r.strings(raw.askedAgainLead, 'askedAgainLead'))),
    addedPlace: r.compile('addedPlace', () => c.any(r.strings(raw.addedPlace, 'addedPlace'), '')),
    ownAnswerAsked: r.compile('ownAnswerAsked', () => c.any(r.strings(raw.ownAnswerAsked, 'ownAnswerAsked'), '')),
    changesAnything: r.compile('changesAnything', () => c.any(r.strings(raw.changesAnything, 'changesAnything'), '')),
    alreadyNo: new Map(
      Object.entries(r.object(raw.alreadyNo, 'alreadyNo', SCREEN_GROUP_IDS)).map(([id, v]) => [id, r.compile(`alreadyNo.${id}`, () => c.any(r.strings(v, `alreadyNo.${id}`), ''))]),
    ),
  };
}
