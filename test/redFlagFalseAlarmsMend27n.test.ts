import { levelsEach } from './support/screenTables';

// Mend 27 (helper n), false alarms by kind, phrasings our own: each mechanism with messages
// that must stay quiet (no escalation, no check question) and twins of the same shape that
// tell a real sign and must still be raised.

levelsEach([
  [
    'a numb seat after a drive that came right on getting out (context.yaml resolved)',
    [
      ['four hours on the coach, my backside went numb but came right once I got off. lower back sore now', 'none'],
      ['long drive to my sister\'s, bum numb from the seat, it came right as soon as we got out and walked about', 'none'],
      ['my bum has been numb since the drive yesterday and it has not come right since I got out', 'emergency'],
      ['drove to Cornwall, my bum went numb and it is still numb now, I got out hours ago', 'emergency'],
    ],
  ],
  [
    'a first ever back pain told at a younger age is no first episode now (first_ever_back_pain except, recurrent_back_pain)',
    [
      ['first time my back went was when I was 19 playing football. I\'m 61 now and it\'s gone again after gardening', 'none'],
      ['my back pain has come and gone a few times over the years. I\'m 63 and it went again lifting the grandkids', 'none'],
      ['I\'m 58 and this is the first time I\'ve ever had back pain, came on yesterday', 'urgent'],
      ['first ever back pain at 57, started on Monday', 'urgent'],
      ['the first back pain I had was at 24 but I have never had back pain since, now at 60 it is back', 'urgent'],
    ],
  ],
  [
    'someone else\'s repeated question to the writer is no report (hypothetical "keeps asking whether")',
    [
      ['my sister keeps asking if I have any numbness down below, I told her no, my back is just sore from the gym', 'none'],
      ['my partner keeps asking whether I have trouble weeing. I do not. back is stiff from decorating', 'none'],
      ['my husband keeps asking whether I have trouble peeing, and I do, I have not managed a wee since last night', 'emergency'],
      ['my wife keeps asking if I am ok. I can not pee since this morning and my back is agony', 'emergency'],
      ['my mum keeps asking whether my bum is numb, and it is, it has been numb since yesterday', 'emergency'],
    ],
  ],
  [
    'what the writer might tell the bot, supposed (supposeOpen "if I told you")',
    [
      ['would you send me to A and E if I told you both my legs had gone numb? just wondering, they are fine', 'none'],
      ['what would you do if I said my back hurt and I went dizzy? asking for later, I am fine, only a stiff back', 'none'],
      ['quick one while I ice my back: would you tell me to phone 999 if I said my back was sore and I felt faint? I\'m not faint at all, it\'s a sore back from the weekly shop', 'none'],
      ['would you tell me to go to A&E if I told you my back hurt and I felt like passing out? I feel fine, nothing like that, just curious', 'none'],
      ['what would you say if I said I felt faint? because I do, I feel really faint and my back is tearing', 'emergency'],
      ['if I said I can not pee, would that be an emergency? because I can not pee since this morning', 'emergency'],
    ],
  ],
  [
    'a question in general answered "mine don\'t" (backDenial subject "mine")',
    [
      ['does a strained back ever make your feet tingle? mine do not, I am only wondering', 'none'],
      ['can a sore back make both your legs go numb? mine don\'t, just interested', 'none'],
      ['can a sore back make your legs go numb? both my legs have been numb since lunch', 'emergency'],
      ['both my legs have gone numb and they do not move properly', 'emergency'],
    ],
  ],
  [
    'a relative\'s death told before the writer\'s own worry (helpers: the clause brought up to now is the writer\'s)',
    [
      ['my uncle had a heart attack last year and now every twinge in my back frightens me. I am 35, no chest pain at all', 'none'],
      ['my grandad died of a heart attack and now each niggle in my back makes me panic. no chest pain, I feel fine', 'none'],
      ['my dad had a heart attack last year and now he has crushing chest pain again and his back hurts', 'emergency'],
      ['my mum had cancer last year and now every night she wakes with her back aching', 'urgent'],
    ],
  ],
  [
    'a person named only for their view of the writer is no patient (helpers.yaml judgesWriter)',
    [
      ['my wife reckons I am making a fuss. I hurt my back moving the wardrobe, no numbness, no trouble peeing, slowly getting better', 'none'],
      ['my husband thinks I am being dramatic. I pulled my back carrying the shopping and it is a bit easier each day', 'none'],
      ['my husband thinks I am overreacting but he can not pee since last night and his back is agony', 'emergency'],
      ['my wife says I worry too much. she fell down the stairs an hour ago and can not feel her legs', 'emergency'],
      ['my husband thinks I\'m being silly but I fell off the roof this morning and my back is agony', 'emergency'],
    ],
  ],
  [
    'arms and shoulders aching after effort, no word of the chest row (ordinary-causes.yaml named_chest_pain)',
    [
      ['did a long climbing session yesterday, arms and shoulders and lower back all sore like I have been beaten up', 'none'],
      ['spent all day canoeing, arms, shoulders and back aching like mad, I am 29', 'none'],
      ['did a long climbing session yesterday and now my chest is crushing and my arms ache, my back hurts', 'emergency'],
      ['after rowing this morning my left arm and jaw ache and I feel sick, back sore too', 'emergency'],
    ],
  ],
  [
    'a function the writer says works (context.yaml able, flag-areas.yaml)',
    [
      ['just so you know, I can pee fine, I can poo, my legs are strong. back just hurts after the gym, how do I get comfy', 'none'],
      ['this is definitely not an emergency. I can pee, I can poo, I can feel my bottom and my bits, and I walked to the car fine. back is just agony from laying a patio, I am 41. best way to get out of bed?', 'none'],
      ['twelve hours on my feet at work, back aching, my legs feel tired but they are not numb or weak. rest or keep moving?', 'none'],
      ['I can pee but only a dribble and I can not feel my bum at all since last night', 'emergency'],
      ['I can pee, but I have had no control of my bowels since this morning', 'emergency'],
      ['my legs feel tired from standing, they are not weak, but they are both numb since this morning', 'emergency'],
    ],
  ],
]);

