import { wholeBotText } from './support/botHarness';

// The answer to "where does it hurt?" that places the pain high in the back by a landmark
// of the chest, with no "shoulder blades" said, is the notes' urgent row for thoracic pain.
// Phrasings our own.
function bot() {
  return wholeBotText('en-GB');
}

describe('where it hurts, told by a landmark', () => {
  test.each<[string]>([
    ['high in my back, roughly level with my armpits, a nagging ache for ten days'],
    ['in the middle of my back at bra strap level, it has been there a fortnight'],
  ])('"%s" as the answer to where asks for a visit today', async (answer) => {
    const say = bot();
    await say('can you check my symptoms, my back is sore');
    expect(await say(answer)).toMatch(/get seen today/i);
  });

  test('a low answer stays ordinary', async () => {
    const say = bot();
    await say('can you check my symptoms, my back is sore');
    expect(await say('low down, just above my belt, since I moved house')).not.toMatch(/get seen today|call 999/i);
  });
});
