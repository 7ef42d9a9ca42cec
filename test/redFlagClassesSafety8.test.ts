import path from 'node:path';
import { PATHS } from '../src/paths';
import { HelperReader } from '../src/safety/helperSubject';
import { levels, levelsAt, quiet, theirs } from './support/screenTables';

// Classes of misses and false alarms (issue 10, round 7's kinds; phrasings our
// own): a helper with the patient now ("my cousin's here with me", an age after
// the person), fever with confusion in lay words, urgent signs in other words,
// and false alarms from leaking objects, cold and wet, short steroid courses and
// other people's urgent signs in a message about the writer's own back. Each
// false alarm is paired with the same sign told as present, which still escalates.
const helpers = HelperReader.fromFile(path.join(PATHS.safety, 'helpers.yaml'));

describe('a helper with the patient now is read as the patient', () => {
  theirs([
    ["my cousin's with me, her back went on saturday and now she can't lift her left foot", 'emergency', 'her'],
    ['my nan, 84, is here with me, back pain since sunday, and she has gone grey and clammy', 'emergency', 'her'],
    ["I'm sat here with my roomie, his back's been bad all week and he says he hasn't had a wee since last night", 'emergency', 'him'],
    ["my pop's in bed here, he's burning up and keeps asking what year it is, his back has been sore for days", 'emergency', 'him'],
  ]);

  test.each([
    ["my mum's back has been bad for years, she manages", 'my back has been bad for years'],
    ["my flatmate's with me", 'i am with me'],
    ["my dad's been sick all night", 'i have been sick all night'],
  ])("'s is the possessive or a verb as the next word says: %s", (text, want) => {
    expect(helpers.read(`${text}, today she says it hurts`)?.text ?? '').toContain(want);
  });
});

describe('fever with confusion or feeling very unwell is the emergency row', () => {
  levelsAt('emergency', [
    "I've had a temperature since yesterday with my back, and now I'm getting mixed up about what day it is",
    'fever and back pain and I can barely talk, my words keep coming out wrong',
    'burning up with back ache, shivering like crazy and my body feels so weak',
    'running a fever, back agony, and I keep calling my kids by the wrong names',
  ], 'emergency: %s');

  levelsAt('urgent', ['I have a fever and my back hurts', 'bit of a temperature and my lower back aches'], 'fever alone stays urgent: %s');
});

describe('urgent signs in other words', () => {
  levels([
    ['nothing comes when I stand at the toilet, been trying since lunch, back went yesterday', 'emergency'],
    ['I keep losing urine without meaning to since my back went', 'emergency'],
    ['I pooed myself and did not notice until later, back is killing me', 'emergency'],
    ['my back gets much worse as soon as I go to bed', 'urgent'],
    ["it doesn't matter how I lie, the ache in my back stays", 'urgent'],
    ['my weight keeps dropping for no reason and my back aches', 'urgent'],
    ['found a lump just above my belt line on my back', 'urgent'],
    ['a soft bulge has come up on the left side of my lower back', 'urgent'],
    ['I am 71 and this is a completely new thing for me, my back started aching last week', 'urgent'],
    ['the loo roll feels strange when I wipe since my back went', 'emergency'],
    ['my left foot felt slightly weak at breakfast and it is getting weaker by the hour', 'emergency'],
  ], '%s');
});

describe('ordinary words, short courses and other people', () => {
  quiet([
    'the hot water tank sprang a leak so I was carrying buckets all day, back is sore now',
    'got soaked in a downpour and was shivering until I had a bath, then twinged my back taking my boots off',
    'had a week of steroids as a teenager for asthma, long over, and my back went hoovering',
    "my daughter has a temperature and I've been carrying her around, now my back is sore",
    'my back spasm is getting worse by the hour, legs are fine',
    "wife's on methotrexate for her joints, not me. I hurt my back carrying her shopping",
    "I have crohn's that has been in remission for ages, my back went lifting a box",
    'my cousin reckons back pain can be a heart attack sign, now I am scared, but honestly I feel fine',
  ], 'none', 'none: %s');

  levels([
    ['I am shivering and leaking wee without meaning to, back pain since friday', 'emergency'],
    ["I've been on prednisolone for years for my lungs and my back went", 'urgent'],
    ['my daughter has a temperature and she is here with me, now her legs are both numb', 'emergency'],
    ['I had breast cancer, in remission now, and my back has been aching for weeks', 'urgent'],
    ['I think I am having a heart attack, my back and chest hurt', 'emergency'],
  ], 'still escalates: %s');
});
