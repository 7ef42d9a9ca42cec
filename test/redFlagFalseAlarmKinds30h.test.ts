import { levelsEach } from './support/screenTables';

// Round 30 (helper mend30h), false alarms of the hypothetical kind, phrasings our own:
// - a feared future: a fear frame before an if-clause ("I'm worried that if ...") makes the
//   rest of the clause, over "and I'll ...", the feared future when a future word looks ahead
//   (context.yaml conditional.fear and future; conditionScope); a fear of a gerund or a future
//   told as "my worst fear is ..." (context.yaml hypothetical);
// - an if-clause asked about, then the present told as only the back pain ("now I have only
//   back pain"): context.yaml conditional.disclaim. Any disclaimer now reaches only an if-clause
//   in a question: "If I stand up my legs go numb. Right now it's just a dull ache otherwise"
//   tells a sign;
// - a question opened by a supposition ("say I ...", "let's say ...") supposes all of itself,
//   over "and then" and new subjects (context.yaml conditional.supposeWhole); not past a
//   sentence's end, nor "they say I ...", nor "say I was ... then" (told as past);
// - whether it would matter if one ever found a sign (context.yaml hypothetical, "found").
// And other kinds of the round: a relative's possessive without its apostrophe ("my brothers
// legs", context.yaml experiencer); "how would you actually know ..." ("actually" as a
// question's emphasis is no termination: context.yaml pseudo; "how would you ... know" hypothetical);
// sweat told in the comma's clause after an exercise class (red-flags.yaml chest_pain except).
// Each kind with twins of the same shape that tell a real sign and must still be raised.
levelsEach([
  [
    'a feared future after a fear frame and an if-clause',
    [
      ['I am worried that if I keep doing night shifts my back will give out and I will end up wetting myself, does that happen?', 'none'],
      ['I am nervous that if I go back to the gym my disc will slip and I could lose the feeling in both legs', 'none'],
      ['im frightened that if the pain gets worse i will not be able to control my bowels. how common is that', 'none'],
      ['I am scared that if I stand up my legs both go numb', 'emergency'],
      ['I am worried that if I stand up my legs both go numb and I will fall', 'emergency'],
      ['I am scared that if this carries on I will wet myself, I already wet myself twice this morning', 'emergency'],
      ['I am worried that my legs will give way, they have both been numb since this morning', 'emergency'],
    ],
  ],
  [
    'a feared future told as the writer\'s worst fear',
    [
      ['My worst fear is ending up unable to control my bladder. My back is only a bit stiff after moving house', 'none'],
      ['my biggest dread is losing the feeling in my legs one day, right now it is a sore lower back from digging', 'none'],
      ['My worst fear is that I can not wee at all since last night', 'emergency'],
      ['my biggest fear right now is that both my legs have gone numb since this morning', 'emergency'],
    ],
  ],
  [
    'an if-clause asked about, then the present told as only the back pain',
    [
      ['If it happen I lose control of my bowels, is hospital needed? Now I have only a backache, nothing like that', 'none'],
      ['if one day i could not feel my bottom when wiping, it is serious? now i have just back pain', 'none'],
      ['If I wipe I can not feel my bum. Now I have only back pain otherwise', 'emergency'],
      ['If I stand up my legs both go numb. Right now it is just a dull ache otherwise', 'emergency'],
      ['if i cough i wet myself, is that bad? now i have only back pain and this', 'emergency'],
    ],
  ],
  [
    'a question opened by a supposition, over "and then"',
    [
      ['Let us say I am hoovering and my back locks and then I can not feel my bum, is that an emergency?', 'none'],
      ['say i slip on the stairs and my back goes and then i start wetting myself, what should i do first?', 'none'],
      ['Say I lift my son and then my legs both go numb. What now?', 'emergency'],
      ['They say I have sciatica but both my legs are numb, what do I do?', 'emergency'],
      ['Say I was carrying the shopping and then both my legs went numb, what should I do?', 'emergency'],
    ],
  ],
  [
    'whether a sign found one day would matter',
    [
      ['would it matter if I ever spotted a lump near my spine? I have not, just curious what to look out for', 'none'],
      ['could it matter if i found a swelling on my back at some point? nothing there now', 'none'],
      ['does it matter that I found a lump on my back last week? it is getting bigger', 'urgent'],
    ],
  ],
  [
    'a relative\'s possessive without its apostrophe',
    [
      ['my brothers legs went numb after his spinal anaesthetic haha, separate thing but my back is sore from the house move', 'none'],
      ['my aunties bladder packed in after her fall, anyway my back aches from lifting her', 'none'],
      ['my brothers wedding was on Saturday and now both my legs are numb', 'emergency'],
      ['my aunties legs went numb last year, now my own legs are both numb', 'emergency'],
    ],
  ],
  [
    'how one would know, asked with "actually"',
    [
      ['how would you actually know if a backache was a tumour?', 'none'],
      ['How would one actually tell if back pain is from cancer? Is it rare?', 'none'],
      ['How would you actually know? I had breast cancer three years ago and my back has ached for weeks', 'urgent'],
    ],
  ],
  [
    'sweat told after an exercise class, in the next comma\'s clause',
    [
      ['did a boxing class, sweating buckets, my lower back is tight today from the bag work', 'none'],
      ['went to my first hiit session, absolutely sweating buckets, back stiff now', 'none'],
      ['went to the gym, sweating buckets and my chest is tight', 'emergency'],
      ['at a spin class, sweating buckets and a crushing pain going into my left arm', 'emergency'],
    ],
  ],
]);
