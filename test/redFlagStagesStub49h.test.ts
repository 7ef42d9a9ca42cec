import * as path from 'node:path';
import { PATHS } from '../src/paths';
import { CheckAnchors } from '../src/safety/checkAnchors';
import { RedFlagDetector } from '../src/safety/redFlagDetector';
import type { ModelReading, RedFlagModel } from '../src/safety/redFlagModel';
import { ScreenStages } from '../src/safety/screenStages';
import { normalizer, screen } from './support/screenTables';

// Round 49 (mend helper h): a guard on the learned stage's guess, tested with a stand-in for
// the model so that the guard, not the trained weights, decides. The stand-in reads its flag
// whenever the text holds its cue word, and nothing otherwise.
// - a scene of a programme seen ("saw a clip on ... where a man ..."): the story's clauses are left out,
//   and the guess must hold on the rest;
// and the everyday phrases of check-anchors.yaml that anchor no question.

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

describe("a scene seen on a programme is the programme's people (context.yaml storyFrame)", () => {
  const aorta = standIn('abdominal_aortic', /aneurysm/, 0.99);
  test.each<[string, string]>([
    ['Saw a clip on a hospital show where a man had a burst aneurysm and it began as back pain. Do they exaggerate?', 'none'],
    ['Caught an episode of a medical drama in which a builder had a burst aortic aneurysm that began as backache. How realistic is that?', 'none'],
    ['Caught a scene on a medical drama where a woman had a ruptured aneurysm that started as back pain. Is that realistic?', 'none'],
    ['Saw a clip on a hospital show where a man had a burst aneurysm. My doctor says I have an aneurysm too and my back is agony.', 'emergency'],
  ])('%s -> %s', (text, expected) => {
    expect(levelWith(aorta, text)).toBe(expected);
  });
});

describe('everyday phrases that anchor no question (check-anchors.yaml everyday, age_first_episode)', () => {
  test.each<[string, string, boolean]>([
    ['cough_sneeze_strain', 'hauling myself up off the toilet is when my back grabs', false],
    ['cough_sneeze_strain', 'it twinges when I strain on the toilet', true],
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
