import { levelsEach } from './support/screenTables';

// Round 45 (mend helper h), false alarms by kind, phrasings our own. Each kind with twins of
// the same shape that tell a real sign and must still be raised.

levelsEach([
  [
    'a hedged denial with "any" denies the sign (context.yaml negation pseudo "do not think")',
    [
      ["I don't think there is any numbness around my bottom, I checked in the shower. Is heat ok?", 'none'],
      ['dont think ive got any tingling in my groin but the back is killing me', 'none'],
      ['I dont think I can pee, nothing comes out since last night', 'emergency'],
    ],
  ],
  [
    'one leg told, the other said to be normal in other words (red-flags.yaml both-legs lookahead)',
    [
      ['the pain is only in my left leg, the right one is totally normal', 'none'],
      ['just my right leg hurts, the left is perfectly fine', 'none'],
      ['my left leg is numb and now the right is going numb too', 'emergency'],
    ],
  ],
  [
    'a spread to the other leg, or a fall, asked ahead with the modal first (context.yaml hypothetical)',
    [
      ['would my leg pain spread to the other leg if I keep running? at the moment it is only the left one', 'none'],
      ["Is it daft to fear my back might lock and I'd tumble down the stairs? I'm moving about fine", 'none'],
      ['my sciatica has spread to both legs since this morning', 'emergency'],
      ['I tripped and fell down the stairs an hour ago and my back is agony', 'emergency'],
    ],
  ],
  [
    'a question closed by "in theory"; a plan told as not happening now, its "out there" a place and no new subject (context.yaml hypothetical post, disclaim, placeSubjects)',
    [
      ['could a slipped disc make it numb between my legs, in theory?', 'none'],
      ['Touring Scotland by bike in June. If I get up there and my legs go numb or I cannot wee, who do I ring? Nothing like that now, only stiffness after long rides. Just being prepared.', 'none'],
      ['if I stand up there is no feeling in my bum at all, what do I do', 'emergency'],
      ['my groin went numb an hour ago, in theory that is serious right?', 'emergency'],
      ['If I cough I wet myself and my legs are numb now, what do I do', 'emergency'],
    ],
  ],
  [
    'signs heard of as examples, or read on a page named by its subject (context.yaml storyFrame)',
    [
      ['What should our running club look out for? For example I read about groin numbness and problems weeing. I want to make a small leaflet for the members.', 'none'],
      ['Just read the back page on this site, it says call 999 for stuff like numb groin or wetting yourself. Is that common? I just pulled something lifting.', 'none'],
      ['I heard a crack and my legs went numb, can not feel my bum', 'emergency'],
    ],
  ],
  [
    'an age told after the sex, as a profile writes it, rules out a first bout over 50 (red-flags.yaml age_under_50)',
    [
      ['first time my back has ever hurt like this (female, 41), what should I do?', 'none'],
      ['first time my back has ever hurt like this (male, 67), what should I do?', 'urgent'],
    ],
  ],
  [
    'a short course of steroids counted in days (red-flags.yaml long_term_steroids except)',
    [
      ['I took prednisolone for 7 days in the spring for asthma, long finished. Could that matter for my back ache?', 'none'],
      ['was on prednisone for about 5 days in 2023, does it matter for my sore back?', 'none'],
      ["I've been on prednisolone every day for years for my lungs and my back is agony", 'urgent'],
    ],
  ],
  [
    'a question mark on a bracketed number is a doubt, not the end of the sentence (language layer)',
    [
      ['Ages back (2015?) I had a kidney stone, it came and went in one side. Today is a dull ache low down from gardening, nothing like that.', 'none'],
      ['I have pain in waves in my side (started at 3?) and there is blood in my pee', 'urgent'],
    ],
  ],
  [
    'a trip to the toilet as a time, legs tired from standing (ordinary-causes.yaml groups)',
    [
      ['Got up for a wee this morning and my back twinged getting off the bed. Should I use heat?', 'none'],
      ['Retail job, standing all day at the till. My back aches by closing and my legs are tired, that is just the standing. Any tips?', 'none'],
      ['Went to the toilet at 3am and nothing would come out, my back is agony', 'emergency'],
      ['On my feet all day at work and since lunch both legs have gone weak and wobbly', 'emergency'],
    ],
  ],
]);
