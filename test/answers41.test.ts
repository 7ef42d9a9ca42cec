// Answers read by what is named (answers41): more paracetamol asked after a product with paracetamol in it gets the
// "already contains" answer whichever passage the rest of the question's words match best (whenNamed in
// user-facts.yaml); "on the ice" beside a hockey bench or practice is the rink, not an ice treatment (senses.yaml);
// getting up out of a seat has its own steps, for the person or for someone they help.
// Phrasings are this suite's own (none is a passage example, none a blind round's).
import { wholeBotSteps, type Step } from './support/botHarness';

describe('answers read by what is named', () => {
  test.each<[string, Step[], string]>([
    ['a combination product, then a paracetamol brand asked with other words: no second paracetamol', [
      ['the pharmacist gave me robaxacet for this spasm', [/Robaxacet/]],
      ['could i add a tylenol too, just to get through the night?', [/Robaxacet already contains acetaminophen/]],
    ], 'en-CA'],
    ['the same product, then an anti-inflammatory: not the paracetamol answer', [
      ['the pharmacist gave me robaxacet for this spasm', [/Robaxacet/]],
      ['is an advil alongside it ok?', [/ibuprofen|Advil/i], [/^Robaxacet already contains acetaminophen, so don't take more/]],
    ], 'en-CA'],
    ['sat on a team bench on the ice: no ice bath', [
      ['my lower back is tight from sitting on the team bench on the ice all game', [/./], [/ice bath|cold plunge/]],
    ], 'en-CA'],
    ['back on the ice for practice: the sport answer', [
      ['my back went yesterday, am i ok to get back on the ice for practice this week?', [/training|sport|game/i], [/ice bath|frozen peas/]],
    ], 'en-CA'],
    ['an ice pack stays an ice pack', [
      ['should i lie on the ice pack or put it behind me at hockey practice', [/cold|ice|heat/i]],
    ], 'en-CA'],
    ['getting someone else out of a low armchair: the seat steps, not the floor', [
      ['how can i help my grandad get up from his armchair, his back has gone', [/front of the seat/], [/hands and knees/]],
    ], 'en-GB'],
    ['a bunk mattress is still about the mattress', [
      ['the mattress on my bunk at the hostel is rock hard, is that bad for my back', [/mattress/], [/the ladder/]],
    ], 'en-AU'],
  ])('%s', async (_name, steps, locale) => {
    await wholeBotSteps(steps, locale);
  });
});
