import { checkBandClient } from './support/botHarness';
import { levels, levelsAt, quiet } from './support/screenTables';

// Issue 10, safety net that holds (phrasings our own): a chest symptom played
// down ("not pain as such") with tightness or sweating is the chest row, whatever
// the sweat is put down to; at an emergency check question, reluctance to call
// escalates and a call under way gets the "while you wait" line; an emergency
// check question is never dropped after asides.

describe('a chest symptom played down, with tightness or sweating, is the chest row', () => {
  levelsAt('emergency', [
    "wouldn't call it chest pain exactly, more of a pressure, and I'm clammy",
    'not really chest pain as such. there is a heaviness though and i feel sweaty, probably the heating',
    'my chest is not sore as such but it feels tight, and I am sweating a lot even though it is cold',
  ]);

  quiet([
    'no chest pain at all, my lower back is just tight after the gym',
    'no chest pain as such, the back is simply stiff this morning',
  ], 'urgent', 'a plain denial, or a hedge with nothing else, is not: %s');
});

const EMERGENCY = /please call 911 now/i;
const WAIT = /while you wait/i;
const ODD = 'back is aching and something feels off in my upper body';

describe('at an emergency check question', () => {
  test.each([
    "honestly I'd rather not make a fuss over nothing",
    "they'll have more important people to see to than me",
    'I would feel a fraud calling them out',
  ])('reluctance to call escalates kindly, never asks again: %s', async (text) => {
    await checkBandClient({ [ODD]: 'chest_pain' })([
      [ODD, [/just to check/i]],
      [text, [EMERGENCY, /isn't wasting anyone's time/i], [/just to check/i, /still need to know/i]],
    ]);
  });

  test.each([
    'my son has just dialled 911',
    'the ambulance is on its way apparently',
  ])('a call under way gets the "while you wait" line: %s', async (text) => {
    await checkBandClient({ [ODD]: 'chest_pain' })([
      [ODD, [/just to check/i]],
      [text, [WAIT, /unlock the door/i], [/just to check/i]],
    ]);
  });

  test('after an emergency, news of the call gets the "while you wait" line', async () => {
    await checkBandClient({ [ODD]: 'chest_pain' })([
      [ODD, [/just to check/i]],
      ['yes', [EMERGENCY]],
      ['right, my daughter is phoning them now', [WAIT], [/if you haven't yet/i]],
    ]);
  });

  test.each([
    "i'm not calling an ambulance over a stiff back",
    'no way am I ringing them for this',
  ])('after an emergency, a refusal worded like a call is reluctance, never "while you wait": %s', async (text) => {
    await checkBandClient({ [ODD]: 'chest_pain' })([
      [ODD, [/just to check/i]],
      ['yes', [EMERGENCY]],
      [text, [/isn't wasting anyone's time/i], [WAIT, /right thing to do/i]],
    ]);
  });

  test('an alarm read from their own words is not taken back by a refusal that starts with "no"', async () => {
    await checkBandClient()([
      ["since this morning I can't feel anything when I wipe and my back is agony", [EMERGENCY]],
      ['no way am I ringing them for this', [/isn't wasting anyone's time/i], [/clearing that up/i, WAIT]],
    ]);
  });

  test('the question is asked again after every aside, never dropped', async () => {
    await checkBandClient({ [ODD]: 'chest_pain' })([
      [ODD, [/just to check/i]],
      ['is walking ok?', [/one thing I still need to know/i]],
      ['what about heat?', [/one thing I still need to know/i]],
      ['can i sleep on my side?', [/one thing I still need to know/i]],
      ['yes', [EMERGENCY]],
    ]);
  });
});

describe('classes of misses (own wording)', () => {
  levels([
    ['my inner thighs feel kind of rubbery and numb today', 'emergency'],
    ['dad wet himself in the chair and did not notice, his back has been bad all week', 'emergency'],
    ["I don't feel myself passing a motion any more since the back went", 'emergency'],
    ['my back aches more at night than in the day', 'urgent'],
    ['it is worse whenever I lie down flat, I end up sleeping in the chair', 'urgent'],
    ['there is a swelling on the left side of my lower back', 'urgent'],
    ['not hungry these days and I have dropped 5 kilos, back is sore too', 'urgent'],
    ['never had back trouble in my 68 years and now it aches every day for no reason', 'urgent'],
  ]);
});

describe('classes of false alarms (own wording), each paired with the sign told as present', () => {
  levels([
    ['going to lawn bowls on Sunday, can I play with a stiff back?', 'none'],
    ['I can no longer control my bowels', 'emergency'],
    ['lounging in my comfy sweats with a heat pack, good idea?', 'none'],
    ['I have had night sweats and a temperature since Tuesday', 'urgent'],
    ['bit faint hearted about lifting weights again after the spasm', 'none'],
    ['I feel faint and my back pain is severe', 'emergency'],
    ['my biggest fear is that I end up paralysed from this disc', 'none'],
    ['does paracetamol hide a fever?', 'none'],
    ['a guy from my running club had a heart attack, I just have a stiff back', 'none'],
    ['her radiotherapy left her exhausted; my own back is the issue, pulled it lifting her', 'none'],
    ['my feet have been numb from my diabetes for years, the back is new', 'none'],
    ['since this morning both my feet are numb and my back is agony', 'emergency'],
    ['why does unexplained weight loss make back pain more worrying?', 'none'],
    ['is it alright to have sex while my back is sore?', 'none'],
    ["since my back went I can't keep an erection", 'emergency'],
    ['my privates have stopped working since the back went', 'emergency'],
  ]);
});
