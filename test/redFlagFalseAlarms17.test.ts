import { levels, quietEach } from './support/screenTables';

// Round 14's false-alarm kinds, in our own wording: a learner's "no the X", an
// animal's symptoms, a past episode dated as long over, a question about the
// rules, planning which number to ring abroad, weight lost by dieting, and the
// learned stage's unsure guess from words that only look like a sign's. The
// writer's own signs, told the same ways, still count.

quietEach('ordinary messages raise nothing', [
  'Hello, back is stiff since Monday. I have no the temperature, no the numbness in legs. Heat or ice?',
  'My cat can not wee and the vet is keeping her in. I pulled my back carrying the basket.',
  'Came off a quad bike in a field, scans all clear, sore for a fortnight. That was 2011. Today my back aches from digging.',
  'When I had my daughter my legs were numb for a day after the spinal block. She is nine now. Back sore from gardening.',
  'Sudden leg weakness and back pain: is that a 999 or a 111 situation? Just trying to understand the system.',
  'Off to Portugal soon with a dodgy back. If something bad happened out there, like I lost control of my bladder, what is the number to ring?',
  'Down 4kg since March because I have been on a diet with my sister. My back twinged lifting the shopping. Stretches?',
  'Built a chest of drawers for the spare room yesterday and my lower back hates me. Heat or ice?',
  'Missed a catch at cricket, the ball slipped through my hands and I twisted awkwardly. Back sore. How long?',
], 'none');

describe('the writer\'s own signs still count', () => {
  levels([
    ['I walked the dog this morning and since then I cannot pee at all, back agony', 'emergency'],
    ['Came off a quad bike an hour ago, landed on my back, can not feel my legs', 'emergency'],
    ['I have lost 7kg in two months without trying and my back aches at night', 'urgent'],
    ['if it gets worse what is the number to call, I cannot pee at all', 'emergency'],
  ], '%s');
});
