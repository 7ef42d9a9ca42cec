import { quietEach, raisesEach, theirs } from './support/screenTables';
import { wholeBotText } from './support/botHarness';

// Kinds of missed emergencies and urgents from round 36, each mended by a general reading:
// passing urine or stool no longer felt, known only by sound or by looking; no wee since a
// time with a word between ("a proper wee") or a flow that will not get going; wind let go
// without control; "not feeling normal" is a sign, not a denial of every sign; "the thing is
// that ..." states, it asks nothing; a helper's report of now stays now beside an earlier bout
// ("had one last year too"); pain that no position changes; a lump beside the spine with its
// size told between commas; and a doubt about whether a sign is related is no doubt about the
// sign. Twins stay quiet. Phrasings our own.

raisesEach('emergencies told in the kinds the screen missed', 'emergency', [
  ['when I wee I cannot feel it passing through at all, I only know from the splashing sound', 'bladder'],
  ['my back seized on friday. weeing is strange now, I only know it is happening by looking', 'bladder'],
  ['sat on the toilet and strained but I could not feel anything come out, back has been bad since monday', 'bowel'],
  ['since the back went I have to look to see if anything has come out when I go', 'bowel'],
  ['not done a proper wee since breakfast, back is agony, I stand there and cannot get it going', 'bladder'],
  ['back gone since the weekend and I have not had a decent pee since last night', 'bladder'],
  ['wind is escaping without any control since my back went on tuesday', 'bowel'],
  ['I cannot hold my farts in any more since the back pain started', 'bowel'],
  ['my back hurts and the skin round my bum is not feeling normal when I wipe, like it is asleep', 'saddle_numbness'],
  ['lower back went lifting a crate. the odd thing is that I cannot feel the wee coming out, only hear it', 'bladder'],
]);

raisesEach('urgent signs told in the kinds the screen missed', 'urgent', [
  ['I am 58 and my back aches all the time, it does not ease whatever position I lie in', 'night_pain'],
  ['the ache stays the same whichever way I sit or lie, been weeks now', 'night_pain'],
  ['my wife spotted a swelling, roughly as big as a walnut, just to the left of my spine', 'back_lump'],
  ['there is a lump, maybe the size of a marble, on the right side of my spine, back aching for a fortnight', 'back_lump'],
]);

describe('a relative with signs now, beside an earlier bout of theirs', () => {
  theirs([
    ['my wife is 61. she says her upper back hurts since twenty minutes ago and she is clammy and breathless, no chest pain though. she had a sore back last winter too so she thinks it is nothing', 'emergency', 'her'],
  ]);
});

quietEach('the same words that tell no sign stay quiet', [
  // denied
  'I can feel the wee passing through fine, it is only my back',
  'no trouble getting it going, weeing is normal, back is stiff from the gym',
  'I have control of my wind and bowels, nothing odd, just a sore back',
  // the ordinary senses of the words
  'I had to check if I had gone through all the stretches on the sheet',
  'the thing is that my back only hurts when I bend, is that a strain?',
  'my back aches a bit and I am not feeling great about missing the gym, otherwise fine',
  // a relative's earlier bout with nothing now
  'my husband had a bad back last year too, mine started on monday from digging',
  // pain that changes with position
  'the pain changes whenever I move, easier lying down',
  // a lump away from the back
  'there is a lump, about the size of a pea, on my wrist, and my back is stiff',
], 'check');

describe('a temperature told late with a doubt about whether it is related', () => {
  const SEEN = /get seen today|urgent appointment/i;
  test('a doubt about relevance beside "otherwise fine" still raises the fever', async () => {
    const say = wholeBotText('en-GB');
    await say('is heat or cold better for a sore lower back?');
    expect(await say('by the way thermometer says 38.7 today and I have been sweating at night, not sure if that is connected. fine otherwise')).toMatch(SEEN);
  });
  test('a doubt about the fever itself beside feeling fine still raises nothing', async () => {
    const say = wholeBotText('en-GB');
    await say('is heat or cold better for a sore lower back?');
    expect(await say('not sure if I have a temperature, I feel fine otherwise')).not.toMatch(SEEN);
  });
});
