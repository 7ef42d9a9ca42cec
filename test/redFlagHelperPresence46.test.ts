import { levelsEach } from './support/screenTables';

// Round 46 (helper46): whose body a message tells of. Phrasings our own. A closing "I'm with
// her" only adds that the person is present; each kind beside twins that must still be raised.

levelsEach([
  [
    'a closing "I am with her / him" keeps what the rest told of the person (helpers.yaml withThem)',
    [
      ['my gran is 93, she slipped on the kitchen tiles last night and her lower back hurts', 'urgent'],
      ['my gran is 93, she slipped on the kitchen tiles last night and her lower back hurts, I am with her', 'urgent'],
      ["my gran is 93, she slipped on the kitchen tiles last night and her lower back hurts. I'm sat here with her", 'urgent'],
      ['grandpa is 89, he tripped over the dog on sunday and his back is sore', 'urgent'],
      ['grandpa is 89, he tripped over the dog on sunday and his back is sore, im staying with him', 'urgent'],
      ["my uncle cannot feel his legs and cannot stand since an hour ago, I'm here with him", 'emergency'],
    ],
  ],
  [
    '"with him" agreeing with someone is no presence: the writer\'s own ordinary back stays theirs',
    [
      ['my wife reckons it is only a strain and I am with her on that, my back aches from digging', 'none'],
      ["My brother pulled his back at football, he's fine. I'm with him on this one, my own back is stiff", 'none'],
    ],
  ],
  [
    "a relative's fall inside a diagnosis already made, beside the writer's own back (helpers.yaml inCare)",
    [
      ["My uncle's 80 and he's had a sore back for months, the doctors found he had osteoporosis and a broken vertebra after he tripped on the stairs. I'm 41 and I've strained my back lifting bags. Do I need a bone scan?", 'none'],
      ['My grandad is 82 and fell down the stairs an hour ago, he cannot feel his legs. I hurt my back lifting him', 'emergency'],
    ],
  ],
  [
    'a person seen on a screen is a story, not a patient (helpers.yaml storyTold)',
    [
      ['Saw a hospital drama on the telly, a woman on it felt something rip through to her back. My own back is just stiff from the garden, normal?', 'none'],
      ['my wife has a ripping pain through to her back since an hour ago, she is grey and sweaty', 'emergency'],
    ],
  ],
  [
    'a month told with "back in" dates its sentence, and the scare is resolved later (context.yaml pastAnchors)',
    [
      ['Back in June both my legs went tingly on a hike, the doctor checked me and it was nothing. Today my back is just stiff from the garden, fine to stretch?', 'none'],
      ['back in june I hurt my back, and now both my legs are numb and weak', 'emergency'],
    ],
  ],
]);
