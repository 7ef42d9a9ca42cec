import { runSteps, type Step } from './support/botHarness';

// Medicine answers that must carry the person's caution or name the ingredient (issue 12,
// the medicine turns of conversation set 5). Our own phrasings, not the spent sets' turns.

describe('medicine cautions for this person and this product', () => {
  test.each<[string, Step[], string?]>([
    ['NSAIDs that do not suit the person: no "usually OK" line, gels included', [
      ["anti-inflammatories make my asthma worse, so what else is there for a back spasm?", [/Acetaminophen|paracetamol/i], [/usually OK/]],
      ['is a diclofenac gel any better?', [/avoid them all, gels included/], [/usually OK/]],
    ]],
    ['alcohol with an anti-inflammatory', [['is it ok to have some wine tonight after taking ibuprofen?', [/stomach bleeding/]]]],
    ['water is not alcohol', [['do I need to drink plenty of water when taking naproxen?', [], [/stomach bleeding|alcohol/i]]]],
    ['codeine while breastfeeding', [
      ["I'm breastfeeding at the moment", []],
      ['could I have some solpadeine?', [/don't take codeine or other opioids/]],
    ], 'en-GB'],
    ['two NSAIDs set against each other', [['which is stronger, naproxen or motrin?', [/are all NSAIDs, and none is clearly better/]]]],
    ['a product with ibuprofen and a muscle relaxant', [['what is robax platinum like for a back spasm?', [/^Robax Platinum contains ibuprofen/]]], 'en-CA'],
    ['the first painkiller answer lists who should ask first', [['which pain relief should i buy for my back?', [/over 65/]]]],
  ])('%s', async (...[, steps, locale]) => {
    await runSteps(steps, locale ?? 'en-US');
  });
});
