import { PATHS } from '../src/paths';
import { OneSide } from '../src/safety/oneSide';
import * as path from 'node:path';
import { levelsEach, normalizer, screen } from './support/screenTables';

// Round 26 (mend n), false alarms by kind, phrasings our own: each mechanism with
// messages that must stay quiet (no escalation, no check question) and nearby
// real signs that must still be raised.

levelsEach([
  [
    'one leg named by its side is not both legs',
    [
      ['my right leg has felt numb since this morning', 'none'],
      ['since Tuesday my left thigh has been tingling and my back is sore', 'none'],
      ['numbness down one leg since I lifted the sofa', 'none'],
      ['my right leg went numb and now the left one is numb as well', 'emergency'],
      ['numb right calf since yesterday and it has spread into my left', 'emergency'],
      ['my left leg is numb and both my feet are tingling', 'emergency'],
      ['my left leg is numb and I cannot feel my bum when I wipe', 'emergency'],
      ['my left leg is numb and I have wet myself without noticing', 'emergency'],
      ['my right foot keeps slapping down when I walk', 'emergency'],
    ],
  ],
  [
    'a disease feared as coming is a worry, not a history',
    [
      ['my mum had cancer in her spine. my back aches since I moved house. will I get cancer too?', 'none'],
      ['am I developing a tumour? my back has hurt since the weekend', 'none'],
      ['I finished chemotherapy last spring and my back has ached for two weeks', 'urgent'],
    ],
  ],
  [
    'a learner\'s "before N years" puts an illness in the past',
    [
      ['Before 4 years I had a bad fever with a bladder infection, all cured. Now my back is stiff from cleaning.', 'none'],
      ['before ten years I had lymphoma, now my back hurts at night', 'urgent'],
      ['I have a fever since yesterday and my back hurts', 'urgent'],
    ],
  ],
  [
    'charting shorthand: "denies" denies',
    [
      ['Denies numb groin, denies bowel or bladder change, denies fever. Lower back pain after a lift at work.', 'none'],
      ['I have lost control of my bowels today and my back is agony', 'emergency'],
    ],
  ],
  [
    'someone a professional looks after, or a character in a story, is not the writer',
    [
      ['Working as an ICU nurse I saw strokes and heart attacks all week. Tonight my own back has seized up from lifting.', 'none'],
      ['One of my residents lost control of her bladder on my shift. My own back is aching from the hoist, any stretches?', 'none'],
      ['In the novel I am reading the narrator loses feeling in both legs. My back is just stiff from the garden.', 'none'],
      ['That horror film gave me the shivers. My back is sore from the cinema seat.', 'none'],
      ['I am a nurse and I cannot feel my legs since this morning', 'emergency'],
      ['I have had shivers and sweats since last night and my back aches', 'urgent'],
    ],
  ],
  [
    'figures of speech and games are not the sign',
    [
      ['I nearly peed myself laughing at the dog chasing its tail while I lay on the floor. Not literally! How long does a spasm last?', 'none'],
      ['I am paralysed in bed with this spasm. Well, not paralysed, I can wiggle everything, I just do not want to get up.', 'none'],
      ['Spun out in Mario Kart and leaned so hard my back twinged, lol. Lower back sore, nothing else.', 'none'],
      ['legs like jelly after a 10k race and my lower back is tight', 'none'],
      ['my brain keeps saying it is a tumour but it is just a sore back from the gym', 'none'],
      ['I wet myself at the bus stop this morning and did not feel it happen', 'emergency'],
      ['I crashed my car on the motorway this morning and my back hurts', 'emergency'],
      ['my legs have gone like jelly and keep giving way since this morning', 'emergency'],
    ],
  ],
], '"%s": %s');

describe('OneSide', () => {
  const oneSide = OneSide.fromFile(path.join(PATHS.safety, 'one-side.yaml'), normalizer.language);

  test.each<[string, boolean]>([
    ['my left leg is numb', true],
    ['tingling in one foot', true],
    ['my right hand side hip aches', true],
    ['my left leg and my right leg', false],
    ['my left leg and both feet', false],
    ['my left leg, and now the other one', false],
    ['my legs are numb', false],
    ['pins and needles on the left', false],
  ])('"%s" names one side only: %s', (text, expected) => {
    expect(oneSide.named(text)).toBe(expected);
  });

  test('reads long repeated text in linear time', () => {
    const long = 'my left leg is numb and my back hurts '.repeat(400);
    expect(oneSide.named(long)).toBe(true);
    expect(screen.detect(long)?.flags ?? []).not.toContain('bilateral_leg_symptoms');
  });
});
