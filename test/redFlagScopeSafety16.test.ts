import { levels, quietEach } from './support/screenTables';

// Issue 10 (safety16neg, phrasings our own): scope mechanisms for false alarms on
// fresh wording. Not raised: a supposition the writer says is not happening runs to
// the end of its sentence; English's other supposition openers ("were ... to",
// "should it come to", "in the unlikely event", "let's pretend"); a resolution
// opening the next sentence ("Feeling came back"); "till I warmed up"; what nearly
// happened; a relative clause after someone else ("the coach I train with").
// Raised: the same words told as now, "my wife says I", "didn't know until I got up".

quietEach('not raised', [
  'Were my bladder to stop working one day, is that A&E? It has not happened, just curious about the plan.',
  'Should it come to that and my legs both went numb on a walk, who would I phone? Not happening, my back is only stiff.',
  'In the rare event that I lost control of my bowels, where should I go? I am fine at the moment.',
  'if it ever got to where my bum felt dead and my legs were weak, is that an ambulance? none of that is going on',
  'Both feet went to sleep while I knelt weeding. Feeling came back after a couple of minutes, back just aches.',
  'My calves were tingly for a while till I walked about after the train, now only my lower back is stiff.',
  'We laughed so much at the panto that I almost had an accident, and my back was stiff from the seats after.',
  'The coach I train with fell off a ladder and broke his back last month. Me, I only have a twinge from squats.',
], 'none');

describe('raised', () => {
  levels([
    ['my legs both went numb an hour ago and they are still numb, back is agony', 'emergency'],
    ['I can not pee at all since this morning. If it does not come by tonight, should I go in?', 'emergency'],
    ['I wet myself in bed and did not know until I got up, back has been bad all week', 'emergency'],
    ['my husband says I was talking nonsense and I have a high fever with this back pain', 'emergency'],
    ['both feet went numb yesterday and the feeling has not come back, back pain too', 'emergency'],
    ['I almost can not feel my legs now and my back is killing me', 'emergency'],
  ], '%s');
});
