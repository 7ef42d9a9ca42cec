import { quietEach, raisesEach } from './support/screenTables';

// Kinds of emergencies and urgents the screen missed in spent round 27, each mended by a
// general reading: an altered feeling on wiping told with where the wiping happens ("after
// the loo"); a bottom the writer cannot squeeze shut, whose own "can't" is the sign, not a
// denial of what follows; a fall from a horse named only by what the horse did (bucked,
// reared, spooked); a workmate the writer "has got" on site, told of now, as the patient of
// a helper; chills told with a hedge ("a bit hot and cold"). Every reading has twins that
// must stay quiet: denied, supposed, someone else's past story, over, a soft landing.
// Phrasings our own.

raisesEach('emergencies told in the kinds round 27 missed', 'emergency', [
  // wiping, with where, then an altered feeling
  ['When I wipe after using the loo, it feels as if it is somebody else\'s body. Back went at the weekend.', 'saddle_numbness'],
  ['each time I wiped after a wee today it felt like touching somebody else, my lower back is in spasm', 'saddle_numbness'],
  // the bottom not closing, the writer as subject
  ['back went lifting boxes and since lunch I cannot squeeze my back passage shut at all', 'bowel'],
  ['my low back is agony and I am unable to tighten my bum properly since last night', 'bowel'],
  // a horse named by what it did
  ['Came off one of the young ones when she reared at a tractor and landed hard on the track. Back is stiff today, is it just a bruise?', 'major_trauma'],
  ['Got launched when my cob spooked at a pheasant, back sore and stiff since.', 'major_trauma'],
  // a workmate on site, told of now
  ["Asking from work. We've got a new apprentice, 19, who has been with us about a year. Half an hour ago he came off the roof of the van, maybe 2 metres, and landed flat on his back. He's walking about and says he's fine.", 'major_trauma'],
  ["Quick one from the garage. We've got a young mechanic who fell off the ramp this morning and landed on his back. He's walking around fine and says it's just sore.", 'major_trauma'],
  ["Message from the yard. We've got a young lad who fell off the trailer roof about an hour ago, maybe two metres, onto concrete. He's up and about and wants to keep working.", 'major_trauma'],
]);

raisesEach(
  'urgents told in the kinds round 27 missed',
  'urgent',
  ['sore lower back and I feel a bit hot and cold tonight', 'lower back sore, and I feel a little hot and cold since lunch'].map((text): [string, string] => [text, 'fever']),
);

quietEach('their twins stay quiet', [
  // denied
  'when I wipe after the loo everything feels completely normal, my back is just stiff',
  'no problem squeezing my bum shut, bladder and bowels normal, just a sore back',
  'I do not feel hot and cold at all, just a stiff back from gardening',
  // supposed
  'if wiping after the toilet ever felt numb, would that be an emergency? mine is fine',
  // someone else's past story
  'years ago my cousin came off a horse when it bucked, anyway my back is stiff from hoovering',
  "we've got a new apprentice who fell off a roof last year and was fine, now I've hurt my own back lifting",
  "We've got a new apprentice, 19, who came off the roof of a van two years ago before he joined us, all healed. Today I have a stiff back myself.",
  // over
  'I felt a bit hot and cold last month with flu but that is long gone, back stiff today',
  'what if my horse bucks and I come off, would that hurt my back? mine is just a bit stiff',
  'my daughter came off her pony when it spooked last summer, she was fine. my back is sore from lifting saddles',
  // no rider: a thing that came off when an animal startled
  'the lead came off his collar when the dog spooked at a bin, I chased him for ages and now my back aches',
  // a soft landing
  'my pony bucked and I came off into the sand school, soft landing, not hurt, back just stiff from mucking out',
  "We've got a new lad on site who tripped over a cable this morning and fell onto a pile of insulation, he's fine, laughing about it. My own back is stiff though.",
  "we've got a new lad who slid off the sofa onto the rug an hour ago, he is laughing about it, I have a stiff back myself",
  'my pony spooked and I slid off into a deep pile of straw, landed softly, back a bit achy',
]);
