// The language layer: see language.ts.
export { LANGUAGE_DIR, Language } from './language';
export { PUNCTUATION, SENTENCE_END, foldCharacters, foldText, letterRuns, plainWords, rawTokens, wordsInText } from './tokenizer';
export { CLAUSE_LISTS, type ClauseList, type ClauseOptions, clauseAround, clauses, clausesKeepingBreaks, firstClause, sentences } from './clauses';
export { TypoCorrector, type TypoOptions, type WordCorrector } from './typoCorrector';
export { TYPO_SETTINGS } from './typoSettings';
export { WORD_LIST_FILES, type WordLists, readWordLists } from './wordLists';
export { expandContraction } from './contractions';
export { Dictionary } from './dictionary';
export { NUMBER_SLOT, findFrame, findPhrase, phraseAt, phraseWords } from './phrases';
export { isJoiner, isWholeNumber } from './wordClasses';
export { stemOf } from './stems';
export { forbiddingWords, functionWords } from './functionWords';
