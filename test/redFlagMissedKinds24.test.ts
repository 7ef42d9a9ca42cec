import { levelsEach } from './support/screenTables';

// Mend 24e (phrasings our own): kinds of red flag missed in round 20, each beside a
// nearby message that must stay quiet. Scots reflexives and place words read as the
// standard ones; a carer of a person named without "my", and an age told before the
// person ("my 9 year old"), read as the helper's patient; a shearing pain as a tearing
// one; the urge with nothing coming at the toilet; pads and wetting not noticed; "back
// gone since Monday" telling when it went, not that something is over; a sneeze that
// hurts like electricity; a back that was "never a bother" before 50+; side pain in
// waves with sickness; the upper back "in the middle" told after.

levelsEach([
  ['Scots spelling', [
    ['ah cannae feel the paper at aw when ah wipe masel', 'emergency'],
    ['I cannot feel the flannel properly when I wash myself down there since yesterday', 'emergency'],
    ['I cannae feel the towel, it is doon the stair and my back is too stiff to fetch it', 'none'],
  ]],
  ['a carer of someone named without "my"', [
    ['we look after an elderly lady, she is burning up with a fever and is drowsy and muddled today', 'emergency'],
    ['I care for a 58 year old man, he has a temperature of 39 and is very confused this evening', 'emergency'],
    ['I look after a lady with dementia, she gets muddled, and my back hurts from helping her up', 'none'],
  ]],
  ['an age told before the person', [
    ['my 9 year old son has had a temperature of 39.5 since this morning', 'urgent'],
    ['my 12yo daughter keeps saying the middle of her upper back hurts, two weeks now', 'urgent'],
    ['my 16 year old daughter had a fever last month, she is fine now; my back is stiff', 'none'],
  ]],
  ['a shearing pain', [
    ['all of a sudden a shearing pain went through my upper back, the worst I have ever felt', 'emergency'],
    ['no shearing or tearing pain, it is just a dull ache after the garden', 'none'],
    ['I had a shearing pain in my back years ago after a fall, all fine since', 'none'],
  ]],
  ['the urge with nothing coming', [
    ['desperate for a wee all afternoon, but when I sit on the loo nothing comes', 'emergency'],
    ['keep wanting to go, but once I am in the bathroom nothing happens at all', 'emergency'],
    ['I need to go to work, but nothing happens when I try to get out of bed', 'none'],
  ]],
  ['wetting not noticed, pads', [
    ['stood up from the armchair and it was wet underneath, I had gone and had no idea', 'emergency'],
    ['I have had to put one of my sister\'s pads in as I keep leaking. back went since friday', 'emergency'],
    ['I had gone to the shops and had no idea where I parked, my back is aching', 'none'],
  ]],
  ['"back gone since" a day', [
    ['I wet myself twice today. back gone since Monday', 'emergency'],
    ['I wet myself once when my back first went. Gone since, all fine', 'none'],
  ]],
  ['a sneeze like electricity', [
    ['when I do sneeze my lower back is hurting a lot, like electric', 'urgent'],
    ['when I sneeze the dog jumps, my back is hurting from gardening', 'none'],
  ]],
  ['never a bother before, over 50', [
    ['I am 68 and my back was never any trouble to me, it started this week for no reason', 'urgent'],
    ['I am 34 and my back was never a bother before this week', 'none'],
  ]],
  ['side pain in waves with sickness', [
    ['aching in my side under the ribs, it comes in waves and I feel like I will be sick', 'urgent'],
    ['the pain comes and goes in waves, I am not sick at all, it is my lower back after lifting', 'none'],
  ]],
  ['the upper back, in the middle', [
    ['sore upper back, right in the middle, for a fortnight', 'urgent'],
    ['my upper back went in the middle of the night turning over, fine by morning', 'none'],
  ]],
]);
