import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clauseAround, clauses, clausesKeepingBreaks, clauseWords, firstClause, sentences } from '../src/language/clauses';

// One clause splitter for every reader: punctuation always ends a clause; the
// words that also do, and "?" and ":", are each reader's choice, said in words.

describe('clauses cut at punctuation', () => {
  test('commas, semicolons, stops, exclamations, question marks and line breaks end a clause', () => {
    expect(clauses('stiff; sore!\nworse when sitting? yes, a bit.').map((c) => c.trim())).toEqual(['stiff', 'sore', 'worse when sitting', 'yes', 'a bit', '']);
  });

  test('a run of marks is one break', () => {
    expect(clauses('aching!!! since friday')).toEqual(['aching', ' since friday']);
  });

  test('a colon keeps an item with its answer unless the reader asks', () => {
    expect(clauses('tingling: none')).toEqual(['tingling: none']);
    expect(clauses('right: what next', { colonEnds: true })).toEqual(['right', ' what next']);
  });

  test('a reader may let "?" run on', () => {
    expect(clauses('honestly? what should I try')).toHaveLength(2);
    expect(clauses('honestly? what should I try', { questionMarkEnds: false })).toEqual(['honestly? what should I try']);
  });

  test('the clauses and breaks joined give the text back', () => {
    const text = 'left side only, no fever;  bladder fine.';
    const parts = clausesKeepingBreaks(text);
    expect(parts.join('')).toBe(text);
    expect(parts.filter((_, i) => i % 2 === 1)).toEqual([',', ';', '.']);
  });
});

describe('words that start a clause, from clauses.yaml', () => {
  test('the lists hold the joiners, the turns, the contrasts and the reasons', () => {
    const words = clauseWords();
    expect(words.joiners).toEqual(expect.arrayContaining(['and']));
    expect(words.turns).toEqual(expect.arrayContaining(['but']));
    expect(words.contrasts).toEqual(expect.arrayContaining(['whereas', 'though']));
    expect(words.reasons).toEqual(expect.arrayContaining(['because']));
  });

  test('each list breaks only for a reader that names it, in any case', () => {
    const text = 'it is ok But can I golf and swim';
    expect(clauses(text, { breakingWords: ['turns'] })).toEqual(['it is ok ', ' can I golf and swim']);
    expect(clauses(text, { breakingWords: ['joiners', 'turns'] })).toHaveLength(3);
    expect(clauses('delete it because I said so', { breakingWords: ['reasons'] })).toEqual(['delete it ', ' I said so']);
  });

  test('no word breaks unless the reader names a list', () => {
    expect(clauses('it twinges and then eases')).toHaveLength(1);
    expect(clauses('it twinges and then eases', { breakingWords: ['joiners', 'turns'] })).toEqual(['it twinges ', ' then eases']);
  });

  test('a joiner breaks only as a whole word', () => {
    expect(clauses('my husband butters the toast', { breakingWords: ['joiners', 'turns'] })).toHaveLength(1);
  });

  test('the contrasts break only for a reader that asks for them', () => {
    const text = 'a 3 today whereas on monday a 7';
    expect(clauses(text, { breakingWords: ['joiners', 'turns'] })).toHaveLength(1);
    expect(clauses(text, { breakingWords: ['joiners', 'turns', 'contrasts'] })).toEqual(['a 3 today ', ' on monday a 7']);
  });

  test('a file that lists something else is named in the error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clauses-'));
    writeFileSync(join(dir, 'clauses.yaml'), 'joiners: [and]\ncontrasts: [Whereas]\n');
    expect(() => clauseWords(dir)).toThrow(/clauses\.yaml: field "contrasts"/);
    const other = mkdtempSync(join(tmpdir(), 'clauses-'));
    writeFileSync(join(other, 'clauses.yaml'), 'joiners: [and]\ncontrasts: []\nlinkers: [so]\n');
    expect(() => clauseWords(other)).toThrow(/field "linkers" is unknown/);
  });
});

describe('the first clause and the clause around a span', () => {
  test('the first clause with words in it, trimmed', () => {
    expect(firstClause('nah, only the right side')).toBe('nah');
    expect(firstClause('... nope. legs are fine')).toBe('nope');
    expect(firstClause(' ,;')).toBe('');
  });

  test('the clause around a span stops at the breaks either side', () => {
    const text = 'sore since tuesday, happens every winter, not too bad';
    const at = text.indexOf('every');
    expect(clauseAround(text, at, at + 'every winter'.length)).toBe('happens every winter');
  });

  test('the clause around a score stops at a contrast when the reader asks', () => {
    const text = 'it sits at a 4 now although overnight it hit 8';
    const at = text.indexOf('8');
    expect(clauseAround(text, at, at + 1)).toBe(text);
    expect(clauseAround(text, at, at + 1, { breakingWords: ['joiners', 'turns', 'contrasts'] })).toBe('overnight it hit 8');
  });

  test('a break inside the span does not cut it', () => {
    const text = 'about 6.5, maybe';
    expect(clauseAround(text, text.indexOf('6'), text.indexOf('5') + 1)).toBe('about 6.5');
  });
});

describe('sentences', () => {
  test('cut at . ! ? ; and line breaks, not at commas; trimmed, empty ones left out', () => {
    expect(sentences('not sure about a fever, I feel fine. legs ok!\nwhat now?; ')).toEqual(['not sure about a fever, I feel fine', 'legs ok', 'what now']);
  });
});
