import { runSteps, type Step } from './support/botHarness';

// Follow-ups that say a medicine failed, facts that filter what follows, plans put off under "today", events one sits through.
describe('answers that fit what the person said before', () => {
  test.each<[string, Step[], string?]>([
    ['a medicine said not to work gets what to do instead, not that medicine again', [
      ['I had a stomach ulcer years back, which painkiller is ok for my back?', [/./]],
      ['the paracetamol is barely making a difference', [/don't take more than the label says/, /Heat and gentle movement/], [/usually the (painkiller|one) to try/]],
    ], 'en-GB'],
    ['in case it fails, asked ahead, with blood pressure tablets', [
      ['my back locked up and I take tablets for my blood pressure, what can I use?', [/./]],
      ['and if the acetaminophen does nothing for it?', [/don't take more than the label says/], [/the one to try/]],
    ], 'en-CA'],
    ['a medicine taken all day with no relief, said as a statement', [
      ['my back is in spasm, any tips for working from home?', [/./]],
      ['been taking crocin since breakfast but hardly any relief', [/don't take more than the label says/], [/keep that in mind/]],
    ], 'en-IN'],
    ["after Raynaud's, the rest of the ice-or-heat answer leaves out cold", [
      ['should I use ice or heat on my back?', [/Heat/]],
      ["I should mention I've got Raynaud's", [/avoid ice/]],
      ['tell me more', [/./], [/[Cc]old can numb/, /whichever feels better/]],
    ], 'en-AU'],
    ['how hot a heat pack should be', [
      ['what temperature is right for a heat pad on my back?', [/^Comfortably warm/]],
    ], 'en-GB'],
    ['a story then "what can I take": the painkiller answer, for the person', [
      ["hauling the groceries has set my back off again, I'm nursing my baby, what can I take", [/usually fine while breastfeeding/]],
    ]],
    ['a physical job: staying home gets the heavy-job answer, not desk tips', [
      ["I'm a roofer and my back has gone", [/keep moving gently/]],
      ['should I stay home and sit on the couch then?', [/heavy job/], [/at a desk/]],
    ], 'en-AU'],
    ['sitting an exam is planned for', [
      ['how long will this spasm take to settle?', [/./]],
      ['i have an exam on wednesday morning, two and a half hours', [/sit through a long exam/, /stand or stretch/]],
    ], 'en-IE'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });

  test('being driven tomorrow under "get seen today" is not called a good plan', async () => {
    await runSteps([
      ['I have osteoporosis and bending to tie my shoe gave me a sudden sharp back pain', [/today/]],
      ['my neighbour could give me a lift on Thursday', [/don't leave it until then/], [/good plan/]],
    ], 'en-GB');
  });
});
