import { levels } from './support/screenTables';

// A self-test ("tried that", "checked") followed by a result that tells of a change
// ("it's gone weak", "still numb") is no normal result: the sign before it stays told.
// A normal result still denies it.
levels(
  [
    ['tried it, my right leg keeps giving out under me, its gone weak', 'emergency'],
    ['checked that, I cannot feel the paper when I wipe, it is still numb', 'emergency'],
    ['tried standing, my right leg will not hold me, it is getting worse', 'emergency'],
    ['checked it with a tissue, I can feel my bum fine, it is normal', 'none'],
    ['tested both legs by walking round the kitchen, they are fine', 'none'],
  ],
  '%s',
);
