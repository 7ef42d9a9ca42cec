import * as path from 'node:path';
import { PATHS } from '../src/paths';
import { ConceptFloor, readFloors } from '../src/safety/conceptFloor';
import { readCues } from '../src/safety/redFlagFeatures';
import { FILES } from '../src/safety/redFlagScreen';
import { levels, level, normalizer, quiet, raises, screen } from './support/screenTables';

// Kinds of missed emergencies and urgents from the twenty-first round, each mended by a
// general mechanism: a helper's present-tense report, dialect and learners' English in the
// language layer, floor compositions for lay descriptions, a road collision without "crash",
// a worsening leg across a long message, and the back's height told by a chest landmark.
// Phrasings our own.
const cues = readCues(path.join(PATHS.safety, FILES.cues));
const floor = new ConceptFloor(normalizer, cues, readFloors(path.join(PATHS.safety, FILES.floors), cues));

describe("a helper's report in the present tense is the patient's sign now", () => {
  test.each<[string, string]>([
    ['my brother has numbness in both legs, his back went on monday', 'bilateral_leg_symptoms'],
    ['my uncle can barely feel either foot, his back has been sore all week', 'bilateral_leg_symptoms'],
    // a change from one side to both, with the earlier state told by "used to"
    ['my nan (81) says both her feet are prickling and numb, it used to be only the right one, her back has been bad for days', 'bilateral_leg_symptoms'],
  ])('%s', (text, flag) => {
    const r = screen.detect(text);
    expect(r?.level).toBe('emergency');
    expect(r?.flags).toContain(flag);
    expect(r?.subject).toBe('other_present');
  });

  quiet([
    // family history beside the writer's own back
    ['My aunt has osteoporosis and broke a vertebra bending. I am 35 and my back went gardening'],
    ['me da had an aneurysm, me missus is worried, I tweaked me back at football'],
    // a dated story stays a story
    ['my grandad has had numb feet for years from his diabetes, he is fine, it is my back I am asking about'],
  ], 'urgent', 'stays someone else\'s: %s');
});

describe('dialect and learners\' English reach the same flags', () => {
  levels([
    ['cannae pish at aw since last night n my back is murder', 'emergency'],
    ['my right leg has went aw weak, cannae lift it up the stair', 'emergency'],
    ['body very hot and shivering, my head is confuse, back pain', 'emergency'],
    ['Back hurt 2 day. I try toilet again and again, water not coming out', 'emergency'],
  ], '%s');

  quiet([
    ['aw thanks, my back is a bit better today after the stretches'],
    ['I drink lots of water and my back still hurts after work'],
    ['that advice was pish, my back is still stiff from the gym'],
  ], 'urgent', 'ordinary: %s');
});

describe('lay descriptions compose into the flag (body part or act + loss)', () => {
  test.each<[string, string]>([
    // a bowel opening known of only afterwards
    ['did not realise I had gone until I noticed the smell, my back is in bits', 'bowel'],
    ['I only knew I had gone when I saw the stain on my boxers, back has been terrible', 'bowel'],
    // sexual touch with the feeling gone
    ['tried wanking last night and felt nothing at all, my back gave out on friday', 'sexual_dysfunction'],
    ['we made love and I could not feel a thing, the disc went last week', 'sexual_dysfunction'],
    // retention in plain words
    ['I keep sitting on the loo and nothing comes out of my bladder, back is agony', 'bladder'],
  ])('%s', (text, flag) => {
    expect(floor.raised(text)).toContain(flag);
    expect(level(text)).toBe('emergency');
  });

  test.each<[string]>([
    ['we had sex and my leg went numb for a minute, back is sore'],
    ['did not notice the smell of the paint until later, my back aches from decorating'],
    ['if I could not feel anything during sex would that be serious?'],
  ])('not raised: %s', (text) => {
    expect(floor.raised(text)).toEqual([]);
  });
});

describe('long or plain-worded stories of a serious accident or a worsening leg', () => {
  raises('emergency', [
    ['a bus drove into the side of my car at a junction, quite fast, and now my back is sore', 'major_trauma'],
    ['Hi, so a taxi went into the back of me at a roundabout on Tuesday, fairly fast. I felt fine, went to work, but now my lower back is stiff. Heat or ice?', 'major_trauma'],
    ['Morning. Bad back for a week since digging, the doctor said a disc. The leg is getting weaker by the hour though, at breakfast I could climb the stairs fine, now I can barely lift my right knee onto a step. Can I take naproxen?', 'progressive_weakness'],
  ]);

  test.each<[string]>([
    ['my back is getting worse, I can hardly lift my leg to put my socks on'],
    ['a van went into the back of us in the car park, just a bump, and my back aches from gardening anyway'],
  ])('not raised by the floor: %s', (text) => {
    expect(floor.raised(text)).toEqual([]);
  });
});

describe("the back's height told by a chest landmark is the thoracic sign", () => {
  test.each<[string]>([
    ['high up in the middle of my back, about level with my armpits, aching for a week'],
    ['the ache sits in my back in line with my nipples'],
    ['my back hurts at bra strap level'],
  ])('%s', (text) => {
    expect(screen.detect(text)?.flags).toContain('thoracic_pain');
  });

  test.each<[string]>([
    ['my arm is sore at the level of my armpit when I lift it'],
    ['no pain in my back at armpit level, it is all low down'],
  ])('not: %s', (text) => {
    expect(screen.detect(text)?.flags ?? []).not.toContain('thoracic_pain');
  });
});

describe('one read of the floor serves both lists', () => {
  test.each<[string]>([
    ['got thrown off my horse onto the road, my back is agony'],
    ['my bladder gave way in the shop this morning and my back is bad'],
    ['nothing unusual, just a stiff back from the garden'],
  ])('%s', (text) => {
    const once = floor.read(text);
    expect(once.floors).toEqual(floor.flags(text));
    expect(once.raised).toEqual(floor.raised(text));
  });
});

describe('urgent signs told plainly or inside a longer message', () => {
  raises('urgent', [
    ['something firm the size of an olive on my lower back, sore to lean on', 'back_lump'],
    ['there is a hard bobble as big as a marble by my spine and it aches when I sit back', 'back_lump'],
    ['72, never once had a bad back before this spring, it started for no reason', 'age_first_episode'],
    ['Hello, bit of background: I am retired, I walk the dog twice a day and garden a lot. I am 64 and I have never really had back trouble before, but it has ached for three weeks now. Would a heat pad help?', 'age_first_episode'],
  ]);

  quiet([
    ['I have a muscle knot the size of a golf ball in my shoulder'],
    ['60, the pain is bad when I bend'],
    ['my son is 52 and has never once had a bad back, mine is just stiff from the gym'],
  ], 'check', 'not raised: %s');
});
