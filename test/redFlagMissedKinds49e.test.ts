import { RedFlagDetector } from '../src/safety/redFlagDetector';
import { PATHS } from '../src/paths';
import { levelsEach, theirs } from './support/screenTables';

// Round 49 (mend helper e), by kind, phrasings our own: the seat area likened to a lifeless figure;
// leaking told only by the clothes changed and by its coming unbidden; no feeling while with a
// partner, told without medical words; unable to climax "when I'm with" the partner; sciatica in
// both legs as the state since a time of change; not rising onto the toes or heels; weight lost
// "without any reason"; straining on the toilet making the back flare. Each with near misses that
// keep their level. The learned stage already raises some of these phrasings, so the lexicon (the
// clinician's reviewed reading, which explains the alarm in the sign's own words) is held to them too.

levelsEach([
  [
    'the seat area said to belong to, or be like, a lifeless figure is numb',
    [
      ['my backside feels like it belongs to a mannequin, lower back has been bad since monday', 'emergency'],
      ['honestly my bum cheeks could belong to a waxwork, lower back agony', 'emergency'],
      ['my bits belong to a statue now, back went at the weekend', 'emergency'],
      ['the area between my legs is like a waxwork since this morning and my back is agony', 'emergency'],
      ['my groin belongs to someone else since the weekend, back went lifting a sofa', 'emergency'],
      ['I stood in the shop window like a mannequin waiting for the bus, my back aches', 'none'],
      ['I felt like a dummy falling for that prank, my back is stiff from the gym', 'none'],
    ],
  ],
  [
    'clothes changed again and again, with something coming out unbidden, is the bladder',
    [
      ['I keep having to change my knickers, three times today, it leaks out on its own. back is sore', 'emergency'],
      ['needed to change my pants twice this morning, it keeps coming out by itself, lower back agony', 'emergency'],
      ['had to change my trousers twice today after the toddler spilt juice on me, back sore from lifting him', 'none'],
      ['the ketchup just comes out by itself if you shake it, my back hurts from cooking', 'none'],
    ],
  ],
  [
    'no feeling while together with a partner, told without medical words, is the sexual row',
    [
      ["me and my husband were together this morning and I couldn't feel it at all. back went on sunday", 'emergency'],
      ['we were together last night, it was as if it was all happening to somebody else, my lower back is wrecked', 'emergency'],
      ['we were together last night at the pub quiz and my back was killing me', 'none'],
      ["I couldn't feel it when the physio pressed on my back, it was stiff", 'none'],
    ],
  ],
  [
    'unable to climax "when I am with" the partner is the sexual row',
    [
      ["I can't climax any more when I'm with my boyfriend, it started when my back went", 'emergency'],
      ["can't come any more when I'm with my partner, since my back went on tuesday", 'emergency'],
      ["I can't finish my dinner when I'm with my wife's family, they talk too much, my back aches", 'none'],
    ],
  ],
  [
    'both legs told as the state since a time of change is both legs',
    [
      ['the pain was only down my right leg before, since this morning it is both legs', 'emergency'],
      ["sciatica was always the left only, since this morning it's both legs", 'emergency'],
      ['used to be the right leg, from today it is both legs', 'emergency'],
      ['one-sided sciatica for weeks, and since last night its in both legs', 'emergency'],
      ['my sciatica goes down my left leg, it has done since the summer', 'none'],
      ['since this morning both kids have been off school and my back is sore from tidying', 'none'],
    ],
  ],
  [
    'not rising onto the toes or heels is a leg weakening',
    [
      ["I can't get up onto my toes on my right foot, yesterday I could, my back is sore", 'emergency'],
      ['cannot rise onto my heels on the left any more, back went two days ago', 'emergency'],
      ["can't get up onto the top bunk because of my back, it is so stiff", 'none'],
    ],
  ],
  [
    'weight lost or a body grown thin "without any reason" is weight lost without trying',
    [
      ['getting thinner without any reason for the last few months and my back aches', 'urgent'],
      ['becoming skinny without any reason these last months, and my back aches', 'urgent'],
      ['getting thin without any cause since summer and back is sore', 'urgent'],
      ['lost nearly 5 kilos without any explanation since march, back sore every day', 'urgent'],
      ['getting thinner since I started running on purpose, back stiff after long runs', 'none'],
    ],
  ],
  [
    'straining on the toilet making the back flare is the straining row',
    [
      ['pushing on the loo makes my low back pain spasm, normal?', 'urgent'],
      ['straining to poo makes my lower back flare up every morning', 'urgent'],
      ['getting off the loo hurts my back, otherwise fine', 'none'],
    ],
  ],
]);

describe('a place named after "I am with him/her" closing the clause: the person is with the writer now (helpers.yaml withThem.places)', () => {
  theirs([
    ['my daughter flew over the handlebars of her bike on the downhill and her back hurts badly, I am with her in the car park', 'emergency', 'her'],
    ["my husband was thrown from his horse and his back is agony, I'm with him at the bottom of the field", 'emergency', 'him'],
  ]);
});

levelsEach([
  [
    'agreeing with someone, a place named, is still no presence',
    [['my wife says it is just a strain and I am with her in the main, my back aches from digging', 'none']],
  ],
]);

const lexicon = RedFlagDetector.fromDirectory(PATHS.safety);

describe('the lexicon alone reads each kind, in the sign\'s own words', () => {
  test.each<[string, string]>([
    ['my backside feels like it belongs to a mannequin, lower back has been bad since monday', 'saddle_numbness'],
    ['the area between my legs is like a waxwork since this morning and my back is agony', 'saddle_numbness'],
    ['needed to change my pants twice this morning, it keeps coming out by itself, lower back agony', 'bladder'],
    ["me and my husband were together this morning and I couldn't feel it at all. back went on sunday", 'sexual_dysfunction'],
    ["I can't finish these days when I'm with my husband, it began the week my back went", 'sexual_dysfunction'],
    ["can't get there anymore while I'm with my girlfriend, since I hurt my back", 'sexual_dysfunction'],
    ['one-sided sciatica for weeks, and since last night its in both legs', 'bilateral_leg_symptoms'],
    ['the pain was only down my right leg before, since this morning it is both legs', 'bilateral_leg_symptoms'],
    ["I can't get up onto my toes on my right foot, yesterday I could, my back is sore", 'progressive_weakness'],
    ['getting thinner without any reason for the last few months and my back aches', 'weight_loss'],
    ['lost nearly 5 kilos without any explanation since march, back sore every day', 'weight_loss'],
  ])('%s -> %s', (text, flag) => {
    expect(lexicon.detect(text)?.flags ?? []).toContain(flag);
  });

  test.each<string>([
    "I can't finish my dinner when I'm with my wife's family, they talk too much, my back aches",
    'had to change my trousers twice today after the toddler spilt juice on me, back sore from lifting him',
    'we were together last night at the pub quiz and my back was killing me',
  ])('no sign in: %s', (text) => {
    expect(lexicon.detect(text)).toBeNull();
  });
});
