import { runSteps, type Step } from './support/botHarness';

// Passages people asked for that did not exist, activities named in their own words, a reworded question answered briefly then more.
describe('answers for questions that had none, and reworded follow-ups', () => {
  test.each<[string, Step[], string?]>([
    ['training named as such is the gym, in a lighter way', [
      ['hurt my back on the rowing machine yesterday, am I ok to keep training?', [/Skip heavy lifting|lighter way/], [/go running/]],
    ], 'en-GB'],
    ['a flight with "any tips" after it asks about the flight', [
      ['strained my back moving boxes, on a plane to Perth on Friday. any tips', [/aisle seat/]],
    ], 'en-AU'],
    ['a long drive gets practical tips', [
      ['the drive to my mum\'s is 4 hours, any tips', [/every hour or so/, /cushion/]],
    ], 'en-GB'],
    ['a train is travel, not training', [
      ['can i take the train to work', [/travel/], [/gym/]],
    ], 'en-AU'],
    ['getting out of the bath, told after the bath answer', [
      ['how long should i soak in the bath for', [/15 to 20 minutes/]],
      ['getting up out of the tub is the worst part, my back locks', [/^Let the water drain first/]],
    ], 'en-IE'],
    ['bath or heat pad', [
      ['would a heating pad do the same job as a bath', [/^A heating pad or wrap is heat just like a bath/, /never fall asleep/]],
    ], 'en-IE'],
    ['pain into one leg: common, and the signs that are not', [
      ['is it usual for the pain to travel down one leg', [/common with back pain/, /both legs/, /call 911/]],
    ]],
    ['a stretches question after a denial in the same sentence is still about stretches', [
      ['a bit of ache into my right thigh, no tingling at all, which stretches are ok', [/^Gentle stretches/]],
    ]],
    ["someone else's opioid", [
      ['my cousin gave me a few of her vicodin', [/prescribed for someone else/, /pharmacist can tell you what is safe/]],
    ]],
    ['a pharmacist can advise', [
      ["can the pharmacist tell me if it's ok with my other pills, or is it a doctor thing", [/^Yes: a pharmacist can check/]],
    ]],
    ['what NICE recommends', [
      ['what do the NICE guidelines recommend', [/NG59/, /paracetamol alone/]],
    ], 'en-GB'],
    ['cat-cow step by step', [
      ['can you describe the cat cow stretch in more detail', [/hands under your shoulders/]],
    ]],
    ['evidence for stretching', [
      ['do studies actually show stretching works', [/heat plus exercise/]],
    ]],
    ['the same question reworded straight after: its key line briefly, then more', [
      ['what sort of mattress is best for a bad back', [/medium-firm/]],
      ['mine is quite saggy, should i replace it', [/./], [/^On that: A medium-firm/, /A medium-firm/]],
    ], 'en-AU'],
    ['kidney disease: a medicated rub gets its warning', [
      ['I have kidney disease, what can I take for my back', [/kidney disease/]],
      ['what about a rub like bengay', [/With kidney disease, ask a pharmacist before a rub/]],
    ]],
    ['over 65 with a paracetamol product already: the NSAID warning, not only "no more paracetamol"', [
      ["I'm 77 and my back's in spasm, what can I take", [/Over 65/]],
      ['I already take Panadol Osteo for my hips, so what else could I use', [/^Panadol Osteo already contains paracetamol/, /Over 65, ask a pharmacist/]],
    ], 'en-AU'],
    ['a painkiller before a match: not to push through pain', [
      ['can i take some advil before my tennis match', [/push through sharp pain/]],
    ]],
    ['pregnant: a painkiller before a journey is the pregnancy answer', [
      ["I'm 28 weeks pregnant and my back is in spasm", [/pregnant/]],
      ['could i take something before a long car journey', [/^In pregnancy, avoid ibuprofen/]],
    ], 'en-GB'],
    ['a product in context does not answer a question about another medicine', [
      ['the doctor put me on co-codamol and valium, am i ok to drive to work', [/drowsy/]],
      ['how many valium a day can i have', [/I don't give doses|can't give doses/], [/Ibuprofen \(Nurofen\) can usually be added/]],
    ], 'en-GB'],
    ["a relative's cauda equina", [
      ['my brother had cauda equina, should I be worried', [/isn't a warning sign in you/, /both legs/]],
    ], 'en-IE'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});
