import { levelsEach } from './support/screenTables';

// Round 27 (helper f), false alarms by kind, phrasings our own: a part of the body said to
// work (knowledge/safety/context.yaml `able`, flag-areas.yaml) and an idiom said whole
// (`figureWhole`) must stay quiet; twins of the same shape with a real sign must still be raised.

levelsEach([
  [
    'legs said strong or at full strength, also in a learner\'s "-ing" form',
    [
      ['back went when I lifted the wardrobe. no numbness down below and peeing fine. my legs are strong, walking ok. best stretches?', 'none'],
      ['pulled my back shifting a fridge. bladder normal, nothing numb. both of my legs are having their full power. what helps?', 'none'],
      ['my legs are strong but both of them have gone numb since this morning', 'emergency'],
      ['my legs felt fine until an hour ago, now both legs are weak and numb', 'emergency'],
      ['both legs have full strength but I can not feel my bum since lunch', 'emergency'],
      ['my legs are fine but I have wet myself twice today without noticing', 'emergency'],
    ],
  ],
  [
    'a cough or sneeze said not to change the pain',
    [
      ['sneezing does not make it worse, it is just when I twist. any tips?', 'none'],
      ['a cough does not affect it at all, the ache is only when I sit', 'none'],
      ['sneezing and coughing make my back much worse', 'urgent'],
      ['coughing does not make it any worse but both legs are numb and weak', 'emergency'],
    ],
  ],
  [
    'hair torn out in exasperation is no tearing pain',
    [
      ['pulling my hair out with this stiff back, day 4, slowly easing', 'none'],
      ['tearing my hair out over this back, and there is a tearing pain going through to my back that came on suddenly', 'emergency'],
      ['I am tearing my hair out, the pain is like something ripping in my back, sudden and severe', 'emergency'],
    ],
  ],
  [
    'the writer turning to their own age and ordinary back after someone else\'s condition',
    [
      ['my grandad has been wetting himself for years, he is 91. me, I am 45 and have a sore back from digging. tips?', 'none'],
      ['my grandad has been wetting himself for years. me, I am 45 with a sore back and since this morning I can not pee at all', 'emergency'],
      ['my gran is incontinent. me, I am 38 with a stiff back and I wet myself twice today without noticing', 'emergency'],
    ],
  ],
  [
    'where someone else is now ("in hospital right now") ends no scope of theirs',
    [
      ['my sister is in hospital right now after coming off her horse. my own lower back is just stiff from sitting by her bed', 'none'],
      ['my brother is in hospital right now, and I fell off the scaffolding with him and landed on my back', 'emergency'],
      ['my brother is in hospital right now. I fell off the same scaffolding and both my legs are numb', 'emergency'],
      ['I am in hospital right now after falling off scaffolding', 'emergency'],
    ],
  ],
  [
    'a seat\'s numbness back to normal once the writer got off, told in the next sentence',
    [
      ['long flight home, my backside went numb from the seat. Once I got off the plane it came right back. lower back stiff today', 'none'],
      ['long flight home, my backside went numb from the seat. Once I got off the plane it came right back, but since last night my bum is numb again and I can not pee', 'emergency'],
      ['my bum went numb on the coach. As soon as I sat down again it came back', 'emergency'],
      ['my bum has gone numb and it did not come back when I got off the bus', 'emergency'],
      ['my bum has been numb since this morning and it did not come back when I got off the bus', 'emergency'],
    ],
  ],
]);
