import * as path from 'node:path';
import { PATHS } from '../src/paths';
import { CheckAnchors } from '../src/safety/checkAnchors';
import { levelsEach, normalizer } from './support/screenTables';

// Round 48 (mend helper h), false alarms by kind, phrasings our own. Each kind with twins of
// the same shape that tell a real sign now and must still be raised.

levelsEach([
  [
    'a question offering a meaning for the sign just asked about (context.yaml signQuestion.defines)',
    [
      ['What does saddle numbness feel like? Is it when your bottom goes numb?', 'none'],
      ['What is cauda equina? Is that when you cannot feel yourself pee?', 'none'],
      ['what are the signs of foot drop? is it like when your toes drag on the floor?', 'none'],
      ['How would I know if I had foot drop? My foot has been slapping the floor since Monday.', 'emergency'],
      ['How do you spot foot drop? Is it when my toes catch on the ground like mine do now?', 'emergency'],
      ['is it when your foot goes floppy?', 'emergency'],
    ],
  ],
  [
    'a sudden grab for something knocked flying, with no blow to the body (check-anchors.yaml major_trauma: "knocked" with a thing)',
    [
      ['The cat knocked a vase off the shelf and I lunged to save it, back went instantly.', 'none'],
      ['My son knocked the fruit bowl off the counter and I threw myself to catch it. Lower back gone.', 'none'],
      ['A car knocked me off my bike and I landed on my back.', 'emergency'],
      ['The horse knocked me over and stood on my back.', 'emergency'],
    ],
  ],
  [
    "a past sign dated by a child's age now, said to have been fine since (context.yaml pseudo, resolvedNow)",
    [
      ['I had a numb leg after the spinal anaesthetic when my daughter was born (she is 8 now). Fine ever since. Back is sore from lifting her.', 'none'],
      ['My feet lost all feeling with the spinal block when the twins were born, they are 3 now. All good since. Back spasm today from bending.', 'none'],
      ['After the epidural my legs were numb for a day. Totally fine since. Sore back this week.', 'none'],
      ['Both my legs went numb after the epidural with my daughter. She is 4 now and my legs have gone numb again today.', 'emergency'],
      ['Both my legs are numb since this morning and my son is 5 now.', 'emergency'],
      ['My legs went numb after the epidural. Fine since, but now they are numb again.', 'emergency'],
    ],
  ],
  [
    'a crash that is a game or a toy (red-flags.yaml major_trauma except)',
    [
      ['My daughter made me play car crash with her toy trucks, I was bent over on the floor for ages and my back is stiff.', 'none'],
      ['Remote control car crash races with the kids in the garden, crouched the whole time, back is sore.', 'none'],
      ['The kids and I had a toy car crash tournament on the lounge floor, my back is now killing me.', 'none'],
      ['I was in a car crash yesterday and my back is agony.', 'emergency'],
      ['Played with toy cars all morning, then a van crashed into my car on the way home and my back is agony.', 'emergency'],
    ],
  ],
  [
    'whether a part would change, asked with the modal first (context.yaml hypothetical)',
    [
      ['If this turns out to be a slipped disc, would my legs go numb?', 'none'],
      ['Say it is a disc and not a muscle, will my bladder stop working?', 'none'],
      ['Worst case, if the disc is bulging, could my legs give way?', 'none'],
      ['Why would my legs go weak like this?', 'emergency'],
      ['Both my legs went weak this morning. Would my legs go weak from a disc?', 'emergency'],
      ['would my legs go numb again like last night? they went numb in bed and it is still there', 'emergency'],
      ['would my feet go dead every time I sit on the loo?', 'emergency'],
    ],
  ],
  [
    'neither of two signs of a rule heard from someone (context.yaml wholeDenial)',
    [
      ['A woman on YouTube said back pain plus a numb groin means A&E. I have neither, just a stiff back.', 'none'],
      ['Someone on Facebook said numb legs and back pain is an emergency. Neither apply to me, just a tight back.', 'none'],
      ['My friend said leaking wee and a numb bum mean hospital. I do not have either of them, only a sore back.', 'none'],
      ['A guy on TikTok said numb legs means hospital. I have got neither, but my bum has gone numb since this morning.', 'emergency'],
      ['A nurse friend said a numb groin is serious. I have neither the time nor the money for A&E and my groin has been numb since last night.', 'emergency'],
    ],
  ],
]);

describe('a thing knocked flying anchors no accident question (check-anchors.yaml major_trauma)', () => {
  const anchors = CheckAnchors.fromFile(path.join(PATHS.safety, 'check-anchors.yaml'), normalizer.language);
  test.each<[string, boolean]>([
    ['the toddler knocked a jug of milk off the table and I lunged for it', false],
    ['the dog knocked the lamp over so I twisted round to grab it', false],
    ['a cyclist knocked me flying on the pavement', true],
    ['got knocked down by a car crossing the road', true],
    ['I was knocked into the wall by a forklift', true],
  ])('"%s": %s', (text, expected) => {
    expect(anchors.anchors('major_trauma', text)).toBe(expected);
  });
});
