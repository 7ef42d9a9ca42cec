import { runSteps, type Step } from './support/botHarness';

// How long it has lasted, told with a question: the answer says what that changes (a routine visit after a few weeks
// without improvement), once, after any safety warning, and not on answers that already say when to see someone.
describe('how long it has lasted, told with a question', () => {
  test.each<[string, Step[], string?]>([
    ['weeks, with a heat question: the routine visit, then the heat answer', [
      ['my back has been bad for 4 weeks now, would a hot water bottle help?', [/routine visit/, /heat|hot water/i]],
    ], 'en-GB'],
    ['weeks in words, with a painkiller question', [
      ["lower back's been sore for five weeks and it's no better. anything I can take?", [/routine visit/, /ibuprofen|paracetamol/i]],
    ], 'en-GB'],
    ['said once: the next question does not get it again', [
      ['a few weeks now my back has been playing up, are stretches a good idea?', [/routine visit/]],
      ['and is walking ok?', [/./], [/routine visit/]],
    ], 'en-US'],
    ['two weeks is the usual course: no visit', [
      ['had this for 2 weeks, is heat or ice better?', [/heat/i], [/routine visit/]],
    ], 'en-US'],
    ['months, with a question about exercise', [
      ['my back has been stiff for months now, can I still go for runs?', [/lasted months/, /routine visit/, /30 minutes/]],
    ], 'en-US'],
    ['since a season, told alone: the routine visit and the morning stiffness to mention', [
      ['my back has been stiff every morning since the summer, it loosens up once I get going', [/routine visit/, /30 minutes/]],
    ], 'en-GB'],
    ['since last year, with a question', [['sore back since last year, is swimming ok?', [/lasted months/, /swim/i]]], 'en-GB'],
    ['after a blood thinner warning, never in place of it', [
      ['I take rivaroxaban and my back has hurt for 3 weeks now, which painkiller?', [/blood thinner/, /routine visit/]],
    ], 'en-GB'],
    ['told with facts only: the weeks are not left out for the limit of notes', [
      ['put my back out 6 weeks ago. I am 70 and on warfarin.', [/blood thinner/, /routine visit/]],
    ], 'en-GB'],
    ['asked how long it lasts: that answer says it already, no lead', [
      ['been 3 weeks now, how long do these usually last?', [/./], [/As it has been a few weeks/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

// A care or manual job, with a work question: the heavy-job answer (lighter duties, help with loads), not the general one.
describe('a job that lifts people or loads', () => {
  test.each<[string, Step[], string?]>([
    ['a nurse asking whether to go in', [['I am a nurse and my back has seized up, should I go to work tomorrow?', [/lighter duties at first/]]], 'en-GB'],
    ['lifting patients in a care home', [['I work in a care home, lifting patients all day. should I go to work?', [/lighter duties at first/]]], 'en-GB'],
    ['a warehouse job, asking about time off, then what lighter duties are', [
      ['I work in a warehouse. do I need time off work with my back like this?', [/lighter duties at first/]],
      ['what counts as light duties then', [/trolley|splitting loads/]],
    ], 'en-US'],
    ['a desk job keeps the desk answer', [['I sit at a desk all day, can I still work with a back spasm?', [/desk/], [/lighter duties at first/]]], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});
