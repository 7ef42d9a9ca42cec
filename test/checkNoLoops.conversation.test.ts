import { runSteps, type Step } from './support/botHarness';
import { ASK, SCREEN } from './support/triageQuestions';

// The symptom check as a conversation partner: no question a third time, the
// result when asked for, "you already asked" said sorry for, a question beside
// a non-answer answered without a failed try, and a pause rather than pressing
// on. Each row: [user says, the reply must match all of these, and none of these].

const EMERGENCY = /please call 911 now/i;
const RESULT = /three things to do now|here's my advice now/i;
const PAUSED = /paused the (symptom check|questions)/i;
// The start-time question, first asked or asked again.
const ONSET = /when did it start|how long ago did it start/i;

describe('a detail question is never asked a third time', () => {
  test.each<[string, Step[]]>([
    ['two answers that give other details, then denials', [
      ['run the symptom check please, my lower back', [ASK.onset]],
      ['no idea really, it got set off by carrying a sofa and I would say a 5', [ASK.onset]],
      ['bladder normal, no numbness at all, both legs ok', [SCREEN.accidentHeart], [ASK.onset, EMERGENCY]],
    ]],
    ['an aside after the question was shown twice pauses the check', [
      ['symptom check please: lower back, about a 6, reaching for a box', [ASK.onset]],
      ['honestly couldn\'t tell you, it\'s about a 6 as I said, the pain spreads across', [ONSET]],
      ['is a hot water bottle a good idea?', [/heat/i, PAUSED], [ONSET]],
      ['carry on', [ONSET]],
    ]],
  ])('%s', async (_name, steps) => {
    await runSteps(steps);
  });
});

describe('the check answers what the person asks of it', () => {
  test.each<[string, Step[]]>([
    ['the verdict after an acknowledgement', [
      ['please do the symptom check: low back, since Tuesday, an 8, lifting a radiator', [SCREEN.nerves]],
      ['no, none of that', [SCREEN.legs]],
      ['brilliant. so what is the verdict', [RESULT], [SCREEN.legs, EMERGENCY]],
    ]],
    ['"you asked that already" at a detail question', [
      ['symptom check please, lower back and it is a 4', [ASK.onset]],
      ['you have already asked me that', [/sorry/i], [ASK.onset, EMERGENCY]],
    ]],
    ['"I told you already" at a safety question says it is a new one', [
      ['run the symptom check: low back, since Sunday, a 5, moving a wardrobe', [SCREEN.nerves]],
      ['I already told you that', [/sorry/i, /different one/i, SCREEN.nerves], [EMERGENCY]],
    ]],
    ['a question with its own context at a safety question is no failed try', [
      ['please do the symptom check: low back, since this morning, a 6, gardening', [SCREEN.nerves]],
      ['Can I go to work tomorrow? I stack shelves all day', [SCREEN.nerves], [/yes, no or not sure/i, EMERGENCY]],
    ]],
    ['a statement beside a question at a safety question is no yes', [
      ['please do the symptom check: low back, since this morning, a 6, gardening', [SCREEN.nerves]],
      ['no', [SCREEN.legs]],
      ['no', [SCREEN.accidentHeart]],
      ['is ice any good? I have a bag of frozen peas here', [SCREEN.accidentHeart], [EMERGENCY]],
    ]],
    ['a question at the pain score is answered, not read as a number', [
      ['symptom check please: low back since Monday, after a long drive', [ASK.severity]],
      ['when will I be able to run again? I have a race in 2 weeks', [ASK.severity], [/give me a number/i]],
    ]],
    ['frustration at a question shown twice pauses with what to do meanwhile', [
      ['please do the symptom check: low back, since this morning, a 6, gardening', [SCREEN.nerves]],
      ['what about ibuprofen, is that ok?', [SCREEN.nerves]],
      ['this is really annoying, far too many questions', [PAUSED, /meanwhile/i], [SCREEN.nerves]],
    ]],
    ['denials said after a pause resume the check with them', [
      ['please do the symptom check: low back, since this morning, a 6, gardening', [SCREEN.nerves]],
      ['stop', [/paused|stopped|carry on/i]],
      ['no numbness, bladder and bowels are normal, both legs are fine', [SCREEN.accidentHeart], [SCREEN.nerves, EMERGENCY]],
    ]],
  ])('%s', async (_name, steps) => {
    await runSteps(steps);
  });
});

describe('starting and scope', () => {
  test.each<[string, Step[]]>([
    ['"do the symptom thing" with all details', [
      ['do the symptom thing. lower back, since Friday, a 7, shovelling gravel', [SCREEN.nerves], [ASK.location, ASK.onset]],
    ]],
    ['a verbless request sentence starts the check', [
      ['right, the check then. low back since last night, lifting a crate, about a 5', [SCREEN.nerves]],
    ]],
    ['"just seized up" is a start time', [
      ['my lower back just seized up reaching for the kettle, can you do the symptom check', [ASK.severity], [ASK.onset]],
    ]],
    ['another body part in pain gets the scope answer', [
      ['my shoulder has been killing me since yesterday, help', [/only set up to help with back pain/i]],
    ]],
  ])('%s', async (_name, steps) => {
    await runSteps(steps);
  });
});
