import { levelsEach } from './support/screenTables';

// Round 36 (helper h), false alarms by kind, phrasings our own: a writer's own denials that
// list the signs in a checklist (an item answered at its colon, "can't say I've had ...",
// "negative on ...", "nothing has leaked"), and the learned stage held to them
// (backDenials.ts, contextScope.ts answeredAfterColon, flag-areas.yaml); someone else's past
// or diagnosed trouble beside the writer's own back (screenStages.ts, helpers.yaml inCare,
// storyTold); topics half remembered and things set against what happens ("instead of");
// idioms and things come apart (context.yaml figureWhole). Each kind with twins that tell a
// real sign and must still be raised.

levelsEach([
  [
    'a checklist answered at its colons',
    [
      ['knees: fine. waterworks: fine. bowels: fine. saddle area: fine (odd question). back: not great, did it at the gym', 'none'],
      ['Physio told me to check these before messaging. 1) feel when I need a wee: yes. 2) any leaks: no. 3) any numbness between my legs: none. 4) legs weak: no. back went picking up my toddler', 'none'],
      ['feet: fine. waterworks: fine. groin: numb since this morning. back awful', 'emergency'],
      ['legs: fine. my bum has gone numb since lunch', 'emergency'],
      ['negative on all the worrying stuff except that my groin has been numb since yesterday', 'emergency'],
    ],
  ],
  [
    'a denial said as what the writer cannot claim, or as nothing happening',
    [
      ["can't say I've noticed any problems with my waterworks, no accidents either. back stiff from the van", 'none'],
      ['I am going to the loo as normal and nothing has leaked at all. Back twinged lifting the shopping', 'none'],
      ["can't say when it started but I can't feel my bum when I wipe", 'emergency'],
      ['I have wet myself twice today and nothing has worked for the back pain', 'emergency'],
    ],
  ],
  [
    "someone else's story or diagnosed trouble beside the writer's own back",
    [
      ["my grandad's neighbour was telling everyone he had a fall and cracked a vertebra without knowing, and now grandad thinks I've done the same. I'm 27, I strained it carrying his shopping, no fall at all. How do I reassure him?", 'none'],
      ["My mother lost weight and had backache and it was cancer. I've got backache but my appetite is huge and my weight has stayed the same. Can I stop worrying?", 'none'],
      ['A labourer on our site fell from the scaffold and broke his back in the spring. I just pulled mine shovelling sand, can still work. How long till it settles down?', 'none'],
      ['my supervisor is off sick with a broken pelvis after a fall from a ladder, so I am covering his shifts and my back has stiffened up. Any stretches?', 'none'],
      ['my dad fell off a ladder this morning and now he cannot feel his legs, and my back is sore from lifting him', 'emergency'],
      ['I have lost two stone without trying and my back aches at night', 'urgent'],
    ],
  ],
  [
    'a topic half remembered, and what is set against what happens',
    [
      ['At a work safety briefing they rattled through back pain warning signs. I remember a bit about bladder trouble and numbness around the bottom, and something about a fever. Which need an ambulance? My back is fine, just curious.', 'none'],
      ['Can back pain be a heart problem? A leaflet I saw said some people get arm pain instead of the usual crushing chest pain. How would I tell the difference?', 'none'],
      ['I have crushing chest pain rather than just my usual back ache', 'emergency'],
    ],
  ],
  [
    'an idiom or a thing come apart',
    [
      ['the warehouse is at fever pitch this week and I have been on the forklift non stop, lower back is tight', 'none'],
      ["the sofa's legs snapped off on the way up the stairs and I caught the whole thing. back twinged, walking fine", 'none'],
      ['I have a fever of 39 and my back aches', 'urgent'],
      ['I fell down the stairs carrying the wardrobe and landed on my back', 'emergency'],
    ],
  ],
]);
