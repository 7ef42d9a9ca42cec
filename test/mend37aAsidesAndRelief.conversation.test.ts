import { wholeBotSteps, type Step } from './support/botHarness';

// Kinds seen in set 29's acts conversations, in this file's own wording: a question after a lead-in ("random one but
// is ...?") taken as the check's answers unasked; a question asked during the check with no "?" whose words hold a day
// or another body part, read as the pending answer; and a remedy said to have helped, answered with the same remedy
// explained again.

const CHECK_START = /Let's check your symptoms/;
const WHERE = /Where is the pain\?/;
const WHEN = /When did it start\?/;
const HOW_BAD = /How bad is it right now/;
const BACK_TO_CHECK = /Back to the symptom check|paused the symptom check/;
const HEAT_EXPLAINED = /Heat has the better evidence/;
const KEEP_HEAT = /Good to hear the heat helped/;

describe('asides and relief are read for what they are', () => {
  test.each<[string, Step[], string?]>([
    ['a question after a lead-in, with a word that looks like a score, is answered, not turned into the check', [
      ['hot or cold for a back in spasm?', [HEAT_EXPLAINED]],
      ['ok. odd one but is a firm mattress better? my brother swears by a really hard one', [/mattress/], [CHECK_START]],
    ], 'en-GB'],
    ['during the check, a stiff wrist with "how do I ease it" gets where to go for a wrist, and the same question again', [
      ['please check my symptoms', [WHERE]],
      ['my wrist has gone stiff from typing, how do i ease it', [/wrist/, BACK_TO_CHECK, WHERE], [WHEN]],
    ], 'en-US'],
    ['during the check, a sore ankle from the gym with "how can I settle it" is not the back\'s cause', [
      ['please check my symptoms', [WHERE]],
      ['and my ankle is sore from the gym, how can i settle it', [/ankle/, BACK_TO_CHECK, WHERE], [/set off by/, WHEN]],
    ], 'en-US'],
    ['during the check, a body part named in a figure of speech ("fat finger") is no other part to send elsewhere', [
      ['please check my symptoms', [WHERE]],
      ['lower back, since monday, about a 5, lifting', [/./]],
      ['no to all. hang on, did i tap yes on the numbness one?? i meant no, fat finger', [/./], [/wrist or hand/]],
    ], 'en-US'],
    ['during the check, "am I ok to ..." with a day in it is a question, not when the pain began', [
      ['please check my symptoms', [WHERE]],
      ['lower back', [WHEN]],
      ['right, back to my back. am i ok to go bowling on saturday', [BACK_TO_CHECK], [HOW_BAD]],
    ], 'en-US'],
    ['a hot water bottle said to have eased it is kept going, not explained again', [
      ['my back has locked up, is ice or heat better?', [HEAT_EXPLAINED]],
      ['did twenty minutes with the hot water bottle and it has eased a bit', [KEEP_HEAT, /never while you sleep/, /999/], [HEAT_EXPLAINED]],
    ], 'en-GB'],
    ['a heat pad said to help, after an acknowledgement, is good news too', [
      ['heat or ice for a back spasm?', [HEAT_EXPLAINED]],
      ['alright. the heat pad is helping a little', [KEEP_HEAT], [HEAT_EXPLAINED]],
    ], 'en-US'],
    ['help turned against ("helped but still awful") is not answered as good news', [
      ['my back went into spasm this morning', [/./]],
      ['the ibuprofen helped but it is still awful', [/./], [/Good to hear/]],
    ], 'en-US'],
    ['help said to be too little to count ("hardly helps") is not answered as good news', [
      ['my back went into spasm this morning', [/./]],
      ['the wheat bag hardly helps to be honest', [/./], [/Good to hear/]],
    ], 'en-US'],
    ['a new ache told beside the help is not passed over with good news', [
      ['my back went into spasm this morning', [/./]],
      ['my right hip aches a bit as well. the hot water bottle helps a little', [/./], [KEEP_HEAT]],
    ], 'en-US'],
    ['asking whether heat is fine, with a word of helping in the question, is still a question about heat', [
      ['my back went into spasm this morning', [/./]],
      ['is it normal that the heat helped?', [/./], [KEEP_HEAT]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await wholeBotSteps(steps, locale);
  });
});
