import { levels, quietEach } from './support/screenTables';

// Issue 16 (phrasings our own, none from a blind round or dev set 8): the KINDS of
// emergency and urgent miss the blind rounds' first runs showed. Raised: wetting
// told only by what it left (bedding or a chair found soaked, rings and puddles,
// borrowed pads, "gone in the bed", "always been continent"), a changed feeling
// told as muffled or gone quiet, a known aneurysm told in the past with a sudden
// pain now, pain "in the loin", a pain that nothing changes, a relative's cancer
// history brought up to now ("she's had", "and has new"), and the bedroom told for
// the body. Not raised: numb from a bike saddle, soaked in sweat from a nightmare,
// a relative's aneurysm when the writer's own back is the question.

describe('raised', () => {
  levels([
    ['my dad\'s armchair was dripping wet when I came round after work today, his back has been bad since Sunday', 'emergency'],
    ['we found her soaked in her bed this morning, 84, back pain since a slip last week', 'emergency'],
    ['there is a pee ring on the sofa where I sat all evening and I never felt it, back went yesterday', 'emergency'],
    ['I keep leaving puddles on the kitchen floor without noticing since my back went', 'emergency'],
    ['I have been using my mum\'s pads because I keep getting wet, my back has been awful all week', 'emergency'],
    ['grabbed a packet of incontinence pants at the chemist today, my lower back went on Friday', 'emergency'],
    ['I must have gone in my sleep, woke in a state, never happened before, back in agony', 'emergency'],
    ['pee just keeps escaping out of me when I stand, new since my back seized', 'emergency'],
    ['I have always been continent and now there are accidents, my back has been terrible', 'emergency'],
    ['I sit on the loo and it just will not flow at all, bad back for two days', 'emergency'],
    ['my privates feel muffled since last night, back pain since the weekend', 'emergency'],
    ['the bit I sit on has gone all quiet, can barely feel it, back in spasm', 'emergency'],
    ['a scan two years ago showed a dilated aorta, and this evening sudden bad pain came in my back', 'emergency'],
    ['nothing works in the bedroom since my back went, first time in my life', 'emergency'],
    ['stabbing pain in my left flank on and off all afternoon and I feel sick', 'urgent'],
    ['the ache never changes at all whatever I do, lying, sitting or walking', 'urgent'],
    ['my uncle had a lymphoma treated some years ago and he\'s had backache for a month now', 'urgent'],
    ['my wife had a tumour removed from her bowel in 2019 and has new pain in the lower back', 'urgent'],
    ['both my legs are paining from the hip down since this morning', 'emergency'],
  ], '%s');
});

quietEach('not raised', [
  'my bum is numb from the bike saddle after the sportive, and my back is stiff',
  'woke up soaked in sweat from a nightmare about exams, back is a bit stiff from the bed',
  'my grandad has an aneurysm they keep an eye on, I just want stretches for my own stiff back',
  'the washing machine is not working down there in the basement and my back aches from carrying the laundry up',
], 'none');
