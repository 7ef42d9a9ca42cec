/**
 * "Can't walk without ..." is a double negative (merge of session 42, phrasings our own): what
 * follows "without" happens on walking or standing, so legs that give way there are a sign told
 * now (context.yaml `pseudo`). Only the legs, knees or feet named after "without" lift the
 * negation: "without it hurting" or "without pain" tells a painful move, no sign. Not yet read:
 * other moves ("can't get to the kettle without my legs folding").
 */
import { levels } from './support/screenTables';

describe("a leg sign after \"can't walk without\" is told, not denied", () => {
  levels([
    ['since this morning I cannot walk without both my legs giving out', 'emergency'],
    ["can't stand up without my left leg buckling and it is worse each hour", 'emergency'],
    ['unable to walk without my legs giving way, back pain for a week', 'emergency'],
    // "can't" and "unable to" are one entry, with one list of moves
    ['unable to go anywhere without my legs giving way since Tuesday', 'emergency'],
    ["I'm unable to get around without my knees buckling, worse since yesterday", 'emergency'],
  ]);
});

describe('a painful move after "without" is still no sign', () => {
  levels([
    ["can't walk without it hurting, spasm in my lower back since lunch", 'none'],
    ['unable to go anywhere without it hurting, spasm since lunch', 'none'],
    ["I can't walk without my right leg aching a bit, sciatica as usual, back ok", 'none'],
    ['I can walk without my legs giving way now, the wobble on Monday has gone', 'none'],
  ]);
});
