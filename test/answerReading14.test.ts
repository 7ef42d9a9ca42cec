import { runSteps, type Step } from './support/botHarness';

// Follow-ups read in context: a plan named in passing, a stated fact's own answer, a request for every answer's sources.
describe('follow-ups answered for this person, in context', () => {
  test.each<[string, Step[], string?]>([
    ['a remark naming a flight after another answer gets the travel answer', [
      ['heat or ice for a pulled back?', [/^Heat has the better evidence/]],
      ['flying to Spain on Friday, three hours', [/take a flight/, /walk every half hour/]],
    ], 'en-GB'],
    ['two classes of one kind asked about together are both named', [
      ['which stretches are good for a stiff lower back?', [/./]],
      ['are pilates and yoga alright for now?', [/yoga or pilates|pilates or yoga/]],
    ], 'en-GB'],
    ['a massage for sportspeople is a massage question, not a sport one', [
      ['can I play tennis this week?', [/gradually/]],
      ['and a sports massage, worth it?', [/massage/], [/play sports/]],
    ], 'en-GB'],
    ['asthma mentioned after a painkiller answer gets the asthma answer, not the same text again', [
      ['can I take ibuprofen and paracetamol at the same time?', [/together|alternate/]],
      ['oh and I am asthmatic', [/asthma/i]],
    ], 'en-GB'],
    ['"where is all of that from" lists the sources of every answer so far', [
      ['heat or ice for a pulled back?', [/^Heat has the better evidence/]],
      ['should I stay off work?', [/work/]],
      ['where is all of that from?', [/comes from these/, /NICE/, /Cochrane/]],
    ], 'en-GB'],
    ['a conditional about the coming days is a question about not improving', [
      ['how long does a spasm usually last?', [/few weeks/]],
      ['what if it is still sore by monday', [/See a GP or physio/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});
