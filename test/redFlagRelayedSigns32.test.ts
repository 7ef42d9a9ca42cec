/**
 * A relative's sign passed on in reported speech ("he said it felt like ..."): the tense of the
 * telling is past, the sign is theirs now unless a time dates it. And a thing come loose from
 * its fitting ("came off its hinges") is no fall or crash. An erection told as a struggle
 * ("trouble getting it up"). Our own wording throughout.
 */
import { levels, quiet, raisesEach } from './support/screenTables';

raisesEach("a relative's words passed on in the past tense", 'emergency', [
  ['my uncle said it felt like something split open inside his back', 'tearing_pain'],
  ['my gran told me it was like a blade going through her back into her chest', 'chest_pain'],
  ['my boyfriend said he could not feel the seat of the toilet under him', 'saddle_numbness'],
  ['my brother mentioned his legs kept giving way on the stairs and both feet were numb', 'bilateral_leg_symptoms'],
]);

raisesEach('an erection told as a struggle', 'emergency', [
  ['had a bit of trouble getting it up with my girlfriend last night, back is still sore', 'sexual_dysfunction'],
]);

describe('passed-on words that are a view, a story or dated stay quiet', () => {
  quiet([
    'my aunt said I should stop lifting the shopping while my back heals',
    'my father told me his back felt torn years ago after a rugby match, mine is just stiff',
    'my colleague said she had sciatica once and it went away with walking',
    'my neighbour said it was probably the new mattress, my back aches in the morning',
    'my uncle ended up in hospital with an aneurysm and they said his back hurt beforehand, my back is only sore from the garden',
    'my nan had a stent for an aneurysm and the surgeon said it can be inherited, I am 41 and pulled my back at the gym',
    'my friend went to A&E with a kidney infection and said it felt like back pain, mine is different and only hurts when I twist',
  ]);
});

describe('a thing come loose from its fitting is no accident', () => {
  quiet([
    'the cupboard door came off its hinges and I twisted my back catching it',
    'the kayak slid off the roof rack and my back went when I heaved it up again',
    'the curtain pole came out of its brackets, I reached up and my back spasmed',
  ]);
  levels([
    ['I came off my motorbike at about 50 on the bypass, my back is in agony', 'emergency'],
    ['came off the scaffolding onto my back from about 3 metres', 'emergency'],
  ]);
});
