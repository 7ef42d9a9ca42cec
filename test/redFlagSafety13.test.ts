import { level, levels, quietEach } from './support/screenTables';

// Issue 10, round 13 (phrasings our own): slang for the saddle area and for a bowel
// movement, numbness told as cold, the notes' urgent row for pain high in the
// back, an age told by a helper ("my dad's 70"), a symptom list closed by "nothing else"; and the false alarms: a craze
// called a fever, a normal thermometer reading, a fear of a named illness, a
// relative's episode told as over.

describe('raised', () => {
  levels([
    ['back has gone and my nuts have gone numb since lunch', 'emergency'],
    ['it is like sitting on ice down below, no feeling at all, and my back is wrecked', 'emergency'],
    ['since my back went I cannot tell when I need a number 2', 'emergency'],
    ['woke up to soaked sheets today, never happened before, back is awful', 'emergency'],
    ['my backside went numb this morning and the feeling has not come back', 'emergency'],
    ['the ache sits right between my shoulder blades and has done for a fortnight', 'urgent'],
    ['my thoracic spine has been aching since the weekend', 'urgent'],
    ['sore back with the shivers and a temperature, nothing else going on', 'urgent'],
    ["my grandad's 81, never had back trouble before, and now his lower back has ached for a fortnight", 'urgent'],
  ], '%s');

  test('a place row does not hold back the learned stage from a sudden tearing pain', () => {
    expect(level('all of a sudden a ripping, tearing pain between my shoulder blades, worst ever')).toBe('emergency');
  });
});

quietEach('not raised', [
  'cup final fever at ours, I have been glued to the sofa and my back has seized',
  'checked it twice, temperature: 36.9, so no fever, just a stiff back',
  'I am so stressed that this is something serious like a tumour, it started after lifting',
  'my sister had numbness in both legs after her operation, she is long recovered; my back is just stiff',
  'the pain is low down, not between my shoulder blades, and coughing does not make it worse',
  'my uncle said the pain between his shoulders was his only sign; mine is low down from digging',
]);
