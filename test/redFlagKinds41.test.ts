import { levelsEach } from './support/screenTables';

// Session 41 (safety41), kinds from spent rounds and sets, phrasings our own. Each kind has
// twins on the other side: what must stay a question, a denial, or quiet.

levelsEach([
  [
    'a sign word told of a sign\'s name right after it is a report, whatever is asked beside it',
    [
      ['the saddle region has gone totally numb, what does that mean', 'emergency'],
      ['saddle area feels kind of dead since lunch. what is that', 'emergency'],
      ['saddle area all tingly, what does it mean?', 'emergency'],
      // the name asked about as a term stays a question in general
      ['saddle region, what does that mean?', 'none'],
      ['is saddle anaesthesia the thing where you go numb when you wipe?', 'none'],
    ],
  ],
  [
    'a question word and a sign\'s name alone ask about the term, with or without a "?"',
    [
      ['where exactly is the saddle region', 'none'],
      ['ok what is cauda equina', 'none'],
      ['so where is the saddle area on the body', 'none'],
      ['where is the saddle area?', 'none'],
      // not when more is told than the name
      ['saddle region numb, where is the nearest hospital', 'emergency'],
      ['what is this numbness in my saddle area', 'emergency'],
    ],
  ],
  [
    'a contrast word closing a clause sets its sign against the denial before its comma',
    [
      ['no pain down my legs, numbness round my back passage though', 'emergency'],
      ['no temperature, cannot wee though', 'emergency'],
      ['nothing in my legs, numb between them still', 'emergency'],
      // a checklist with no contrast still denies every item; a contrast inside the denial changes nothing
      ['no fever, no numb bum, no trouble weeing', 'none'],
      ['no numbness round my back passage though, only the ache', 'none'],
      ['no, no numbness at all', 'none'],
    ],
  ],
  [
    'a heavy blow taken in a contact sport is a serious accident; one given, watched or supposed is not',
    [
      ['took a monster tackle in the league game and now my lower back is wrecked', 'emergency'],
      ['caught a really nasty knock in the ruck on saturday, back has been agony since', 'emergency'],
      ['got speared into the turf at hockey, my back is killing me', 'emergency'],
      ['I put in a huge tackle at footy and my back has been a bit stiff', 'none'],
      ['my daughter took a big tackle at her match, my back aches from the sidelines', 'none'],
      ['took a big hit on my pension this year, my back is stiff from worry', 'none'],
      ['what if I take a hard tackle on the weekend and it gets worse?', 'none'],
    ],
  ],
]);
