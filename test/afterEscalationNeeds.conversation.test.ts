import { runSteps, wholeBotSteps, type Step } from './support/botHarness';

// After an escalation, everyday obstacles and practical questions get a short
// answer at the instruction's level (knowledge/after-escalation.yaml), with the
// instruction in one line, never the whole escalation again and never against it.

const TEMPLATE = /This is because you mentioned/;
const ROUTINE_ADVICE = /stay active|normal activities|back to work|knee-to-chest|child's pose|if not better in a few weeks/i;
const EMERGENCY: Step = ["I've wet myself and my back is in spasm", [/Please call 911 now/]];
const URGENT_GB: Step = ['I have a high fever and my back is killing me', [/get seen today/i, /111/]];

describe('needs after an urgent escalation (en-GB)', () => {
  test.each<Step>([
    ["the surgery says they've nothing till next Wednesday", [/don't wait that long/i, /NHS 111/, /NHS 24/, /high temperature/i], [TEMPLATE]],
    ["I hate to bother the GP, they're run off their feet", [/wouldn't be bothering anyone/i, /get seen by a doctor today/i], [TEMPLATE]],
    ['what should I say when I ring them?', [/tell them what you told me/i, /medicines/i], [TEMPLATE]],
    ["I've got nobody to drive me and no car", [/don't have to drive/i, /taxi/i, /today/i], [TEMPLATE, ROUTINE_ADVICE]],
    ["who'll have the kids if I go", [/mind them/i, /today/i], [TEMPLATE]],
    ['is there anything I can do while I wait?', [/while you wait/i, /heat/i, /label/i, /today/i], [TEMPLATE]],
    ["my partner's phoning them now", [/right thing/i, /999/], [TEMPLATE]],
    ["can't it wait till Monday?", [/today is better/i, /NHS 111/], [TEMPLATE]],
    ['how would I know if it was something bad?', [/can't tell that over chat/i, /999/], [TEMPLATE]],
    ["my wee went a funny dark colour earlier", [/mention that too/i, /today/i], [TEMPLATE]],
    ["the practice can't fit him in before the 14th", [/don't wait that long/i, /NHS 111/], [TEMPLATE]],
    ["I'll drive myself over to the surgery", [/lift or a taxi/i, /today/i], [TEMPLATE]],
  ])('"%s"', async (...step) => runSteps([URGENT_GB, step], 'en-GB'));

  test('a question that names the escalated flag again is answered, not met with the whole escalation', async () => {
    await runSteps(
      [URGENT_GB, ['is paracetamol ok for a temperature?', [/paracetamol/i, /today/i], [TEMPLATE]]],
      'en-GB',
    );
  });
});

describe('needs after an emergency escalation: the instruction stays firm', () => {
  test.each<Step>([
    ["I'd hate to tie up an ambulance for nothing", [/not wasting anyone's time/i, /call now/i], [ROUTINE_ADVICE]],
    ["there's no car here", [/don't need a car/i, /911/], [ROUTINE_ADVICE]],
    ['my husband is calling them now', [/right thing/i, /don't drive/i]],
    ["I'll just see my doctor tomorrow", [/can't safely wait/i, /call 911 now/i, /bladder|pee|nerves/i], [ROUTINE_ADVICE]],
    ["the clinic can't see me till Friday", [/don't need an appointment/i, /911/]],
    ['what do I say to them when I call?', [/tell the call-taker/i]],
    ["I can't pay for an ER trip", [/don't let money or work stop you/i, /911/]],
    ['anything I can do in the meantime?', [/while you wait/i, /don't take extra painkillers/i, /911/], [ROUTINE_ADVICE]],
    ["the ER is only five minutes away so I'll drive myself", [/don't drive/i, /911/], [ROUTINE_ADVICE, /tell them that too/i]],
    ["it's fine, I can drive, it's just down the road", [/don't drive/i, /911/], [/tell them that too/i]],
    ['the ambos are on their way now', [/right thing/i], [/if you haven't/i]],
  ])('"%s"', async (...step) => runSteps([EMERGENCY, step]));
});

describe('warning signs denied after an escalation are taken in, at its level', () => {
  test('after "get seen today": reassured, and the same-day check stands', async () => {
    // A slip off one low step at 76: the minor fall's same-day check, not the serious accident's 000.
    const stepSlip: Step = ["I'm 76 and I tripped off the back doorstep this morning, my back's really sore now", [/today/i, /healthdirect/i], [/call 000 now/i]];
    await wholeBotSteps([stepSlip, ["I can walk alright, and there's no numbness or tingling in my legs", [/reassuring/i, /today/i], [TEMPLATE, /leave that until/i]]], 'en-AU');
  });
  test('after an emergency: the instruction stays', async () => {
    await wholeBotSteps([EMERGENCY, ["I can walk alright, and there's no numbness or tingling in my legs", [/911/], [/reassuring/i]]]);
  });
});

describe('needs are read only after an escalation', () => {
  test('an appointment worry with no escalation gets the ordinary answer', async () => {
    await runSteps([["my GP can't see me till next week, is that ok for a back spasm?", [/./], [/don't wait that long/i, /don't need an appointment/i]]]);
  });
});
