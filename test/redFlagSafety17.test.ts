import { levels, quietEach, screen } from './support/screenTables';

// Issue 17 (phrasings our own, none from a blind round): the KINDS of emergency and
// urgent miss round 14's first run showed. Raised: erections lost in lay words ("isn't
// getting hard", "can't stay erect", "ED" told as new), changed feeling on wiping told
// by a helper ("he can't feel himself when he wipes"), the need to open the bowels not
// felt, the bottom no longer holding, a foot that hangs or a leg that buckles told in a
// clause of its own, a slip then down the steps, a carer telling of the person they
// visit, a father's chest symptoms timed in hours, HIV treatment by its name, and a
// relative's first episode over 50 told with a span up to now. Not raised: a slipped
// disc on the stairs, walking down the stairs, PrEP, a friend called Ed, a carer's own back.
const flags = (text: string) => screen.detect(text)?.flags ?? [];

describe('raised', () => {
  levels([
    ['my lower back went on friday and since then my erections just aren\'t happening', 'emergency'],
    ['penis not getting hard since my back went 3 days ago', 'emergency'],
    ['can\'t stay erect since i hurt my back lifting the wardrobe', 'emergency'],
    ['been having back trouble 4 days and now I have ED too', 'emergency'],
    ['asking for my grandfather, he hurt his back moving furniture and says he can\'t feel anything when he wipes', 'emergency'],
    ['my brother\'s back is bad and he can\'t feel himself when he wipes now, he told me this morning', 'emergency'],
    ['I don\'t feel the urge to open my bowels any more and my back has been bad', 'emergency'],
    ['I can\'t tell when I have to do a number two, back sore since monday', 'emergency'],
    ['my backside won\'t keep anything in now, back pain 4 days', 'emergency'],
    ['can\'t raise the toes of my left foot and back hurts', 'emergency'],
    ['my right foot, it just drags along now, sore back since saturday', 'emergency'],
    ['my left leg, which has been buckling all day, and my back hurts', 'emergency'],
    ['I\'m 78 and tripped on the wet leaves and went down the back steps, back really sore', 'emergency'],
    ['missed my footing and went down the full flight of stairs, 73, back agony', 'emergency'],
    ['I\'m a care worker for an older lady, she suddenly has awful back and belly pain and she\'s pale, clammy and feels like fainting', 'emergency'],
    ['my dad 70 having tightness in chest and back ache since 2 hours, sweating too', 'emergency'],
    ['I\'m on antiretroviral therapy and my back has been aching for a few days', 'urgent'],
    ['my mum\'s 68 and has never had back trouble, now it\'s been hurting for the last two weeks for no reason', 'urgent'],
    ['my father is 81 and for the first time ever has back pain, no fall or injury', 'urgent'],
  ], '%s');

  test('the need to open the bowels not felt is the bowel row, not the bladder', () => {
    expect(flags('I can\'t tell when I have to do a number two, back sore since monday')).toEqual(['bowel']);
  });
});

quietEach('not raised', [
  'I slipped a disc going down the stairs at work last year, now my back is stiff again',
  'I fell asleep on the sofa and then went down the stairs to get a drink and my back twinged',
  'I\'m on PrEP and my back is sore from the gym',
  'I met Ed at the gym and now my back is sore',
  'I\'m a carer and my back hurts from hoisting clients all day, any tips?',
  'how many of the stretches should I do, is there a number per day?',
  'my erection is fine, no problems there, just back pain',
], 'none');
