import { levels, quietEach, raisesEach, screen } from './support/screenTables';

// A bodily function said to work ("weeing with no bother", "no trouble going for a pee") is a
// denial, not a sign. (Two plain denials of passing water, "no difficulty ... passing urine",
// are still raised by the learned stage: leaving such a piece out of its features needs the
// model retrained, and the retrain lost emergencies elsewhere, so it waits.) A finding beside
// it, or a negation before the function, still counts.
// Someone else's accident told beside the writer's own back, named "mine" ("I only
// tweaked mine"), is the writer's ordinary back (context.yaml selfContrast). Our own wordings.

quietEach('a function said to work, beside an ordinary back, is not raised', [
  'legs moving fine, weeing with no bother, back stiff after the long drive',
  'I have not had any problems going for a wee, my back went while hoovering',
  'no trouble emptying my bladder at all, the ache is just in my lower back',
  'toilet habits no different, wees normally, back sore from the allotment',
  'getting an erection without any problem, back tight after football',
], 'none');

quietEach("someone else's accident, then the writer's own back named as mine", [
  'my brother crashed his quad bike and cracked a vertebra in the summer, I only tweaked mine putting up shelves',
  'a lad at work fell from a ladder and broke his spine a while back, I have just pulled mine lifting boxes, what helps?',
], 'none');

raisesEach('a negation before the function, or a finding beside it, is still a sign', 'emergency', [
  ['I can not wee without pushing really hard since my back went', 'bladder'],
  ['no trouble at first, but now I can not pee at all and my back is agony', 'bladder'],
  ['peeing is fine but I keep leaking without noticing since the back pain started', 'bladder'],
  ['I fell off the roof this morning and I have only hurt mine, it is agony', 'major_trauma'],
]);

levels([
  ['my bowels are working normally, just the back spasm', 'none'],
  ['I am wetting myself since my back went, walking fine', 'emergency'],
]);

// A fever during cancer treatment is the notes' urgent rows together (a fever; chemotherapy,
// a weakened immune system): raised the same day, never left as a mere cold.
raisesEach('a fever during cancer treatment is raised the same day', 'raised', [
  ['three cycles into chemotherapy and now a raised temperature with my lower back aching', 'fever'],
  ['feeling hot and shivery since my chemo session on friday, and my back has started to hurt', 'fever'],
]);

// The person named as the message's heading ("for my uncle: ...") is who the signs are about.
describe("a heading naming the person makes the message theirs", () => {
  test.each<[string, string]>([
    ['for my uncle: he has found a swelling on his spine that is sore to touch', 'back_lump'],
    ['re my grandad - he is still having chemo for his prostate and his back has started aching', 'cancer_history'],
  ])('%s', (text, flag) => {
    const r = screen.detect(text);
    expect(r?.level).toBe('urgent');
    expect(r?.flags).toContain(flag);
    expect(r?.subject).toBe('other_present');
  });
});

// A relative's old illness, told with them said to be doing well now, beside the writer's own
// ordinary back, stays their story.
quietEach('a relative said to be doing well now, beside the writer\'s own back', [
  "my uncle had a growth on his spine years back and his legs gave way, he's doing fine now. I hurt my lower back moving a sofa, what helps?",
], 'none');
