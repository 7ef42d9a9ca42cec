import { withOrdinaryKinds } from '../src/safety/ordinaryKind';
import { toldAsOrdinary } from '../src/triage/denials';
import { levelsEach, screen } from './support/screenTables';

// Round 43 (safety helper), kinds in our own phrasings: one leg told with no side word ("down the
// back of my leg", one-side.yaml `owners`); a pain down a leg is no weakening leg (check-anchors.yaml);
// "can't get to <place> without my legs giving way" (context.yaml pseudo); a relative's history in a
// message that denies every back pain (redFlagScreen `painless`); a first bout over 50 with a cause
// told as one event of this episode (denials.yaml sameMessage), not a habit. Each with twins that
// must still be raised.

levelsEach([
  [
    'one leg told with its owner and no side word',
    [
      ['a burning ache running down the back of my leg into the calf', 'none'],
      ['shooting pain from the buttock down the back of my thigh', 'none'],
      ['pins and needles down the back of my leg and now the other leg too', 'emergency'],
      ['burning pain down the back of both my legs since this morning', 'emergency'],
      ['my leg went numb yesterday and today both legs are numb', 'emergency'],
    ],
  ],
  [
    'a pain down a leg is no leg growing weak',
    [
      ['I have pain down my leg', 'none'],
      ['sore back with an ache down my leg to the knee', 'none'],
      ['my leg keeps giving way and it is getting weaker every day', 'emergency'],
    ],
  ],
  [
    'a move to a place the legs fail on',
    [
      ['I cannot get to the bathroom without my legs giving way', 'emergency'],
      ['couldn\'t make it up the stairs without my knees buckling', 'emergency'],
      ['unable to get to the front door without my legs folding under me', 'emergency'],
      ['can\'t get to the shops without my back aching', 'none'],
    ],
  ],
  [
    'a relative\'s history, every back pain denied',
    [
      ['no back pain here, my gran\'s cancer came back and I\'m her carer, what\'s the safest way to help her stand?', 'none'],
      ['I care for my gran, her cancer came back last year and now her back has been sore for a week', 'urgent'],
    ],
  ],
]);

// The screen as the bot wires it (src/app.ts): the ordinary kinds read around it.
const wired = withOrdinaryKinds(screen, toldAsOrdinary);

describe('a first bout over 50 with its cause told as one event', () => {
  test.each<[string, string]>([
    ['I\'m 61 and never had back trouble before, I did it in lugging a sack of compost on Sunday', 'none'],
    ['I\'m 57, first time my back has ever gone, it went when I was lifting the lawnmower into the car', 'none'],
    ['I\'m 65, first ever bad back, since I twisted awkwardly reaching for the kettle', 'none'],
    // a habit, a cause denied or only guessed at: no cause told
    ['I\'m 60 and this is my first back pain ever, I lift weights most days', 'urgent'],
    ['I\'m 63, never had back pain before, didn\'t lift or twist anything, it just came on', 'urgent'],
    ['I\'m 66, first time ever with my back, perhaps I hurt it lifting, no idea really', 'urgent'],
    // a cause told does not quiet an emergency
    ['I\'m 62, first time ever, I hurt it lifting a crate and now I can\'t feel my bum when I wipe', 'emergency'],
  ])('%s -> %s', (text, expected) => {
    expect(wired.read(text).redFlag?.level ?? 'none').toBe(expected);
  });
});

describe('a cause of a first bout told as one event of this episode', () => {
  test.each<[string, string[]]>([
    ['pulled my back shifting a wardrobe on Saturday', ['age_first_episode']],
    ['the pain started after I picked up my granddaughter', ['age_first_episode']],
    ['I usually lift at the gym three times a week', []],
    ['it gets worse when I lift anything', []],
    ['I didn\'t hurt it lifting, it came on by itself', []],
    ['maybe I strained it carrying the shopping', []],
  ])('%s', (text, ordinary) => {
    expect(toldAsOrdinary(text, ['age_first_episode'])).toEqual(ordinary);
  });
});
