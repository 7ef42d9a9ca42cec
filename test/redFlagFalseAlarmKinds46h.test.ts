import { levelsEach } from './support/screenTables';

// Round 46 (mend helper h), false alarms by kind, phrasings our own. Each kind with twins of
// the same shape that tell a real sign and must still be raised.

levelsEach([
  [
    '"no feeling" followed by how a feeling is (odd, strange) denies an odd feeling, it tells no numbness (red-flags.yaml {numb})',
    [
      ['no feeling strange when I wipe, no leaks either. back is stiff from rowing', 'none'],
      ['no feeling odd down below, no leaks, just a stiff back from the garden', 'none'],
      ['I have no feeling down below when I dry myself after the loo since Tuesday', 'emergency'],
      ['there is no feeling at all between my legs', 'emergency'],
      ['feeling strange around my back passage since the weekend, back is killing me', 'emergency'],
    ],
  ],
  [
    'up on the toes on both feet, or the toilet used as usual, told as done: the part works now (context.yaml able, flag-areas.yaml)',
    [
      ['checked again, I can stand on my tiptoes on both feet. the back is sore from painting the ceiling', 'none'],
      ['I can walk on tiptoes on both feet, only the back aches', 'none'],
      ['Things feel the same down there and I have been going to the loo as normal. It is just my lower back when I stoop over the sink.', 'none'],
      ['I have been using the toilet as usual, it is just my back that hurts when I twist', 'none'],
      ['I can stand on my tiptoes on both feet but both my legs went numb this morning', 'emergency'],
      ['been using the toilet as usual but since this morning I cannot feel myself wipe', 'emergency'],
      ['I am weeing as normal but I leak when I stand up now', 'emergency'],
    ],
  ],
  [
    "someone else's sign told as ending in an operation, beside the writer's own back (helpers.yaml inCare, ownBack)",
    [
      ["a colleague said over coffee that she needed an operation because she couldn't feel her legs, and now my own back aches from shifting filing boxes and I'm spooked", 'none'],
      ['My cousin back home had trouble, he could not hold his wee after his back went and the doctors did an operation. Now I have back pain from the long drive. My toilet and legs are fine.', 'none'],
      ["my husband can't pee since this morning, he had to have an operation on his back years ago, I've got a sore back from helping him", 'emergency'],
      ['My cousin cannot hold his wee and his legs are numb, I am with him now', 'emergency'],
    ],
  ],
  [
    'a family word with a time word before its verb is someone else (context.yaml experiencer)',
    [
      ["Nan's always had osteoporosis and she broke her wrist just tripping on a rug. I'm 30 and my back aches from the new sofa.", 'none'],
      ["I've always had osteoporosis and I slipped on the stairs this morning, my back is agony", 'urgent'],
    ],
  ],
  [
    "the writer's back called an ordinary kind with how it feels before it, after someone else's scary story (context.yaml selfContrast)",
    [
      ["My sister is an A&E nurse and brings home grim tales. Last month a man whose backache was really his heart, sweating and grey. So now she fusses over every ache. I've got a typical stiff lower back from hockey, sore when I twist, easier lying flat. Tell me I'm fine so she stops fussing?", 'none'],
      ["I've got a typical stiff lower back, but now my chest is tight and I'm grey and sweating", 'emergency'],
    ],
  ],
  [
    'vivid ordinary pain: how bad it is, the toilet as a seat, a cowboy walk, a back called wrecked (check-anchors.yaml)',
    [
      ['THE WORST PAIN I HAVE EVER FELT. my back locked when I bent for the dog lead and I howled. cannot straighten up', 'none'],
      ['my back is ruined after squats, I can barely lower myself onto the loo without wincing haha', 'none'],
      ['I strained my back throwing bales and I am waddling like John Wayne, it is all low down and into my left cheek. Will it settle?', 'none'],
      ["Long care-home shifts have wrecked my back this week. It aches into my right buttock whenever I stoop over residents. By clocking-off time I'm close to tears and limping to the bus. What helps?", 'none'],
      ['my back is killing me after leg day, I can\'t even sit down on the loo without moaning haha', 'none'],
      ['out of nowhere the worst pain of my life, like something ripped in my upper back', 'emergency'],
      ['I can lower myself onto the loo without wincing but nothing comes out and my bladder feels full', 'emergency'],
      ['I wrecked my car on the motorway an hour ago and my back hurts', 'emergency'],
    ],
  ],
]);
