import { runSteps, type Step } from './support/botHarness';

// A first message that reports the pain and tells what lies ahead (a day named, a need) or a daily duty (a child
// to lift): that is answered, not the general first steps; the activity that caused it is not. An old
// prescription's dose is no dose the bot confirms: the packet's limit and a pharmacist or doctor.
describe('a first message is answered for the situation it tells', () => {
  test.each<[string, Step[], string?]>([
    ['a game at the weekend, told with the spasm: the sport answer', [
      ['my back locked up this morning, hockey on sunday', [/play hockey/, /run, twist and bend without sharp pain/], [/What helps most now/]],
    ], 'en-GB'],
    ['a shift ahead after hurting it elsewhere: the work answer', [
      ['pulled my back moving a sofa, I have a shift on thursday', [/work/, /lighter duties/], [/What helps most now/]],
    ], 'en-IE'],
    ['a long car trip ahead: the driving answer, with breaks', [
      ['lower back has gone into spasm and I have a long drive to my parents tomorrow', [/[Dd]rive/, /move freely/], [/What helps most now/]],
    ], 'en-AU'],
    ['a flight booked: the travel answer', [
      ['back spasm since yesterday, flying to see family on friday', [/take a flight/, /aisle seat/]],
    ], 'en-GB'],
    ['a baby to look after: the child-lifting passage, not lifting in general', [
      ['my back is in spasm and I am home alone with a newborn', [/Sit down for cuddles|close to your body/, /share the lifting/], [/What helps most now/]],
    ], 'en-CA'],
    ['the activity that caused it, with nothing ahead: the first steps', [
      ['I hurt my back lifting boxes at work, it is really sore', [/What helps most now/], [/go to work/]],
    ], 'en-GB'],
    ['a plain report with no plan: the first steps', [
      ['my lower back has been aching since the weekend', [/What helps most now/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

describe('tablets from an old prescription get no dose, only the packet and a check', () => {
  test.each<[string, Step[], string?]>([
    ['strong ibuprofen left from years ago', [
      ['I have been using some 600mg ibuprofen from an old prescription for my back', [/old prescription/, /doctor or pharmacist|pharmacist or doctor|pharmacist can tell you what is safe/], [/\d+ ?mg/]],
    ], 'en-US'],
    ['more than the box allows: not on their own, a check', [
      ['I keep taking more ibuprofen than the box allows, is that ok?', [/more than the packet/, /pharmacist or GP/]],
    ], 'en-GB'],
    ['a prescribed medicine today is still the prescribed-dose answer', [
      ['how many of the muscle relaxants my doctor gave me can I take a day?', [/exactly as its label says/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

// The same answer picked again for a reworded question: the line of it that speaks to the new words, with its sources.
describe('asked again in other words: the fitting line, with its sources', () => {
  test.each<[string, Step[], string?]>([
    ['the floor after the mattress answer: the floor line, not the trial again', [
      ['which kind of mattress helps a sore back?', [/medium-firm/]],
      ['would I be better off sleeping on the floor for now?', [/^(In short: )?There is no evidence that sleeping on the floor helps/, /_Sources: /], [/just above/, /more detail/]],
    ], 'en-GB'],
    ['a plain "tell me more" goes on from the answer without a second sources line', [
      ['hot or cold for my back?', [/_Sources: /]],
      ['tell me more', [/./], [/_Sources: /]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});
