import { level as levelOf, levelsEach } from './support/screenTables';

// Round 49 (mend helper h), false alarms and needless checks by kind, phrasings our own. Each
// kind with twins of the same shape that tell a real sign now and must still be raised. The kinds
// the learned stage alone raised (a programme's scene, everyday phrases that anchor no question)
// are in redFlagStagesStub49h.

levelsEach([
  [
    'standing up from the toilet is a move that hurts, no straining (check-anchors.yaml everyday)',
    [
      ['Standing up from the toilet is the hardest bit of the morning, my lower back seizes.', 'none'],
      ['pushing myself up off the loo makes my back catch, fine otherwise', 'none'],
      ['I strained on the toilet this morning and the pain shot across my lower back', 'check'],
    ],
  ],
  [
    'a supposition with "ever" a word or two after its "if" (context.yaml hypothetical)',
    [
      ['If I am ever unsure whether my bladder is full, would that be a warning sign?', 'none'],
      ['if my legs ever go numb what should I do', 'none'],
      ["I'm not sure whether my bladder is full and hardly anything comes out", 'emergency'],
    ],
  ],
  [
    'the worst told of thoughts in the small hours is no pain worse at night (red-flags.yaml night_pain except)',
    [
      ['My back has ached since I lifted a box on Tuesday. My head goes to the worst case at 4am when I cannot sleep for worrying. I am 35.', 'none'],
      ['the pain is worst at 3am, it wakes me every night', 'urgent'],
    ],
  ],
  [
    'a denial of an onset that came suddenly reaches what the onset is likened to (context.yaml pseudo)',
    [
      ["No, it didn't start suddenly like something ripping, it built up over a few days of gardening.", 'none'],
      ['no injury, it came on suddenly like something tearing between my shoulder blades', 'emergency'],
      ['the pain came on suddenly like a tearing thing', 'emergency'],
    ],
  ],
  [
    "what the writer read said of people in general is the group's, not the writer's (context.yaml storyFrame)",
    [
      ['I have heard that older men can get jaw pain and feel sick with a heart attack instead of chest pain. Is that right? My back is stiff from golf.', 'none'],
      ['My aunt sent me an article: I read that older women can have a heart attack with only an ache in the back or jaw and some nausea, no chest pain at all. How is anyone meant to know which is which?', 'none'],
      ['I read that women often get jaw pain. I have jaw pain and feel sick and my back hurts between my shoulders', 'emergency'],
    ],
  ],
  [
    'whether anyone could get a sign, asked of people in general (context.yaml hypothetical)',
    [
      ['Pub quiz argument: whether you can break a vertebra slipping on ice, or if it needs to take a car crash. Nobody here is injured, just curious.', 'none'],
      ['is it possible to fracture your spine from a fall? I fell down the stairs an hour ago and my back is agony', 'emergency'],
    ],
  ],
]);

// PERFORMANCE TRAP: the new phrases have short gaps; a long repeated message of their words is read.
test('a long repeated message of the new phrases is read', () => {
  const long = 'if i am ever unsure whether you can get a fracture, my mum friend saw a clip where the worst case at 3 am, first time in ages, back is wrecked, getting up off the loo '.repeat(60);
  expect(['none', 'check', 'urgent', 'emergency']).toContain(levelOf(long));
});
