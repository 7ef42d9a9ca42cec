import type { WordsOf } from './answerText';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Intent } from '../nlu/intents';
import { readConcepts, type TextNormalizer } from '../nlu/textNormalizer';
import { ConceptLexicon } from '../nlu/conceptLexicon';
import { answerWords } from './answerText';
import { AnswerComposer } from './answerComposer';
import { AnswerPlanner } from './answerPlanner';
import { AnswerWording, loadAnswerWording } from './answerWording';
import { QuestionFocus } from './questionFocus';
import { NamedSubjects } from './namedSubject';
import { AskFocus } from './askFocus';
import { KnowledgeBase, KnowledgeValidationError } from './knowledgeBase';
import { LocaleWords } from './localeWords';
import { FactConcerns } from './factConcerns';
import { PassageLibrary, loadReferences } from './passages';
import { PassageMatcher } from './passageMatcher';
import type { SpanScopeOf } from '../language/spanScope';
import { UserFactReader } from './userFacts';
import { withoutDenied } from './deniedWords';
import { MedicineQuestionKinds } from './medicineQuestions';
import { EverydayActivities } from './everydayActivities';
import { Circumstances, readCircumstances } from './circumstances';
import { MedicineBrands } from './medicineBrands';

/** Everything topic answers need, loaded from knowledge/ and cross-checked at start-up. */
export interface Answers {
  library: PassageLibrary;
  planner: AnswerPlanner;
  composer: AnswerComposer;
  wording: AnswerWording;
  localeWords: LocaleWords;
  facts: UserFactReader;
  /** Everyday activities: the one a message plans ahead ("bowls on Saturday") is asked about, in effect. */
  activities: EverydayActivities;
  /** The normalised words of a text, as the answers read them. */
  words: WordsOf;
  /** Limits the person told (knowledge/circumstances.yaml), applied to each answer's passage. */
  circumstances: Circumstances;
  /** Symptoms that mean something else given a fact told (knowledge/fact-concerns.yaml): where to turn now. */
  concerns: FactConcerns;
}

/** Loads knowledge/passages (facts are read in `factScope`: negation, other people), sources, words by locale, answer wording and user facts; a bad file names the file and the field. */
export function loadAnswers(knowledgeDir: string, knowledge: KnowledgeBase, normalizer: TextNormalizer, factScope: SpanScopeOf, wordScope?: SpanScopeOf): Answers {
  const words = answerWords(normalizer);
  const localeWords = LocaleWords.fromFile(join(knowledgeDir, 'words-by-locale.yaml'));
  const references = loadReferences(join(knowledgeDir, 'sources.yaml'));
  const library = PassageLibrary.fromDirectory(join(knowledgeDir, 'passages'), {
    topics: new Set(knowledge.entries.map((e) => e.id)),
    references,
    placeholders: new Set([...localeWords.names, 'emergency']),
  });
  const factsFile = join(knowledgeDir, 'user-facts.yaml');
  // Read once: the limits told are facts kept in state (the fact reader) and change answers (Circumstances).
  const circumstanceEntries = readCircumstances(knowledgeDir);
  const facts = UserFactReader.fromFile(factsFile, words, factScope, circumstanceEntries, normalizer.language.lists.dictionary);
  for (const name of facts.productPlaceholders) {
    if (!localeWords.names.includes(name)) throw new KnowledgeValidationError(factsFile, 'nameAs', `{${name}} needs a default in words-by-locale.yaml`);
  }
  for (const id of facts.referencedPassages) {
    if (!library.get(id)) throw new KnowledgeValidationError(factsFile, 'redirects', `names unknown passage "${id}"`);
  }
  for (const id of facts.leadPlaces) {
    if (!library.get(id) && !knowledge.entries.some((e) => e.id === id)) throw new KnowledgeValidationError(factsFile, 'leadingOn', `names unknown topic or passage "${id}"`);
  }
  const wording = loadAnswerWording(join(knowledgeDir, 'answers.yaml'));
  if (wording.firstSteps !== undefined && !library.get(wording.firstSteps)) {
    throw new KnowledgeValidationError(join(knowledgeDir, 'answers.yaml'), 'firstSteps', `names unknown passage "${wording.firstSteps}"`);
  }
  const topicIntents = new Map<string, readonly Intent[]>(knowledge.entries.map((e) => [e.id, e.intents]));
  const topicOf = (intent: Intent) => knowledge.entries.find((e) => e.intents.includes(intent as never))?.id;
  const followUps = new Map(knowledge.entries.map((e) => [e.id, e.followUps.map(topicOf).filter((t): t is string => Boolean(t))]));
  // Synonyms from the concept lexicon, medicine names by class ("aleve" is an NSAID, "hydrocodone" an opioid)
  // and the user-fact vocabulary ("eliquis" names a blood thinner) are extra terms.
  const medicines = new ConceptLexicon(readConcepts(join(knowledgeDir, 'medicine-classes.yaml')), words);
  const questionKinds = MedicineQuestionKinds.fromFile(join(knowledgeDir, 'medicine-contents.yaml'), words);
  for (const id of Object.values(questionKinds.passages)) {
    if (!library.get(id)) throw new KnowledgeValidationError(join(knowledgeDir, 'medicine-contents.yaml'), 'kindPassages', `names unknown passage "${id}"`);
  }
  const matcher = new PassageMatcher(library.passages, words, (w) => {
    const classes = medicines.match(w);
    const all = [...classes, ...questionKinds.productClasses(w).map((c) => `#${c}`)];
    return [...normalizer.concepts.match(w), ...all.map((c) => `${c}_class`), ...facts.named(w), ...questionKinds.terms(w, classes)];
  }, withoutToldNumbers(facts, numbersIn(library, words), wordScope ? withoutDenied(wordScope, new Set(wording.questionWords.flatMap((w) => words(w)))) : (t) => t));
  const activities = EverydayActivities.fromFile(join(knowledgeDir, 'everyday-activities.yaml'), words, references, new Set([...localeWords.names, 'emergency']), (id) => library.get(id)?.topic);
  for (const id of activities.referencedPassages) {
    if (!library.get(id)) throw new KnowledgeValidationError(join(knowledgeDir, 'everyday-activities.yaml'), 'groups.passages', `names unknown passage "${id}"`);
  }
  const focusFile = join(knowledgeDir, 'language', 'question-focus.yaml');
  const focus = existsSync(focusFile) ? QuestionFocus.fromFile(focusFile, words) : undefined;
  const subjectFile = join(knowledgeDir, 'language', 'named-subject.yaml');
  const subjects = existsSync(subjectFile) ? NamedSubjects.fromFile(subjectFile, words) : undefined;
  const askFocus = existsSync(subjectFile) ? AskFocus.fromFile(subjectFile, words) : undefined;
  const circumstances = Circumstances.fromEntries(circumstanceEntries, knowledgeDir, words, (id) => Boolean(library.get(id)));
  const brandsFile = join(knowledgeDir, 'medicine-brands.yaml');
  const brands = existsSync(brandsFile) ? MedicineBrands.fromFile(brandsFile) : undefined;
  for (const id of brands?.topicIds ?? []) {
    if (!knowledge.entries.some((e) => e.id === id)) throw new KnowledgeValidationError(brandsFile, 'topics', `names unknown topic "${id}"`);
  }
  const planner = new AnswerPlanner({ circumstances, ...(focus ? { focus } : {}), ...(subjects ? { subjects } : {}), ...(askFocus ? { askFocus } : {}), ...(brands ? { brands } : {}), activities, library, matcher, facts, wording, words, topicIntents, followUps, medicineClasses: (w) => [...medicines.match(w).map((c) => c.replace(/^#/, '')), ...questionKinds.productClasses(w)],
    questionKind: (w) => questionKinds.kindPassage(w, medicines.match(w)),
    drowsyAlcohol: { from: questionKinds.passages.alcohol, to: questionKinds.passages.alcoholDrowsy, marks: questionKinds.drowsyMarks, otherDrinkOnly: (w) => questionKinds.otherDrinkOnly(w) },
    asksOfMedicine: (w, after) => medicines.match(w).length > 0 || questionKinds.asksOfMedicine(w, after),
    namedProduct: (w) => questionKinds.namedProduct(w),
    productWarnTags: (p) => questionKinds.warnTags(p),
  });
  const concerns = FactConcerns.fromFile(join(knowledgeDir, 'fact-concerns.yaml'), words, new Set([...localeWords.names, 'emergency']), new Set(references.keys()));
  for (const id of concerns.passages) if (!library.get(id)) throw new KnowledgeValidationError(join(knowledgeDir, 'fact-concerns.yaml'), 'passage', `names unknown passage "${id}"`);
  return { library, planner, composer: new AnswerComposer(wording), wording, localeWords, facts, activities, words, circumstances, concerns };
}

/** The numbers the passages' questions and examples use ("ice for 72 hours?"). */
function numbersIn(library: PassageLibrary, words: WordsOf): Set<string> {
  return new Set(library.passages.flatMap((p) => [p.question, ...p.examples].flatMap((e) => words(e))).filter((w) => /^\d+$/.test(w)));
}

/**
 * A message as it asks, without the numbers it tells as facts that the examples use as measures ("ice or heat? I'm 72":
 * an age, not the 72 hours of the ice-first advice). Other told numbers stay: a word no example has is no match either.
 */
function withoutToldNumbers(facts: UserFactReader, measures: ReadonlySet<string>, asked: (text: string) => string): (text: string) => string {
  return (text) => {
    const told = facts.toldNumbers(text).filter((n) => measures.has(n));
    const out = asked(text);
    return told.length ? out.replace(new RegExp(`\\b(?:${told.join('|')})\\b`, 'g'), ' ') : out;
  };
}
