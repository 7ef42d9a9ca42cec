import { quietEach, raisesEach } from './support/screenTables';

// Kinds of missed signs from round 29's first run, each mended by a general reading: a thing
// worn that is not felt "on either foot" (both feet numb), the cough or sneeze told as a
// shorthand sum ("sneeze = pain", the sign dropped by the tokenizer), and a fragile-bone
// fracture sign kept when the person cared for plays it down in the writer's report ("he
// says it's only a tweak"). Twins stay quiet: felt fine, a plain list, someone's own words
// about the writer's own back. Phrasings our own.

raisesEach('both feet numb told by what is not felt on either foot', 'emergency', [
  ['I could hardly feel my slippers on either foot this morning, and my back has gone', 'bilateral_leg_symptoms'],
  ['my lower back went on friday and I cannot feel the sandals under either foot', 'bilateral_leg_symptoms'],
]);

raisesEach('a cough or sneeze told as a sum, and a fragile bone played down', 'raised', [
  ['cough = back pain. how do I stop it', 'cough_sneeze_strain'],
  ['every sneeze = instant lower back agony', 'cough_sneeze_strain'],
  ['my grandad has thin bones and he reached up to a shelf and felt a sharp pain in his back. he insists it is just a tweak', 'steroids_osteoporosis'],
  ['my aunt has osteoporosis, she lifted a saucepan today and her back went with a sudden pain, she says it\'s only a twinge', 'steroids_osteoporosis'],
]);

quietEach('the same words that tell no sign stay quiet', [
  'I can feel my slippers on either foot just fine, only my back is stiff',
  'I could not get my socks on either foot because bending hurts my back',
  'cough = sore throat. back pain from lifting boxes',
  'sneeze, cold, stiff back, the lot this week',
]);
