/**
 * Two kinds of misses from round 41, each mended by a general reading (phrasings our own):
 * - a carer who has just settled the person somewhere ("I've sat him on the stairs") is with
 *   them now, so legs that gave way and would not carry them are that person's emergency now,
 *   though the verbs are past; a dated story with the same words stays a story;
 * - a first bout of back pain over 50 (clinical-notes.md: urgent, no obvious cause) told with the
 *   age bare before the writer's back ("61 and my back ...") or beside an animal the writer walks
 *   ("walk the dog"), which is no other person whose words the rest of the clause tells.
 *   Over 50 with back pain had before, or with no first time told, stays quiet.
 */
import { levels, quietEach, screen } from './support/screenTables';

describe("a carer settling the person now makes the person's collapse theirs now", () => {
  test.each<[string, string]>([
    ['my father is bad with his back and his legs folded under him in the bathroom, he could not get up again, I have sat him on the edge of the bath now', 'progressive_weakness'],
    ['my wifes back has been awful and her legs went from under her in the hall, she cant get up by herself, ive sat her on the stairs for now', 'progressive_weakness'],
    ['grandma has a sore back and both her legs buckled at the bus stop, she could not stand again, I put her on a bench', 'progressive_weakness'],
  ])('%s', (text, flag) => {
    const r = screen.detect(text);
    expect(r?.level).toBe('emergency');
    expect(r?.flags).toContain(flag);
    expect(r?.subject).toBe('other_present');
  });
});

quietEach(
  'the same settling told of a dated story, or with no sign, stays quiet',
  [
    'my father had a fall in the bathroom three years ago, I sat him on the edge of the bath and he was fine, my own back is sore today',
    'my wife has a bit of a sore back, I got her onto the sofa with a hot water bottle',
  ],
  'none',
);

describe('a first bout over 50 told with a bare age or beside a walked dog', () => {
  levels([
    ['61 and my back has never caused me grief till this month, no idea what started it', 'urgent'],
    ['66, and my lower back has never given me any problems in my life, sore for a fortnight for no reason', 'urgent'],
    ['I am 59, walk the dogs every morning, never had back pain in my life, aching for two weeks', 'urgent'],
    ['aged 70, feed the hens each day, never had a bad back till this month', 'urgent'],
  ]);
});

describe('over 50 with back pain had before, or no first time told, stays quiet', () => {
  levels([
    ['61 and my back has gone again, it does this every winter', 'none'],
    ['57, and my back went when I lifted the shopping out of the boot', 'none'],
    ['I am 63, I walk the dog each day and my back has been dodgy for years', 'none'],
    ['our dog cannot wee properly and my back is stiff from bending over him', 'none'],
  ]);
});
