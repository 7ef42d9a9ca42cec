import { wholeBotSteps, type Step } from './support/botHarness';

// What the person tells is read for what it means for their safety: a codeine product told after another answer gets
// its own drowsiness warning, a spoken filler before a question about the warning signs leaves it a question, and a
// report from partway through the get-up steps gets those steps, not the "now you're up" advice.
const CODEINE_WARNING = /codeine/i;
const NO_DRIVING = /don't drive/i;
const WARNING_SIGNS = /numbness between your legs|numbness around/i;
const REFUSED = /not something I can help with/i;

describe('safety reads (mend 49a)', () => {
  test.each<[string, Step[], string]>([
    ['a codeine product told after the blood pressure answer gets its drowsiness warning', [
      ['I drive a cab for a living and my lower back went yesterday', [/./]],
      ['I take amlodipine for my blood pressure', [/blood pressure/i]],
      ['the chemist gave me some co-codamol', [CODEINE_WARNING, NO_DRIVING], [/does little for back pain on its own/i]],
    ], 'en-GB'],
    ['a codeine product told after the painkiller answer with ramipril gets its warning too', [
      ['im on ramipril, which painkiller is ok for my back', [/pharmacist/i]],
      ['my GP has put me on co-codamol', [CODEINE_WARNING, NO_DRIVING]],
    ], 'en-GB'],
    ['"like" before a question about the warning signs: the signs, not a refusal', [
      ['my back has been sore since I helped a mate move house', [/./]],
      ['like what are the signs of that', [WARNING_SIGNS], [REFUSED, /what a back spasm is|back muscles suddenly tighten/i]],
    ], 'en-IE'],
    ['"um" before a question about the warning signs: the signs', [
      ['my back has been sore since I helped a mate move house', [/./]],
      ['um what are the signs', [WARNING_SIGNS], [REFUSED]],
    ], 'en-IE'],
    // Merged with mend49b, which answers a person on all fours with the next step from there ("crawl to the chair
    // ..."): either that or the steps again fits; never "well done" and walking.
    ['partway up after the floor steps, with the chair out of reach: the way on from there, slowly', [
      ['my back locked and I am lying on the hallway floor, I cannot get up', [/hands and knees/i]],
      ['right, I am on my knees now but the chair is a long way from me', [/crawl/i, /rest between|rest on all fours/i], [/well done/i, /walk/i]],
    ], 'en-CA'],
  ])('%s', async (_name, steps, locale) => {
    await wholeBotSteps(steps, locale);
  });
});
