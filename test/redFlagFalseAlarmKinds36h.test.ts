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
      ['feet: fine. waterworks: fine. groin: fine. back: awful, did it hoovering', 'none'],
      ['hips: all good. saddle: fine. the problem is my lower back after gardening', 'none'],
      ['went through the list. 1) trouble peeing: none. 2) numb groin: none. 3) temperature: no. back sore from the gym', 'none'],
      ['feet: fine. waterworks: fine. groin: numb since this morning. back awful', 'emergency'],
      ['legs: fine. my bum has gone numb since lunch', 'emergency'],
      ['Negative for all the warning signs (waterworks, numb groin, both legs, temperature). Back seized after golf', 'none'],
      ['negative on all the worrying stuff except that my groin has been numb since yesterday', 'emergency'],
    ],
  ],
  [
    'a denial said as what the writer cannot claim, or as nothing happening',
    [
      ["can't honestly say I've had any bother with my bladder. back is stiff from the drive", 'none'],
      ['I am going to the loo as normal and nothing has leaked at all. Back twinged lifting the shopping', 'none'],
      ["can't say when it started but I can't feel my bum when I wipe", 'emergency'],
      ['I have wet myself twice today and nothing has worked for the back pain', 'emergency'],
    ],
  ],
  [
    'a measure said to hold steady beside someone else\'s story',
    [
      ['My uncle dropped a lot of weight before his diagnosis. My back aches but my weight has stayed the same. Should I worry?', 'none'],
      ['I have lost two stone without trying and my back aches at night', 'urgent'],
    ],
  ],
  [
    "someone else's past or diagnosed trouble beside the writer's own back",
    [
      ['A lad in my team came off a roof and broke his back a few months back. I have only tweaked mine lifting a box, still working. How long will it take?', 'none'],
      ['my supervisor is off sick with a broken pelvis after a fall from a ladder, so I am covering his shifts and my back has stiffened up. Any stretches?', 'none'],
      ['my dad fell off a ladder this morning and now he cannot feel his legs, and my back is sore from lifting him', 'emergency'],
    ],
  ],
  [
    'a topic half remembered, and what is set against what happens',
    [
      ['Our team leader gave a talk on back safety. I recall a bit about leg weakness and stuff about temperatures. Which of these mean A&E? My own back is fine.', 'none'],
      ['Can back pain be a heart problem? A leaflet I saw said some people get arm pain instead of the usual crushing chest pain. How would I tell the difference?', 'none'],
      ['I have crushing chest pain rather than just my usual back ache', 'emergency'],
    ],
  ],
  [
    'an idiom or a thing come apart',
    [
      ['the shop is at fever pitch before Christmas and I have been lifting boxes all day. back is tight', 'none'],
      ['one of the wheels of the trolley snapped off on the steps and I took the weight. low back twinge, walking fine', 'none'],
      ['I have a fever of 39 and my back aches', 'urgent'],
      ['I fell down the stairs carrying the wardrobe and landed on my back', 'emergency'],
    ],
  ],
]);
