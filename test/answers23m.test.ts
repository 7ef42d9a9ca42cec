import { runSteps, type Step } from './support/botHarness';

// The person's medicines and facts steer safety answers; the answer a follow-up is about is read against what they said.
describe('answers that weigh what the person takes and where they are', () => {
  test.each<[string, Step[], string?]>([
    ['a drink while on a muscle relaxant: no, it adds to the drowsiness', [
      ['my doctor prescribed me valium for the spasm', [/./]],
      ['would a glass of wine this evening be ok', [/Don't drink alcohol/, /drowsiness/], [/usually OK with/]],
    ], 'en-US'],
    ['a drink while on an opioid', [
      ['back went yesterday, im on tramadol from the gp', [/./]],
      ['fine to have a couple of beers?', [/Don't drink alcohol/], [/usually OK with/]],
    ], 'en-GB'],
    ['a drink with ibuprofen only keeps the general answer', [
      ['can I have a beer with ibuprofen', [/A drink or two is usually OK/]],
    ], 'en-GB'],
    ['asthma and breastfeeding: the asthma caution comes first', [
      ['back spasm after lifting the pram, still breastfeeding and I have asthma', [/^With asthma/]],
    ], 'en-US'],
    ['a stretch that made it worse: stop it, something gentler', [
      ['what stretches help a back spasm', [/stretches/]],
      ['tried the cat cow thing and now its way sorer', [/Stop that stretch/, /gentler/]],
    ], 'en-CA'],
    ['who to call while abroad', [
      ["we're off to portugal next week with my bad back. who do i phone there if it goes bad", [/112/, /travel insurance/]],
    ], 'en-GB'],
    ['could it be the heart: reassurance and the heart warning signs', [
      ['back spasm since moving boxes on sunday', [/./]],
      ['my husband reckons this is my heart, should i worry', [/more likely your back/, /Call 000 now/, /chest pain/]],
    ], 'en-AU'],
    ['a question in a later sentence of a story is answered', [
      ['put my back out on Monday. We have a long flight on Thursday. will the seat on the plane make it worse', [/aisle seat/]],
    ], 'en-GB'],
    ['a painkiller that keeps them alert before a shift', [
      ['whats good to take before my shift, i do not want to be sleepy', [/don't make you drowsy/]],
    ], 'en-AU'],
    ['"what is safe for me" after naming conditions and medicines is the painkiller question, for them', [
      ['I take ramipril for my pressure and my back went today weeding. what is safe for me?', [/high blood pressure/], [/Do you mean/]],
    ], 'en-AU'],
    ['cardio after a gym answer is about exercise, not work', [
      ['hurt my back squatting at the gym', [/./]],
      ['can I keep up my cardio then', [/Gentle activity/], [/lighter duties/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});
