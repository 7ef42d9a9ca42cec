import { levels, quietEach } from './support/screenTables';

// Mend 20 (phrasings our own, none from a blind round): the KINDS of emergency and
// urgent miss round 16's first run showed. Raised: the saddle area told by what sits
// on it or as the insides of the thighs, wetting told as new or morning after morning,
// not telling wind from a bowel movement, a rider thrown onto something hard, tearing
// told as a seam or zip pulled open, a transplant told as the organ or the drugs by
// what they do, and someone else whose own back is the only one told of (their drug
// use, their lump). Not raised: the same words about sweat, rain, a hair transplant,
// a relative's transplant when the writer's own back is the question, a hard shove
// of an email, a numbness that has gone since.

describe('raised', () => {
  levels([
    ['tingling where a horse saddle goes since this morning, back went yesterday', 'emergency'],
    ['my back is in spasm and the insides of both thighs have gone numb up to the top', 'emergency'],
    ['numb right where you sit on a bike and it is spreading, lower back pain since Friday', 'emergency'],
    ['my dad has been wet most nights this week, his back went on Monday', 'emergency'],
    ['I woke up damp again this morning which is not like me at all, back has been bad for days', 'emergency'],
    ['since my back went I honestly cannot tell the difference between a fart and needing a poo', 'emergency'],
    ['my pony bucked me off sideways into the rails yesterday and my lower back is agony', 'emergency'],
    ['got catapulted over the handlebars onto the tarmac, back really sore now', 'emergency'],
    ['came on all at once, like velcro ripping apart inside my upper back', 'emergency'],
    ['the pain feels as if someone unzipped my back between the shoulder blades', 'emergency'],
    ['I have a donor kidney and my back has ached for ten days', 'urgent'],
    ['I take tablets to damp down my immune system for my bowel disease and my back hurts', 'urgent'],
    ['my sister has been using heroin again and her back has been killing her for days', 'urgent'],
    ['my husband has got a hard bump on his spine and his back has been hurting a fortnight', 'urgent'],
  ], '%s');
});

quietEach('not raised', [
  'woke up wet with sweat after a nightmare, never happened before, my back is stiff',
  'got wet walking the dog this morning and my back aches from the cold',
  'had a hair transplant last year, now my lower back is stiff from the flight home',
  'my aunt had a liver transplant and worries about her back; I am 30 and mine is just sore from football',
  'fired off an angry email to the landlord and now my back is tense from sitting hunched',
  'my legs went numb at the cinema but that has gone since, back is a bit stiff',
  'got a new heart rate monitor for my runs and my lower back aches after them',
  'I keep getting rejection letters from jobs and my back is stiff from the desk',
  'cannot tell the difference between the heat pad and the ice pack, and the cold wind made my back worse',
  'I shot out of bed into the car this morning and now my back is tight',
]);
