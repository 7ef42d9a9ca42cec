import { wholeBotSteps, type Step } from './support/botHarness';

// What the person says is heard for what it is: a website that told them something is their story, not a request
// for sources; a drive named by where it goes ("an airport run") is a drive, not a jog; a question about what the
// chat keeps, what the bot is, or its own pastimes is answered about the bot, never with a refusal or back advice; a
// plan told with no "I" is still a plan asked about; "X neither" after the not-helping answer says X is not helping.
const REFUSED = /not something I can help with/i;
const ABOUT_BOT = /automated assistant|only a program/i;

describe('asks heard as asked (mend 49a)', () => {
  test.each<[string, Step[], string]>([
    ['a website that said to use heat, and it did nothing: what to do next, not a sources prompt', [
      ['used the heat pad like the website said, did nothing for me', [/stretch|moving|movement/i], [/ask me a question first/i]],
    ], 'en-US'],
    ['a drive named by where it goes is a drive', [
      ['is a heat pack good for a back spasm', [/heat/i]],
      ['got a long airport run tomorrow, two hours there and back', [/drive|driving/i], [/go running|run, twist and bend/i]],
    ], 'en-GB'],
    ['what the app keeps, asked with no one named', [
      ['does the app keep anything I put in here?', [/delete my data/i], [REFUSED]],
    ], 'en-AU'],
    ['what the bot is, asked in second-language word order', [
      ['my back hurts since the weekend', [/./]],
      ['what you are? a doctor?', [/automated assistant/i], [/topics i know about/i]],
    ], 'en-GB'],
    ['its own games asked about: a light reply, not painkillers', [
      ['which stretches help a stiff lower back', [/stretch/i]],
      ['haha do you play games at all', [ABOUT_BOT], [/ibuprofen|painkiller/i]],
    ], 'en-US'],
    ['a flight told with the "I" left out, then asked about: the travel answer, not a refusal', [
      ['Have a flight home to Perth Sunday morning, is that ok?', [/aisle|travel/i], [REFUSED]],
    ], 'en-AU'],
    ['"the cold pack neither" after the answer for heat not helping: not the cold pack how-to', [
      ['the heat pack did nothing at all', [/stretch/i]],
      ['the cold pack neither', [/get seen|physical therapist|doctor/i], [/frozen peas/i]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale) => {
    await wholeBotSteps(steps, locale);
  });
});
