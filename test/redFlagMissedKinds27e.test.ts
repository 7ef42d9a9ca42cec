import { quietEach, raisesEach } from './support/screenTables';

// Kinds of missed emergencies and urgents from the spent set T26 and round 25, each mended
// by a general reading: the chest named by its bone and a breath that stops short, a vehicle
// over the writer or a machine pinning them, a tearing likeness with a person or a thing
// torn inside, a tear felt travelling suddenly, the urine stream that will not start, the
// bottom that no longer clenches, sexual feeling named first and then gone, the body not
// following down there; weight lost told with "not dieting" in a clause of its own; and a
// helper's report of now read as now (a comparison with "used to", the side and back).
// Every reading has twins that must stay quiet: denied, supposed, someone else's, over.
// Phrasings our own.

raisesEach('emergencies told in the kinds the screen missed', 'emergency', [
  ['a heavy weight sits behind my breastbone and my back is killing me', 'chest_pain'],
  ['tightness under the sternum with this back pain, started half an hour ago', 'chest_pain'],
  ['since lunch I cannot get a proper breath, and my upper back hurts', 'chest_pain'],
  ['the back pain is spreading into my left shoulder and down the arm', 'chest_pain'],
  ['a delivery van reversed over me in the yard, my back is agony', 'major_trauma'],
  ['I got run over on the crossing this morning and my back hurts', 'major_trauma'],
  ['I was pinned between a tractor and the gate post, now my back is very sore', 'major_trauma'],
  ['it feels as though somebody has torn something out of my back, came on ten minutes ago', 'tearing_pain'],
  ['as if something ripped open inside my chest, the pain goes through to my back', 'tearing_pain'],
  ['all of a sudden there was a rip down my spine, I have never felt pain like it', 'tearing_pain'],
  ['my back went on monday and now I cannot get my pee to start', 'bladder'],
  ['since the back went I cannot get the stream started however long I stand there', 'bladder'],
  ['my backside will not clench properly since this back pain began', 'bowel'],
  ['my back gave out and now the feeling has vanished when we make love', 'sexual_dysfunction'],
  ['back is wrecked, and when we had sex the sensation was gone', 'sexual_dysfunction'],
  ['I want to be with my husband but nothing happens down below any more, my back is bad', 'sexual_dysfunction'],
  // the urge no longer felt, told with a question about its cause after it
  ['I have stopped noticing the need to wee, could the disc be doing that?', 'bladder'],
  ['since the back went I stopped getting the urge to open my bowels', 'bowel'],
  ['my bowels let go while I was sleeping, my back has been awful all week', 'bowel'],
  ['since my back went I get hard and then I lose it after a few seconds', 'sexual_dysfunction'],
  ['a quad bike hit me, well I was hit by a quad bike at the farm, and my back is agony', 'major_trauma'],
  ['my bowels went in the night without me waking up, and my back is no better', 'bowel'],
  ['since the back went I cannot feel when I have to go any more', 'bladder'],
  // one leg, then the other after a time told between: "..., this morning the other one is too"
  ['my right foot went tingly on sunday, tonight the left one has as well', 'bilateral_leg_symptoms'],
  ['my right leg has gone limp below the knee since lunch and my back is agony', 'progressive_weakness'],
]);

raisesEach('urgents told in the kinds the screen missed', 'raised', [
  ['I keep slimming down, and I am not on a diet, my lower back aches', 'weight_loss'],
  ['my back hurts and I have been getting skinnier, but I have not been dieting', 'weight_loss'],
  ['my back is sore and I am thinning out without trying', 'weight_loss'],
  // a helper's report of now: a comparison with how it was, and the person's side and back
  ['My dad\'s back has changed shape, one side bulges more than it used to and it aches. Am I seeing things?', 'back_lump'],
  ['my daughter has pain in her side and back that comes in waves, and her wee looked pinkish', 'urinary_infection_signs'],
]);

quietEach('the same words that tell no sign stay quiet', [
  // denied
  'no weight behind my breastbone, only the lower back is sore',
  'I can take a proper breath, it is just my lower back',
  'my bum clenches fine, it is only my back that hurts',
  'I can get the stream started no problem, just my back aches',
  'the feeling is all there when we make love, it is only my back',
  'I am slimming down because I am on a diet, and my back aches from the gym',
  'I am not slimming down, and I am not dieting, my back is just stiff',
  // supposed
  'what if I could not get a proper breath one day?',
  'if I ever got run over I would want to know about my spine',
  'if I could not get my pee to start I would call 999',
  'if I stopped getting the urge to wee I would go to A&E',
  'my grandad stopped noticing the need to wee after his operation years ago, my back aches from gardening',
  'things are getting hard at home and then I lose it with the kids, my back is tense',
  'I know fine when I need to go, it is just my back',
  'my right foot went tingly on sunday, tonight the left one is fine',
  'my left leg is numb and the right one is completely normal',
  'my leg is not limp below the knee, it is just sore',
  'if my leg went limp below the knee I would ring 999',
  "my gran's leg went limp below the knee after her stroke years ago, my back hurts from lifting",
  'keep the leg floppy from the knee in the swing exercise, is that good for my back?',
  'I was nearly hit by a quad bike, my back is stiff from jumping out of the way',
  // someone else's, over
  'my brother got run over years ago, my back hurts from lifting boxes',
  'my uncle used to have a lump on his back, my back is sore from the garden',
  'my husband had pain in his side and back years ago, now my back hurts from painting',
  // figures of speech and ordinary strain
  'I feel like I have been run over, every muscle aches after the gym',
  'the meeting ran over and my back is stiff from the chair',
  'I feel squashed between work and the kids, and my back hurts',
  'I think I tore a muscle in my back lifting the sofa',
  'I felt a tear in my back lifting the box',
  'I cannot get the flow going with my essay and my back aches from the desk',
  'nothing happens at the gym without a warm up, my back is stiff',
  'I cannot take a full breath without my back catching, it is the spasm',
  'my shoulder hurts going into my left shoulder blade',
]);

quietEach("a helper's report read as now only when it is now", [
  // the person's back told as a fact of long standing, or a story that is over
  "my dad's back has always been a bit crooked, and my back is sore from the gym, is it in the family?",
  "my mum's back was sore years ago with a lump that turned out to be a cyst, my back hurts from digging",
  // the writer's own complaint beside the person's
  "my wife's back has a birthmark on one side and I have a stiff back from the drive, what helps?",
]);
