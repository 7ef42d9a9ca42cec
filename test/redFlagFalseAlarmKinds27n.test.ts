import { levelsEach } from './support/screenTables';

// Round 27 (helper n), false alarms by kind, phrasings our own: each mechanism of
// knowledge/safety/context.yaml with messages that must stay quiet (no escalation,
// no check question) and twins of the same shape with a real sign that must still be raised.

levelsEach([
  [
    'a figure of speech said whole (figureWhole): a heart attack someone will give you',
    [
      ['honestly the twins will give me a heart attack one of these days, my back is sore from lifting them', 'none'],
      ['the neighbours keep giving me a heart attack with their fireworks, back aches', 'none'],
      ['my teenagers are going to give me a coronary. lower back stiff from the school run', 'none'],
      ['the kids will give me a heart attack and my chest has been tight and heavy for an hour', 'emergency'],
      ['I think I am having a heart attack, my chest is crushing and my back hurts', 'emergency'],
      ['my dog is going to give me a heart attack, I am sweaty and clammy and my left arm aches', 'emergency'],
    ],
  ],
  [
    'a sign made by laughing hard is a joke told (figureCause)',
    [
      ['my mates had me laughing so hard I could not breathe, and my lower back twinged', 'none'],
      ['I could not breathe for laughing at the panto and now my back is stiff', 'none'],
      ['we were in stitches, nearly wet myself from laughing, back is a bit sore', 'none'],
      ['it hurts to laugh and I cannot breathe properly, my chest feels tight', 'emergency'],
      ['laughing hurts my back and now my chest is crushing and my left arm aches', 'emergency'],
      ['I was laughing at the telly. now I cannot breathe and my chest is heavy', 'emergency'],
    ],
  ],
  [
    'the inverted conditional with "ever" supposes the writer\'s own future',
    [
      ['should my legs ever both go numb, is that when I ring 999?', 'none'],
      ['should I ever lose control of my bladder what would that mean', 'none'],
      ['would losing feeling in my bum be serious, if that ever happened?', 'none'],
      ['should I worry? I can not pee since this morning', 'emergency'],
      ['should I go to A and E, both my legs are numb', 'emergency'],
      ['I could not pee at all this morning, what do I do if it ever happens again', 'emergency'],
      ['both my legs went numb an hour ago, should I ever ignore that?', 'emergency'],
    ],
  ],
  [
    'a feeling lost from sitting, back as soon as the writer got up',
    [
      ['three hours on a wooden pew at the wedding, my bum went numb, normal again the moment I got up. back is stiff now', 'none'],
      ['my bum has been numb since Monday and it does not come back when I stand up', 'emergency'],
      ['both legs go numb when I walk and come back once I sit down', 'emergency'],
    ],
  ],
  [
    'a second feared outcome joined by "and that" with a future modal is a fear, not a sign',
    [
      ['my wife keeps worrying that it is a trapped nerve and that I will become paralysed, honestly now I am nervous too', 'none'],
      ['I am scared it is a disc and that I will lose control of my bladder', 'none'],
      ['both my legs are weak and I am worried that I will fall', 'emergency'],
      ['I am worried it is a disc and that I can not feel my bum anymore', 'emergency'],
    ],
  ],
  [
    'the learned stage alone, on a sign the lexicon read as denied and whose concept words are all in a denial, asks and does not raise',
    [
      ['I am having no difficulty in passing urine, only my back is paining since three days', 'check'],
      ['I am having no trouble to urinate and no trouble in toilet. Only my back is catching when I lift my son.', 'check'],
      ['I am having difficulty in passing urine since this morning and my back is paining', 'emergency'],
      ['I have had no bother passing water until today, now nothing comes out at all', 'emergency'],
      ['I can not pass urine since this morning, only the back pain was there before', 'emergency'],
    ],
  ],
  [
    'the writer\'s own figure in a game or story ("my character", "my avatar") is someone else',
    [
      ['in the game last night my character got thrown off a horse and broke his spine, my real back is just stiff from the chair', 'none'],
      ['my avatar fell off a roof in the game lol, and my back aches from sitting all day', 'none'],
      ['my character in the game fell off a roof and now I can not feel my legs', 'emergency'],
      ['I fell off a roof this afternoon and my back is agony', 'emergency'],
    ],
  ],
  [
    'someone the writer lives with, named without "my", is someone else; their emergency is still raised for them',
    [
      ['housemate is in bed with flu and a fever this week, I am fine, my back is sore from moving her mattress', 'none'],
      ['the wife has had a fever all week, my own back is just stiff from the garden', 'none'],
      ['flatmate can not feel her legs and has not peed since this morning, what do I do', 'emergency'],
      ['hubby can not pee since last night and his back is agony', 'emergency'],
      ['hubby says I am burning up and shivering, back is killing me', 'urgent'],
    ],
  ],
  [
    'a sentence opened by a story\'s frame: its clauses without the writer are the story\'s people',
    [
      ['in the thriller we watched last night, the soldier loses all feeling in both legs after the blast. my own back is stiff from the sofa', 'none'],
      ['in the film last night, I suddenly could not feel my legs and I still can not', 'emergency'],
      ['on the show the nurse said, both legs numb is an emergency, and both my legs are numb now', 'emergency'],
    ],
  ],
]);

