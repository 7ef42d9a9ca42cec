import { quietEach, raisesEach } from './support/screenTables';
import { wholeBotText } from './support/botHarness';

// Kinds of missed emergencies and urgents from round 37 and conversation set 29, each mended
// by a general reading: whose sign (a partner or workmate in everyday words, "asking for a
// client" with the age in brackets, an age typed with its unit: "70 yrs"); nothing passed at
// the toilet with the object unsaid, told apart from the trips there or beside the prostate
// blamed for it; a change told by when it was missing ("wasn't there last summer") is neither
// a denial nor a past bout; and the back bent to one side, told as new. Twins stay quiet.
// Phrasings our own.

raisesEach('emergencies told in the kinds the screen missed', 'emergency', [
  ['writing for my fella, 52, his back went on friday. he has lost all feeling round his privates', 'saddle_numbness'],
  ['typing this for a co-worker who is too shy. her back went yesterday lifting crates and this morning she keeps wetting herself without knowing', 'bladder'],
  ['grandad is 79 with a bad back, he has been to the loo five times since breakfast and cannot get anything out', 'bladder'],
  ['sore back since sunday, up and down to the toilet all night and I can not squeeze anything out', 'bladder'],
  ['my husband, 68, back is killing him. he thinks it is just his prostate playing up but he can not get anything out', 'bladder'],
]);

raisesEach('urgent signs told in the kinds the screen missed', 'urgent', [
  ['there is a bulge on my lower back that was not there last spring', 'back_lump'],
  ['my uncle has a lump coming up on his upper back that was not there a few months ago', 'back_lump'],
  ['my spine has gone crooked to one side, it never used to be like that before', 'back_lump'],
  ['my back is leaning to the left now and it was not like that before', 'back_lump'],
  ['my nan 84 yrs has brittle bones and her back is bad since she knocked into the table', 'steroids_osteoporosis'],
]);

quietEach('the same words that tell no sign stay quiet', [
  // the object told, or a bowel held up by tablets
  'my back hurts and I cannot get anything out of the physio about how long it takes',
  'constipated from the co-codamol, sat on the loo twice and could not get anything out, back still sore',
  'the cupboard in the bathroom is jammed and I can not get anything out, my back went pulling at it',
  'my dad has prostate trouble and his back is sore from digging the veg patch',
  // a spasm that bends the writer over, with nothing said of a new shape
  'my back spasmed and I am bent to one side, cannot stand up straight',
  'back is tilted to one side with the spasm since yesterday, heat helps a bit',
  // a thing that was not there, not on the back
  'the new shelf was not there last year and I hurt my back putting it up',
  // an age typed with a unit, and only a time ago
  'my mum 20 years ago had a bad back too, mine started on tuesday from hoovering',
]);

describe('a first bout told later of someone whose age came in brackets', () => {
  const SEEN = /get (her )?seen today|urgent appointment/i;
  test('the age told first with "a client (NN" counts for the first bout told later', async () => {
    const say = wholeBotText('en-GB');
    await say('asking for a client (77, lives on her own), her lower back has ached for six days. what can she do?');
    expect(await say('she tells me she has never once had back pain before')).toMatch(SEEN);
  });
  test('the same client under 50 is not sent to be seen for a first bout', async () => {
    const say = wholeBotText('en-GB');
    await say('asking for a client (34, lives on her own), her lower back has ached for six days. what can she do?');
    expect(await say('she tells me she has never once had back pain before')).not.toMatch(SEEN);
  });
});
