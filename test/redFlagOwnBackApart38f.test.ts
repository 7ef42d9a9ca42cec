import { quietEach, screen } from './support/screenTables';
import { wholeBotText } from './support/botHarness';

// Someone else's emergency told as now or as just happened stays that person's emergency
// (subject other_present) when the writer then calls their own back minor ("I only pulled my
// back getting her up"): calling one's own back ordinary puts nobody else's trouble in the past.
// Only when the writer hurt their back handling that person ("lifting him"): they are with them now.
// The same sign told as over, long ago, or already with clinicians stays quiet. Phrasings our own.

describe("someone else's sign told now beside the writer's own minor back", () => {
  test.each<[string, 'him' | 'her']>([
    ['my grandad came off his bike this morning and his legs won\'t move, I only strained my back getting him up', 'him'],
    ['my wife slipped on the ice twenty minutes ago and now she cannot feel either leg, I just tweaked my back helping her', 'her'],
    ['my uncle went down hard on the garage floor and he can\'t move his legs, I only pulled my back lifting him', 'him'],
    ['my mum collapsed today and can\'t feel her legs, mine is just a stiff back from lifting her', 'her'],
    ['my sister wet herself without noticing an hour ago and cannot feel her bottom, I only tweaked my back helping her up', 'her'],
  ])('%s -> emergency for %s', (text, pronoun) => {
    const r = screen.detect(text);
    expect(r?.level).toBe('emergency');
    expect(r?.subject).toBe('other_present');
    expect(r?.pronoun).toBe(pronoun);
  });
});

quietEach('the same kind of sign told as over, old or already in care', [
  'my grandad came off his bike last spring and his legs would not move, he is in hospital now, I only strained my back visiting',
  'my wife slipped on the ice years ago and could not feel either leg for a while, I just tweaked my back',
  'my uncle went down hard on the garage floor and was admitted, the doctors are looking after him, I only pulled my back',
  'my mum collapsed ages ago and could not feel her legs, mine is just a stiff back',
  'my brother lost control of his bladder after a fall and has been seen at the hospital, me, it is just a stiff back',
  'my husband fell off the shed roof and was seen by a doctor who says he is fine, I just hurt my back',
  'my dad went down the cellar steps years ago and could not feel his legs for weeks, I only pulled my back lifting him into bed',
  // handling a thing of theirs, not the person: their long-standing trouble stays theirs
  'my gran has had numb feet for years from her sugar, I only tweaked my back moving her wardrobe',
]);

describe('the alarm speaks to the helper', () => {
  test('a fall told as just happened, the writer\'s back called minor: call 999 for him', async () => {
    const say = wholeBotText('en-GB');
    expect(await say('my grandad came off his bike an hour ago and now his legs won\'t move, I only strained my back getting him up')).toMatch(/999 for him/i);
  });
});
