import { checkBandClient, mainDialogClient, runSteps, type Step } from './support/botHarness';
import { ASK, SCREEN } from './support/triageQuestions';

// Conversations for the moves people make inside and around the symptom check
// that are not answers: questions at a safety question, denials in passing,
// status updates, stopping, corrections of other facts, writing for someone
// else. Each row: [user says, the reply must match all of these, and none of these].

const EMERGENCY = /please call 911 now/i;
const SAME_DAY = /please get seen today/i;
const UNSURE_AS_YES = /treating that as a yes/i;
// Location, onset, severity and trigger in one message: the check goes straight to the screen.
const ALL_DETAILS = 'please run the symptom check: low back on the left, since yesterday evening, about a 5, after hauling a suitcase upstairs';


describe('a question or an "ok" at a safety question is no yes and no "not sure"', () => {
  test.each<[string, Step[]]>([
    ['ok + a question at the accident/chest group', [
      ['no', [SCREEN.legs]],
      ['no', [SCREEN.accidentHeart]],
      ['right so what happens next then', [SCREEN.accidentHeart], [EMERGENCY, UNSURE_AS_YES]],
      ['no', [SCREEN.infection], [EMERGENCY]],
    ]],
    ['a bare "okay" twice', [
      ['okay', [/yes, no or not sure/i, SCREEN.nerves], [EMERGENCY]],
      ['okay', [SCREEN.nerves], [EMERGENCY, UNSURE_AS_YES]],
      ['no', [SCREEN.legs]],
    ]],
    ['an acknowledgement, then a no', [
      ['oh right. no, none of those', [SCREEN.legs], [/yes, no or not sure/i, EMERGENCY]],
    ]],
    ['thanks at a safety question, however it is worded', [
      ['no', [SCREEN.legs]],
      ['no', [SCREEN.accidentHeart]],
      // Issue 11: a thank-you closes warmly (the check is paused, not answered); "carry on" resumes it.
      ['thanks ever so much for all your help', [/paused the symptom check/i], [EMERGENCY, SCREEN.accidentHeart]],
      ['carry on', [SCREEN.accidentHeart], [EMERGENCY]],
      ['thanks a lot', [/paused the symptom check/i], [EMERGENCY, SCREEN.accidentHeart]],
      ['carry on', [SCREEN.accidentHeart], [EMERGENCY]],
      ['brilliant, so what now', [SCREEN.accidentHeart], [EMERGENCY]],
    ]],
    ['"yeah, no" is a no', [
      ['yeah no', [SCREEN.legs], [EMERGENCY]],
    ]],
    ['"alright so what\'s the upshot" at the legs group', [
      ['no', [SCREEN.legs]],
      ["alright so what's the upshot", [SCREEN.legs], [EMERGENCY, UNSURE_AS_YES]],
    ]],
    ['a medicine question twice', [
      ['so naproxen?', [SCREEN.nerves], [EMERGENCY, UNSURE_AS_YES]],
      ['and what about a heat pad?', [SCREEN.nerves], [EMERGENCY, UNSURE_AS_YES]],
      ['nope', [SCREEN.legs]],
    ]],
  ])('%s', async (_name, steps) => {
    await runSteps([[ALL_DETAILS, [SCREEN.nerves]], ...steps]);
  });

  test.each<[string, RegExp]>([
    ['yes', EMERGENCY],
    ['ok yes, I have had that', EMERGENCY],
    ['not sure', /here's what that can feel like|for example/i],
  ])('a real answer still counts: "%s"', async (answer, expected) => {
    await runSteps([[ALL_DETAILS, [SCREEN.nerves]], ['no', [SCREEN.legs]], ['no', [SCREEN.accidentHeart]], [answer, [expected]]]);
  });

  test('"not sure" twice at an emergency group still escalates', async () => {
    await runSteps([
      [ALL_DETAILS, [SCREEN.nerves]],
      ['not sure', [SCREEN.nerves]],
      ['still not sure', [/treat(ing)? that as a yes/i, EMERGENCY]],
    ]);
  });
});

describe('a question instead of an answer at a red-flag check question', () => {
  const ODD = 'the heat did nothing, it hurts all the time';
  test('is answered and the check question asked again; never read as "not sure"', async () => {
    await checkBandClient({ [ODD]: 'night_pain' })([
      [ODD, [/just to check/i]],
      ['so should i take ibuprofen then?', [/ibuprofen/i, /one thing I still need to know/i], [SAME_DAY, UNSURE_AS_YES]],
      ['no', [/good to hear/i], [SAME_DAY]],
    ]);
  });

  test('an urgent question comes once more after an aside, then is dropped with the safety net, never escalated', async () => {
    await checkBandClient({ [ODD]: 'night_pain' })([
      [ODD, [/just to check/i]],
      ['is walking ok?', [/one thing I still need to know/i], [SAME_DAY]],
      ['what about heat?', [/call 911 straight away/i], [SAME_DAY, UNSURE_AS_YES, /one thing I still need/i]],
      ['can i sleep on my side?', [/side/i], [SAME_DAY, /one thing I still need/i, /just to check/i]],
    ]);
  });

  test('feedback or frustration instead of an answer is no "not sure", however often', async () => {
    await checkBandClient({ [ODD]: 'night_pain' })([
      [ODD, [/just to check/i]],
      ['hmm', [/clear answer/i], [SAME_DAY]],
      ['honestly this chat has not been much use to me today', [/one thing I still need to know/i], [SAME_DAY, UNSURE_AS_YES]],
    ]);
  });

  test('a short unreadable reply twice is still taken as not sure', async () => {
    await checkBandClient({ [ODD]: 'night_pain' })([
      [ODD, [/just to check/i]],
      ['hmm', [/clear answer/i], [SAME_DAY]],
      ['meh', [SAME_DAY]],
    ]);
  });

  test('"not sure" at the check question gets what it feels like, and a second one still escalates', async () => {
    await checkBandClient({ [ODD]: 'night_pain' })([
      [ODD, [/just to check/i]],
      ['not sure', [/what that can feel like/i, /just to check/i], [SAME_DAY]],
      ['still not sure', [SAME_DAY, UNSURE_AS_YES]],
    ]);
  });
});

describe('stopping or pausing the check inside a longer message', () => {
  const START: Step = ['please check my back symptoms', [ASK.location]];
  test.each<[string, RegExp[], RegExp[]]>([
    ["lets leave it there for now, i'll get back to it after my shift", [/stopped the symptom check/i, /carry on/i], [ASK.location, ASK.onset]],
    ['could we pause the questions? my bus is here', [/stopped the symptom check/i], [ASK.location]],
    ['can we stop the check, i need to know if i can head into work tomorrow', [/stopped the symptom check/i, /staying at work|back to work|at work/i], [ASK.location, ASK.onset]],
  ])('"%s" stops the check', async (text, must, mustNot) => {
    await runSteps([START, [text, must, mustNot], ['carry on', [ASK.location]]]);
  });

  test('"I\'m back, where were we?" after a pause resumes at the pending question', async () => {
    await runSteps([
      START,
      ['lower back', [ASK.onset]],
      ["let's pause there, I'll finish it after dinner", [/stopped the symptom check/i]],
      ["ok I'm back. where were we?", [ASK.onset], [ASK.location, /shall I pick it up/i]],
    ]);
  });

  test.each<[string, RegExp]>([
    ['the spasms just wont stop', ASK.location],
    ['lower back, had to stop digging when it went', ASK.onset],
  ])('"%s" is no stop', async (text, next) => {
    await runSteps([START, [text, [next], [/stopped the symptom check/i]]]);
  });

  test('thanks with a question after it gets the question answered, not "OK."', async () => {
    await runSteps([START, ['ok ta. what about ice packs, do they help', [/ice|cold/i, ASK.location], [/^OK\.$/m]]]);
  });
});

describe('denials in passing mark the groups they cover', () => {
  test('"legs are fine" said with the answer to the nerves question: the legs question is not asked', async () => {
    await runSteps([
      [ALL_DETAILS, [SCREEN.nerves]],
      ['nah, no problems down there, and no pins and needles down either leg', [SCREEN.accidentHeart], [SCREEN.legs]],
    ]);
  });
  test('a helper\'s denial for the person in pain counts too', async () => {
    await runSteps([
      [ALL_DETAILS, [SCREEN.nerves]],
      ['she says no weakness or anything down her legs, and no to that', [SCREEN.accidentHeart], [SCREEN.legs]],
    ]);
  });
  test('a denial with an exception still asks: "legs fine except my left foot is numb"', async () => {
    await runSteps([
      [ALL_DETAILS, [SCREEN.nerves]],
      // Asked as the screen's legs group or as the direct "just to check" question about both legs: either way not taken as a no.
      ['no. legs r fine except my left foot feels numb', [/(numbness, tingling, pain or weakness|pain, numbness, tingling or weakness) in both legs/i]],
    ]);
  });
  test('the nerves question is still asked after only bladder and bowels were denied', async () => {
    await runSteps([['please run the symptom check: low back, since Monday, a 4, after gardening. bladder and bowels normal', [SCREEN.nerves]]]);
  });
});

describe('one progress count', () => {
  test('"how many left?" gives the same number as the question\'s own note', async () => {
    const { say } = mainDialogClient();
    const first = (await say(ALL_DETAILS)).map((a) => a.text ?? '').join('\n');
    const note = /\((\d+) more questions after this one\)/.exec(first);
    expect(note).not.toBeNull();
    const reply = (await say('how many left?')).map((a) => a.text ?? '').join('\n');
    expect(reply).toContain(`${note![1]} more questions after this one, then`);
  });
});

test('"how many questions are left?" with more said after it gets the count', async () => {
  await runSteps([
    [ALL_DETAILS, [SCREEN.nerves]],
    ['how many questions are left? my lunch break is nearly over', [/5 more questions after this one/, SCREEN.nerves], [/only a few/i]],
  ]);
});

describe('status updates get a reply that fits, not a check', () => {
  test.each<Step>([
    ["Morning! I talked to you on Wednesday about my back. Much easier today", [/good to hear/i, /keep moving/i], [ASK.location, ASK.onset, ASK.severity]],
    ['hello, me again. heaps better since the weekend', [/good to hear/i], [ASK.location, ASK.severity]],
    ["Hi, I was on here yesterday. It's gone downhill overnight.", [/sorry it's getting worse/i, /call 911/i, /check my symptoms/i], [ASK.location, ASK.severity]],
  ])('"%s"', async (...step) => runSteps([step]));

  test('a new pain described without a question still starts the check', async () => {
    await runSteps([['check my symptoms: my back locked up an hour ago when I leaned over the sink', [ASK.location], [/good to hear/i]]]);
  });

  test('a progress report with a question gets the question answered', async () => {
    await runSteps([['much better today. is it ok to go for a swim?', [/swim/i], [ASK.location]]]);
  });
});

describe('details in the opening message are kept, typos and regional words too', () => {
  test.each<[string, RegExp, RegExp[]]>([
    ['check my back pls, went while luggin sacks of feed off the trailer yesterday, lower back', ASK.severity, [ASK.trigger, ASK.onset]],
    ['symptom check please. low back, it went as I was getting into the bath this mornin', ASK.severity, [ASK.trigger, ASK.onset, ASK.location]],
    ['can you check me, lower back, stacking firewood since sat', ASK.severity, [ASK.trigger, ASK.onset]],
  ])('"%s"', async (text, next, mustNot) => {
    await runSteps([[text, [next], mustNot]]);
  });
});

test('the request to run the check is no detail: "run" is no sport', async () => {
  await runSteps([
    ['run the back check for me please', [ASK.location]],
    ['lower back, since Tuesday, a 4', [ASK.trigger]],
    ['skip the rest', [/what I heard/i], [/sport or exercise/i]],
  ]);
});

test.each<[string, RegExp, RegExp]>([
  ['how come you want to know what caused it? why does that matter', ASK.trigger, /ordinary strain/i],
  ['why are you asking me about that stuff, bit private', SCREEN.nerves, /rare warning signs/i],
])('"%s" gets the reason for the question, then the question', async (text, question, reason) => {
  const steps: Step[] = question === ASK.trigger
    ? [['please check my symptoms', [ASK.location]], ['lower back since monday, about a 3', [ASK.trigger]]]
    : [[ALL_DETAILS, [SCREEN.nerves]]];
  await runSteps([...steps, [text, [reason, /skip that one/i, question], [EMERGENCY]]]);
});

test('a correction said with "not" is said back even when it sounds like a goodbye', async () => {
  await runSteps([['sorry I meant friday night not thursday, I\'m off thursday', [/putting me right: friday night/i], [/take care/i]]]);
});

describe('corrections of facts that are not check details', () => {
  test('a day about work is said back and changes no onset', async () => {
    await runSteps([
      ['please check my symptoms', [ASK.location]],
      ['lower back since last night', [ASK.severity]],
      ['sorry, I meant my shift is on friday, not thursday', [/putting me right: .*friday/i, ASK.severity], [/I've changed that/i, /stopped the symptom check/i]],
      ['about a 5', [ASK.trigger], [ASK.onset]],
    ]);
  });
  test('a planned day is never an onset', async () => {
    await runSteps([
      ['please check my symptoms', [ASK.location]],
      ['lower back', [ASK.onset]],
      ['oops, tomorrow night not tonight', [ASK.onset], [/I've changed that/i]],
    ]);
  });
  test('an age correction is said back', async () => {
    await runSteps([['my dad is 80, does heat help?', [/./]], ['sorry, he is 68 not 80', [/putting me right: 68/i], [/in your own words/i]]]);
  });
  test('a correction that also gives a missing detail keeps both', async () => {
    await runSteps([
      ['please check my symptoms', [ASK.location]],
      ['lower back on the right, since this morning', [ASK.severity]],
      // A score told with its condition ("a 7 when I bend") is how bad, not what set it off (acts41): the cause is asked next.
      ['oops, left side not right. it is a 7 when I bend, a 4 lying down', [/I've changed that: .*left/i, ASK.trigger], [ASK.severity, ASK.bladder]],
    ]);
  });
  test('a real correction of a check detail still changes it', async () => {
    await runSteps([
      ['please check my symptoms', [ASK.location]],
      ['lower back, since yesterday', [ASK.severity]],
      ['sorry, since Sunday not yesterday', [/I've changed that/i, ASK.severity]],
    ]);
  });
});

describe('someone writing for another person', () => {
  test('a description of their pain starts the check framed for them', async () => {
    await runSteps([["I'm writing for my husband. He's 58, his back went 2 days ago after moving a sofa", [/questions about him/i, /answer for him/i, ASK.location], [/keep that in mind/i]]]);
  });
  test('the writer\'s own pain that mentions someone else is not framed for them', async () => {
    await runSteps([['check my symptoms: I have had back pain since this morning after lifting my daughter into the bath', [/let's check your symptoms/i], [/questions about her/i]]]);
  });
  test('facts in the message that started the check are kept for later answers', async () => {
    await runSteps([
      ["I'm writing for my grandad. He's 81 years old, his back went 2 days ago after lifting a bag of compost", [/questions about him/i, ASK.location]],
      ['can he take ibuprofen?', [/over 65/i, ASK.location]],
    ]);
  });
  test('a helper with a question gets it answered', async () => {
    await runSteps([["I'm asking for my wife, can she use a hot water bottle?", [/heat|warm/i], [/questions about her/i]]]);
  });
});

describe('asking for the emergency number', () => {
  test.each<[string, string, RegExp]>([
    ['what number should I call if it gets really bad?', 'en-GB', /999/],
    ['which number do i ring in an emergency', 'en-AU', /000/],
  ])('"%s" (%s)', async (text, locale, number) => {
    const { say } = mainDialogClient(locale);
    const reply = (await say(text)).map((a) => a.text ?? '').join('\n');
    expect(reply).toMatch(number);
    expect(reply).toMatch(/numbness between your legs/i);
    expect(reply).not.toMatch(/not something I can help with/i);
  });
});

describe('taking back an alarm raised from the person\'s own words', () => {
  const HYPOTHETICAL = 'what would it mean if someone could not feel the toilet paper when wiping';
  const emergencyOn = (text: string) => checkBandClient({ [text]: 'saddle_numbness' }, 'en-US', 'emergency');


  test('"no, everything is normal" takes it back with the safety net; later answers carry no alarm', async () => {
    await emergencyOn(HYPOTHETICAL)([
      [HYPOTHETICAL, [EMERGENCY]],
      ['ah no sorry, everything is completely normal for me', [/don't need to call 911/i, /call 911 straight away/i], [EMERGENCY]],
      ['ice or heat?', [/15 to 20 minutes/], [/please call 911 now/i, /to recap/i]],
      ['right, run the check then', [ASK.location], [/please call 911 now/i]],
    ]);
  });

  test('"that\'s not new, I\'ve had it for years" takes it back, and a question in the same message is answered', async () => {
    await emergencyOn(HYPOTHETICAL)([
      [HYPOTHETICAL, [EMERGENCY]],
      ["that's nothing new, had it for years. is heat ok on my back?", [/don't need to call 911/i, /heat/i], [EMERGENCY, /Remember:/]],
    ]);
  });

  test('"same as before" about the pain does not take the alarm back', async () => {
    await emergencyOn(HYPOTHETICAL)([
      [HYPOTHETICAL, [EMERGENCY]],
      ['the pain is the same as before', [/911/], [/don't need to call 911/i]],
    ]);
  });

  test('a refusal is not a denial: the alarm stands', async () => {
    await emergencyOn(HYPOTHETICAL)([
      [HYPOTHETICAL, [EMERGENCY]],
      ["no, I'm not going to hospital", [/911/], [/don't need to call 911/i]],
    ]);
  });

  // Issue 10/11: it asks that question again; only a clear no to it takes the alarm back.
  test('a denial after a "yes" to a safety question does not take it back by itself', async () => {
    await runSteps([
      [ALL_DETAILS, [SCREEN.nerves]],
      ['yes', [EMERGENCY]],
      ['ok', [/911/]],
      ["it's all normal", [/let's get this right/i, SCREEN.nerves], [/don't need to call 911/i]],
      ['not sure', [/advice stays the same/i, /911/], [/don't need to call 911/i]],
    ]);
  });
});
