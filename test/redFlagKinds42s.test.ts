/**
 * Three kinds of reading mended in session 42 (phrasings our own):
 * - a fever said to have been gone for days (context.yaml `resolvedGone`) is over, like "all better";
 *   a sign that is something lost ("the feeling has been gone for days") is that sign, told of now,
 *   and a fever that came back or is still there stays raised;
 * - the place a fall or jump came down on ("landed on my feet", context.yaml `landedOn`) is no sign
 *   in both legs; a sign told of the feet in words of its own, or a fall from a height, still counts;
 * - a room of the house that leaks ("the kitchen's leaking again") is no bladder sign; a leak told of
 *   the writer in a room ("got to the bathroom and leaked") still is.
 */
import { levels, quietEach, raisesEach } from './support/screenTables';

describe('a fever gone for days is over', () => {
  levels([
    ['had a temperature over the weekend with a cold, it has been gone four days, back just stiff from the sofa', 'none'],
    ['the fever has been gone a week now and my lower back aches from lying about', 'none'],
    ['I was feverish on Tuesday, gone for a couple of days now, my back is sore from bed', 'none'],
    ['ran a fever with the flu but it has been gone since last weekend, back pain started after lifting the shopping', 'none'],
  ]);
});

describe('a fever still there, or back again, is still raised', () => {
  levels([
    ['had a fever, it went for a day then came back, 38.7 tonight and my back is agony', 'urgent'],
    ['burning up with a fever and my appetite has been gone for days, back really aching', 'urgent'],
    ["I've had a fever of 38.6 for three days now and my back aches", 'urgent'],
  ]);
});

raisesEach("'gone' of a sign that is something lost is the sign itself, now", 'emergency', [
  ['both my legs went numb on Sunday and the feeling has been gone for days, back very sore', 'bilateral_leg_symptoms'],
  ['numb between my legs and the feeling has been gone since yesterday', 'saddle_numbness'],
]);

quietEach(
  'the feet a fall or jump landed on are no sign in both legs',
  [
    "I'm 29, jumped for a rebound at basketball and landed on my feet badly, now my lower back is sore",
    'doing skipping with the kids I landed on my heels wrong and my back twinged, easing now',
  ],
  'none',
);

raisesEach('a sign told of the feet in words of its own, or a fall from a height, still counts', 'emergency', [
  ['landed on my feet off the climbing wall and now both feet are tingling and numb', 'bilateral_leg_symptoms'],
  ['fell from the scaffolding about four metres and landed on my feet, my back is in agony', 'major_trauma'],
]);

quietEach('a room that leaks is plumbing', ["the en suite's leaking through the ceiling again, my back is stiff from mopping up", 'our kitchen has sprung a leak and I hurt my back under the sink'], 'none');

raisesEach('a leak told of the writer in a room is still the bladder', 'emergency', [
  ['got to the bathroom and leaked before I could sit down, my back went on Friday', 'bladder'],
  ['stood in the kitchen leaking wee without feeling it, back bad since the weekend', 'bladder'],
]);
