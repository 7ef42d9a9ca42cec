import { levelsEach } from './support/screenTables';

// Round 31 (helper mend31h), false alarms of the screen on one message, by kind, phrasings our own:
// - a checklist of denied signs under a heading that holds the negation ("stuff I haven't got: ...")
//   is denied item by item, however long (deniedHeading.ts); a combined flag whose part is denied
//   is denied with it (screenStages deniedCombination);
// - a hospital series named with when it was on, or a story someone told of a third person (context.yaml storyFrame;
//   helpers.yaml storyTold);
// - someone else already with clinicians or under tests while the writer asks for themself
//   (helpers.yaml handedOver, underTests, ownTurn);
// - a childhood told as the time of an old injury (context.yaml pastAnchors);
// - material for others ("making a leaflet for ...") and a sign asked about as "always" a condition
//   (context.yaml generalQuestion, signQuestion terms);
// - skin warmed by a heat pad, not a temperature (red-flags.yaml fever except).
// Each kind with twins that tell a real sign of the writer's and must still be raised.
levelsEach([
  [
    'a checklist of denied signs under a negated heading',
    [
      ["Stuff I haven't got: tingling round my backside, any trouble weeing, any soiling, pins and needles in both feet, a temperature. It's just stiff from decorating.", 'none'],
      ['what i dont have: numb private parts, leaking, legs giving way, fevers, chills. only an ache after gardening', 'none'],
      ["Things I haven't got: a temperature or weakness. But since this morning I can't feel my bottom on the loo seat.", 'emergency'],
      ["What I don't have: fever, wobbly legs, I haven't been able to pee since last night though.", 'emergency'],
      ["What I don't understand: why I can't feel the toilet paper when I wipe.", 'emergency'],
      ["Things I haven't got: a fever, legs are going weak and numb since this morning.", 'emergency'],
      ['Not normal for me at all: numb round my privates, wet myself twice today.', 'emergency'],
    ],
  ],
  [
    'a story of someone else, on screen or told at the table',
    [
      ['watching Chicago Med the other night, some fella had his aorta rip apart, now my own stiff back from the allotment has me jumpy', 'none'],
      ['on tuesday some lad jumped a red light and smashed into the side of my car at 40, since then my back has got worse and worse', 'emergency'],
      ['On Holby last night a builder came off a roof and broke his spine. My back only aches from the sofa.', 'none'],
      ['my uncle told us a scary story about a woman who lost control of her bladder and was numb down below. I am 40 with a stiff back from moving boxes, nothing else.', 'none'],
      ['some bloke drove into the back of me at 60 on the dual carriageway and now my neck and back are agony', 'emergency'],
      ["My cousin told me a story about her friend, but separately I can't feel my saddle area since Tuesday", 'emergency'],
      ['my husband just collapsed with a ripping pain between his shoulder blades and he looks grey', 'emergency'],
    ],
  ],
  [
    'someone else already in clinicians hands while the writer asks for themself',
    [
      ["one of my residents this morning couldn't control her bowels and has a bad back, he's with the doctor now. as for me I've got an achy back from the bed transfers", 'none'],
      ['my uncle has been losing weight and his back aches, he is having tests at the hospital. this question is for me though, I am 29 and my back is stiff from the gym', 'none'],
      ["My nan is with the nurses now. For myself, I can't pee since yesterday and my back is killing me.", 'emergency'],
      ["My dad is having tests for weight loss and today he suddenly can't feel his legs, I'm with him now.", 'emergency'],
    ],
  ],
  [
    'a childhood injury told with an ordinary back now',
    [
      ['as a wee girl I came off a horse and cracked my wrist. now 45 and my back is a bit stiff after weeding, no pain in the legs', 'none'],
      ['When I was a kid I broke my arm. Yesterday I fell off a ladder from ten feet onto my back.', 'emergency'],
    ],
  ],
  [
    'a general question for others or about whether a sign is always a condition',
    [
      ['I am making a leaflet for the office about bad backs. Which signs mean go to A&E and which mean see a GP? Stuff like numbness, wetting yourself, a fever, both legs tingling.', 'none'],
      ['does numbness in both feet always mean cauda equina or could it be something else', 'none'],
      ["I'm putting together a poster for the gym. Also I've had numbness in my saddle area since yesterday.", 'emergency'],
      ["Is losing bladder control always serious? Because I can't hold my wee since Monday.", 'emergency'],
    ],
  ],
  [
    'skin warmed by a heat pad',
    [
      ['my lower back is hot to the touch from the heat pack, and it aches from digging. is that ok?', 'none'],
      ['the hot water bottle has left the skin over my spine hot to touch, back still sore from the weekend', 'none'],
      ['my back is hot to touch and I have a fever of 39', 'urgent'],
      ["after the heat pad my back is hot to touch, and I've been shivering all night with a temperature", 'urgent'],
    ],
  ],
]);
