import * as path from 'node:path';
import { PATHS } from '../src/paths';
import { ConceptFloor, readFloors } from '../src/safety/conceptFloor';
import { readCues } from '../src/safety/redFlagFeatures';
import { FILES } from '../src/safety/redFlagScreen';
import { normalizer, quiet, raisesAlone, screen } from './support/screenTables';

// The concept floor (knowledge/safety/concept-floors.yaml): an emergency told as a
// composition of lay concepts in words neither the lexicon nor the learned stage
// knows is at least asked about; a nearby ordinary message with the same words is not.
// Phrasings our own.
const cues = readCues(path.join(PATHS.safety, FILES.cues));
const floor = new ConceptFloor(normalizer, cues, readFloors(path.join(PATHS.safety, FILES.floors), cues));
const read = (text: string) => screen.detect(text);

describe('the floor reads each kind of composition', () => {
  test.each<[string, string, string]>([
    // a bodily function giving way on its own
    ['bladder', 'my bladder simply gave way in the car park earlier, the back has been awful all week', 'the bladder went on its own while I was queueing at the bank'],
    // loss of sexual function told with its own words and a word of loss
    ['sexual_dysfunction', 'my erections have vanished since the disc went on tuesday', 'morning wood has stopped since this back flare'],
    // a sharp pain passing from the back through to the front
    ['tearing_pain', 'a ripping pain high in my back that goes straight through to my front', 'felt like a dagger between my shoulders, right through to the chest'],
    // a fall from a height or at speed told inside a longer story
    ['major_trauma', 'we were at the park, I slipped off the top of the monkey bars, about 2 metres, and now my back hurts', 'long day. got thrown off the quad at the farm, sore ever since'],
  ])('%s', (flag, one, two) => {
    expect(floor.flags(one)).toContain(flag);
    expect(floor.flags(two)).toContain(flag);
  });
});

describe('the floor leaves set-aside and ordinary words alone', () => {
  test.each<[string]>([
    ['no loss of control of my bladder, nothing like that'], // denied
    ['what if my bladder gave way, would that be serious?'], // supposed
    ['years ago my bladder would just let go after the twins, all fine since'], // past
    ['his bladder let go and he is in hospital now'], // someone else
    ['the pain has gone completely from my back, sex is fine'], // a loss of pain, not of function
    ['we can not have sex at the moment, it hurts too much to move'], // the pain stops it, no lost function
    ['my sex drive has vanished with all this stress'], // a lost desire is no nerve sign
    ['my sex life is fine, it is the stabbing pain in my lower back that bothers me'], // no loss, no spread
    ['a sharp stabbing pain low in my back when I twist, nothing goes through to the front'], // negated spread
    ['I fell off the sofa reaching for the remote, landed on the rug'], // no height or speed
    ['shit, my back just gave way on the stairs'], // a swear word is no bowel
  ])('%s', (text) => {
    expect(floor.flags(text)).toEqual([]);
  });
});

describe('the screen with the floor', () => {
  test.each<[string, string]>([
    ['my bladder simply gave way in the car park earlier, the back has been awful all week', 'bladder'],
    ['my erections have vanished since the disc went on tuesday', 'sexual_dysfunction'],
    ['a ripping pain high in my back that goes straight through to my front', 'tearing_pain'],
    ['got thrown off the quad at the farm on saturday, back has been sore ever since and it is worse today', 'major_trauma'],
  ])('%s raises or asks about %s', (text, flag) => {
    const r = read(text);
    expect(r?.level === 'emergency' || r?.level === 'check').toBe(true);
    expect(r?.flags).toContain(flag);
  });

  quiet(
    [
      ['the pain has gone completely from my back, sex is fine'],
      ['my sex life is fine, it is the stabbing pain in my lower back that bothers me'],
      ['I fell off the sofa reaching for the remote, landed on the rug'],
      ['my husband fell off a ladder last year and was fine, my back is just stiff from gardening'],
    ],
    'none',
  );
});

describe('compositions that are the notes\' own definition are raised', () => {
  raisesAlone('emergency', [
    // a fall from a height or from a horse inside a longer story
    ['on holiday we tried abseiling, I slipped off the top of the cliff face about 4 metres and landed on my back, it aches loads now', 'major_trauma'],
    ['got thrown off the pony at the trekking centre this afternoon, my back is stiff and sore', 'major_trauma'],
    // a knife-like pain reaching the chest
    ['out of nowhere a stabbing pain in my upper back, like it is going through into my chest', 'tearing_pain'],
  ]);

  quiet(
    [
      // someone else's fall, the writer's own strain
      ['my neighbour fell off his roof last week, I have only pulled something helping clear up'],
      // a fall long ago
      ['I came off a horse as a teenager and was fine, now my back is just stiff from gardening'],
      // a knife-like pain that stays in the low back
      ['stabbing pain in my lower back when I stand up from the chair'],
      // a small stress leak of long standing is asked about, not raised
      ['my bladder lets go a little when I laugh, has done since my second baby'],
    ],
    'urgent',
  );
});

describe('a raise needs the writer\'s own fall', () => {
  test.each<[string]>([
    ['my horse went over the jump beautifully today but my back is sore from the saddle'], // a good round, no fall
    ['the tiles came off the roof in the storm and I have been up the ladder all day'], // the tiles fell, not the writer
  ])('%s', (text) => {
    expect(floor.raised(text)).toEqual([]);
  });
});

describe('the floor file', () => {
  test('names only emergency flags the screen knows', () => {
    for (const flag of floor.listed()) expect(screen.level(flag)).toBe('emergency');
  });
});
