import * as path from 'node:path';
import { PATHS } from '../src/paths';
import { CheckAnchors } from '../src/safety/checkAnchors';
import { RedFlagDetector } from '../src/safety/redFlagDetector';
import type { ModelReading, RedFlagModel } from '../src/safety/redFlagModel';
import { ScreenStages } from '../src/safety/screenStages';
import { normalizer, screen } from './support/screenTables';

// Round 49 (mend helper h): two guards on the learned stage's guess, tested with a stand-in for
// the model so that the guard, not the trained weights, decides. The stand-in reads its flag
// whenever the text holds its cue word, and nothing otherwise.
// - someone else's story beside the writer's own ordinary back, not set apart: when every word
//   of the flag the lexicon found was that person's, the guess must hold on the writer's own clauses;
// - a scene of a programme seen ("saw a clip on ... where a man ..."): the story's clauses are left out;
// - a checklist of denials: an emergency's question needs a word of the flag's own told outside
//   the denials, as an urgent flag's always did.

const detector = RedFlagDetector.fromDirectory(PATHS.safety, normalizer.language);
const anchors = CheckAnchors.fromFile(path.join(PATHS.safety, 'check-anchors.yaml'), normalizer.language);

/** A stand-in learned stage: `flag` at `probability` on any text with the cue, nothing otherwise. */
function standIn(flag: string, cue: RegExp, probability: number): RedFlagModel {
  const read = (text: string): ModelReading =>
    cue.test(text) ? { flag, probability, worry: 0, anchored: true, asserted: true } : { flag: null, probability: 0, worry: 0, anchored: true };
  return { read, readWhole: read, thresholds: screen.thresholds, categories: screen.modelCategories() } as unknown as RedFlagModel;
}

function levelWith(model: RedFlagModel, text: string): string {
  const stages = new ScreenStages(detector, model, (f) => screen.level(f), anchors, {}, null, null, null, null, null);
  return stages.combined(text, model.read(text))?.level ?? 'none';
}

describe("a guess read from someone else's story, beside the writer's own ordinary back", () => {
  const heart = standIn('chest_pain', /chest/, 0.99);
  test.each<[string, string]>([
    ['A woman in my pilates class collapsed with chest pain and back pain last month, it was her heart. I am fine, just a stiff lower back, but it has shaken me.', 'none'],
    ['A woman in my pilates class collapsed with chest pain last month. Since this morning my chest has felt heavy and my back aches.', 'emergency'],
  ])('%s -> %s', (text, expected) => {
    expect(levelWith(heart, text)).toBe(expected);
  });
});

describe("a scene seen on a programme is the programme's people (context.yaml storyFrame)", () => {
  const aorta = standIn('abdominal_aortic', /aneurysm/, 0.99);
  test.each<[string, string]>([
    ['Saw a clip on a hospital show where a man had a burst aneurysm and it began as back pain. Do they exaggerate?', 'none'],
    ['Saw a bit on Holby where a guy had a ruptured aneurysm and it started as back pain. Are these shows accurate?', 'none'],
    ['Caught a scene on a medical drama where a woman had a ruptured aneurysm that started as back pain. Is that realistic?', 'none'],
    ['Saw a clip on a hospital show where a man had a burst aneurysm. My doctor says I have an aneurysm too and my back is agony.', 'emergency'],
  ])('%s -> %s', (text, expected) => {
    expect(levelWith(aorta, text)).toBe(expected);
  });
});

describe("a checklist of denials: an emergency's words only inside the denials", () => {
  const accident = standIn('major_trauma', /accident/, 0.8);
  test.each<[string, string]>([
    ['Bladder fine, no tingling, I have not fallen or had any accident or crash. Back stiff from painting the ceiling.', 'none'],
  ])('%s -> %s', (text, expected) => {
    expect(levelWith(accident, text)).toBe(expected);
  });
  // The twin: the flag's word told outside the denials is still asked about, or raised by the lexicon.
  test.each<string>(['Bladder fine, no tingling, and I have had an accident with my back this week, it is sore.'])('%s is raised or asked about', (text) => {
    expect(['check', 'emergency']).toContain(levelWith(accident, text));
  });
});

describe('everyday phrases that anchor no question (check-anchors.yaml everyday, age_first_episode)', () => {
  test.each<[string, string, boolean]>([
    ['cough_sneeze_strain', 'hauling myself up off the toilet is when my back grabs', false],
    ['cough_sneeze_strain', 'it twinges when I strain on the toilet', true],
    ['major_trauma', 'moved house all weekend, my back is completely wrecked, heat or ice?', false],
    ['major_trauma', 'the van was wrecked when the lorry hit us', true],
    ['major_trauma', 'I wrecked my car on the motorway last night', true],
    ['age_first_episode', 'went climbing for the first time in years and pulled my back', false],
    ['age_first_episode', 'deadlifted 120kg and my back went', false],
    ['age_first_episode', 'I am 64 and it is the first time my back has gone', true],
  ])('%s: "%s" anchors: %s', (flag, text, expected) => {
    expect(anchors.anchors(flag, text)).toBe(expected);
  });

  test("a first bout's sure guess is held to its words", () => {
    expect(anchors.heldWhenSure('age_first_episode')).toBe(true);
  });
});
