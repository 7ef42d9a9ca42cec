import { lacks, levels } from './support/screenTables';

// mend44a (own wording): a slip off one low step named as a place (the front step, the kerb) is
// the clinical notes' minor fall, not their serious accident (a fall from a height or down
// stairs). With osteoporosis, or at 70 or over, it is the urgent same-day check; stairs, a
// ladder or a step ladder keep the emergency.

describe('a slip off one low step', () => {
  levels([
    ["I'm 78 and I slipped off the front step this morning, my back is sore", 'urgent'],
    ['I have osteoporosis and tripped off the kerb yesterday, my back has ached since', 'urgent'],
    ["I'm 81, fell off the stepladder cleaning the windows and my back hurts", 'emergency'],
    ['I slipped off the back step and then fell down the stairs into the cellar', 'emergency'],
    // a step ladder landed on with the back: the low-furniture exception must not take "step ladder"
    // for a step
    ["I'm 52 and fell off the step ladder onto my back in the garage", 'emergency'],
    ['tumbled off my step ladder onto my back in the shed', 'emergency'],
  ]);
  lacks('major_trauma', [
    'fell off the bottom step onto my bum, just bruised, back a bit stiff',
  ]);
  lacks('major_trauma', [
    "I'm 35, tripped off the back step and my lower back is stiff",
    "I'm 77 and slipped off the back doorstep, my back is aching",
  ]);
});
