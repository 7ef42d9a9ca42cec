import { levelsEach } from './support/screenTables';

// Round 35 (helper h), false alarms by kind, phrasings our own: a passing numbness or
// give-way over on getting off or moments later, and a leak put right by a treatment said
// short in the next sentence (context.yaml resolved, resolvedNow); a normal thermometer
// reading as a checklist's answer (bareAnswers.ts); a general question's list of examples
// closed by a dash before the writer's own words (contextScope.ts, generalQuestion
// pointsBack); a form's or a clinic's routine questions and what a show said a condition can
// feel like (context.yaml hypothetical); examples of a supposition after "like" (conditional
// subordinators). Each kind with twins that tell a real sign and must still be raised.

levelsEach([
  [
    'a passing numbness or give-way, over on getting off or a few moments later',
    [
      ['after a long spin on the road bike my backside goes numb, it goes when I get off. lower back a bit sore', 'none'],
      ['my hip gave way for a second getting out of the bath, fine a few seconds later. back stiff from decorating', 'none'],
      ['bus trip of six hours. By the end my bum was numb and my back ached. The numbness went within a couple of minutes of walking about.', 'none'],
      ['my backside goes numb on the bike, it goes when I get off the bike but comes back when I sit down again', 'emergency'],
      ['my backside goes numb on the bike, it goes when I get off, but then it comes back', 'emergency'],
      ['my knee keeps giving way, fine a few seconds later but then it goes again', 'emergency'],
    ],
  ],
  [
    'a leak long ago put right by a treatment, said short in the next sentence',
    [
      ['I leaked a little when I coughed while I was expecting my daughter. Fixed by physio. My back is sore from lifting the pram today.', 'none'],
      ['I have been leaking urine since Monday. Fixed by physio I hope. My back is sore', 'emergency'],
      ['I have been leaking urine since Monday. Sorted with physio? My back is sore', 'emergency'],
    ],
  ],
  [
    'a normal thermometer reading as a checklist answer',
    [
      ['went through the list for my back. Fever? 37.2. Heat or ice?', 'none'],
      ['went through the warning list for my back. Fever? 98.9. Peeing fine. Heat or ice?', 'none'],
      ['tweaked my back hoovering. Temperature? 38.6. shivery', 'urgent'],
    ],
  ],
  [
    'a general question whose examples end in a dash before the writer speaks',
    [
      ['I am writing a health and safety leaflet for our drivers. Which back pain signs mean 999? Things like a numb groin, being unable to wee, both legs weak — I would like the wording to be gentle.', 'none'],
      ['I am writing a health and safety leaflet for our drivers. Which back pain signs mean 999? Things like a numb groin - I have that myself right now', 'emergency'],
      ['Just curious in general, which signs are serious? I have: numb groin and can not pee', 'emergency'],
    ],
  ],
  [
    'a form or a clinic asking its routine questions, a show saying what a condition can feel like',
    [
      ['The clinic emailed me a questionnaire before my physio slot and it asks about loss of bladder control and saddle anaesthesia. What do those mean?', 'none'],
      ['Whenever I see a clinician for my back they ask whether I have had problems with my bladder or numbness between my legs. Why is that?', 'none'],
      ['I watched a hospital series and they said it can feel like a ripping pain through to the back. How would you tell that from a pulled muscle? Just curious.', 'none'],
      ['They asked if I have had trouble with my bladder and I have, since Monday I can not pee', 'emergency'],
      ['The doctor said it can feel like tearing and that is exactly what I have now in my back', 'emergency'],
    ],
  ],
  [
    'examples of what is supposed, after "like"',
    [
      ['Going sailing for a week. If my back played up at sea, like I suddenly could not wee or my legs went numb, what would I need to do?', 'none'],
      ['If it all went wrong on the trail, like I suddenly could not wee, what would I need to do?', 'none'],
      ['If I stand up like I did today my legs go numb, what should I do?', 'emergency'],
    ],
  ],
]);
