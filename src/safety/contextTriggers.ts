/**
 * context.yaml compiled for the red-flag detector: the NegEx/ConText triggers as
 * one phrase set (and their types), the word lists the scope rules read (contextScope.ts), and
 * the pronouns read as the body part before them ("my legs ..., they keep
 * buckling"). Kept apart from redFlagDetector.ts, which reads the lexicon's
 * findings against these.
 */
import { Language, SENTENCE_END } from '../language';
import type { TokenPatternCompiler } from '../language/patterns';
import { PhraseSet } from './phraseSet';
import type { ContextDef, SetAsideScope } from './contextData';
import type { SignQuestionWords } from './signQuestions';

/** The scope categories of ConText (a finding they govern is not the writer's current symptom). */
export type Category = 'negation' | 'hypothetical' | 'experiencer' | 'historical' | 'speculation';
export type Structural = 'pseudo' | 'termination' | 'open' | 'close' | 'resolved' | 'continuation' | 'asking' | 'selfDenial' | 'anchor' | 'anchorBack' | 'present' | 'selfContrast' | 'selfTurn' | 'wholeDenial' | 'listDenial' | 'backDenial' | 'suppose' | 'supposeOpen' | 'disclaim' | 'fear' | 'supposeWhole' | 'resolvedNow' | 'resolvedSign' | 'test' | 'testResult' | 'figure' | 'figureAfter' | 'figureWhole' | 'figureCause' | 'askedApart' | 'storyFrame' | 'able';
export type Trigger = { cat: Category | Structural; dir: 'pre' | 'post' | 'around' | 'any' };
const STRUCTURAL = new Set<string>(['pseudo', 'termination', 'open', 'close', 'resolved', 'continuation', 'asking', 'selfDenial', 'anchor', 'anchorBack', 'present', 'selfContrast', 'selfTurn', 'wholeDenial', 'listDenial', 'backDenial', 'suppose', 'supposeOpen', 'disclaim', 'fear', 'supposeWhole', 'resolvedNow', 'resolvedSign', 'test', 'testResult', 'figure', 'figureAfter', 'figureWhole', 'figureCause', 'askedApart', 'storyFrame', 'able']);
export const isStructural = (cat: Trigger['cat']): cat is Structural => STRUCTURAL.has(cat);

/** context.yaml's word lists as the scope rules read them (contextScope.ts). */
export interface ScopeWords {
  clauseStart: Set<string>;
  conjunctions: Set<string>;
  firstPerson: Set<string>;
  /** context.yaml generalQuestion.pointsBack: the writer's words after a dash that take up what came before it. */
  pointsBack: Set<string>;
  /** context.yaml deniedNow: a denial in a clause with one of these is of the sign now. */
  deniedNow: Set<string>;
  /** context.yaml relativeDenial: a whole denial with one of these ("fine otherwise") keeps what was told before it. */
  relativeDenial: Set<string>;
  /** context.yaml headingEnds: the word before a colon that opens a checklist of denied signs. */
  headingEnds: Set<string>;
  /** context.yaml contrastAfter: "no fever, numb groin though": the denial stops at the comma. */
  contrastAfter: Set<string>;
  relativeAfter: Set<string>;
  selfObject: Set<string>;
  newSubject: Set<string>;
  subordinators: Set<string>;
  notNewSubjectAfter: Set<string>;
  future: Set<string>;
  windows: { preNegation: number; postNegation: number };
  backDenial: { window: number; subjects: Set<string>; notAfter: Set<string>; notSubjects: Set<string>; likeness: Set<string>; wholeSubjects: Set<string>; besidesAfter: Set<string>; backOnly: Set<string>; causeWords: Set<string> };
  signQuestion: SignQuestionWords;
  /** Most words between a self-test and its normal result (context.yaml `selfTest`). */
  testWindow: number;
}

export interface CompiledContext {
  triggers: PhraseSet<Trigger>;
  words: ScopeWords;
  anaphora: Anaphora;
  /** answerWords as token lists, longest first (written normalised: "i do not have any"). */
  answers: string[][];
  /** context.yaml `normalTemperatures`: readings below a fever, [from, below). */
  normalTemperatures: ReadonlyArray<readonly [number, number]>;
  /** context.yaml `setAside`: the scopes whose dropped findings bar the learned stage from the same flag. */
  setAsideScopes: ReadonlySet<SetAsideScope>;
}

/** Builds the triggers and word lists of context.yaml; throws DataError naming the file and field on a bad pattern. */
export function compileContext(ctx: ContextDef, compiler: TokenPatternCompiler, language: Language, ctxFile: string, termFile: string): CompiledContext {
  const triggers = new PhraseSet<Trigger>(compiler, termFile);
  const addAll = (list: string[], trig: Trigger, field: string) => list.forEach((p, i) => triggers.add(p, trig, ctxFile, `${field}[${i}]`));
  addAll(ctx.pseudo, { cat: 'pseudo', dir: 'any' }, 'pseudo');
  addAll(ctx.termination, { cat: 'termination', dir: 'any' }, 'termination');
  addAll(ctx.resolved, { cat: 'resolved', dir: 'post' }, 'resolved');
  addAll(ctx.resolvedNow, { cat: 'resolved', dir: 'post' }, 'resolvedNow');
  addAll(ctx.resolvedNow, { cat: 'resolvedNow', dir: 'post' }, 'resolvedNow');
  addAll(ctx.resolvedSign, { cat: 'resolvedSign', dir: 'post' }, 'resolvedSign');
  addAll(ctx.conditional.open, { cat: 'open', dir: 'any' }, 'conditional.open');
  addAll(ctx.conditional.supposeOpen, { cat: 'supposeOpen', dir: 'any' }, 'conditional.supposeOpen');
  addAll(ctx.conditional.close, { cat: 'close', dir: 'any' }, 'conditional.close');
  addAll(ctx.conditional.suppose, { cat: 'suppose', dir: 'any' }, 'conditional.suppose');
  addAll(ctx.conditional.disclaim, { cat: 'disclaim', dir: 'any' }, 'conditional.disclaim');
  addAll(ctx.conditional.fear, { cat: 'fear', dir: 'any' }, 'conditional.fear');
  addAll(ctx.conditional.supposeWhole, { cat: 'supposeWhole', dir: 'any' }, 'conditional.supposeWhole');
  addAll(ctx.continuation, { cat: 'continuation', dir: 'any' }, 'continuation');
  addAll(ctx.generalQuestion.asking, { cat: 'asking', dir: 'any' }, 'generalQuestion.asking');
  addAll(ctx.generalQuestion.selfDenial, { cat: 'selfDenial', dir: 'any' }, 'generalQuestion.selfDenial');
  addAll(ctx.pastAnchors, { cat: 'anchor', dir: 'any' }, 'pastAnchors');
  addAll(ctx.laterAnchors, { cat: 'anchorBack', dir: 'any' }, 'laterAnchors');
  addAll(ctx.present, { cat: 'present', dir: 'any' }, 'present');
  addAll(ctx.selfContrast, { cat: 'selfContrast', dir: 'any' }, 'selfContrast');
  addAll(ctx.selfTurn, { cat: 'selfTurn', dir: 'any' }, 'selfTurn');
  addAll(ctx.wholeDenial, { cat: 'wholeDenial', dir: 'any' }, 'wholeDenial');
  addAll(ctx.listDenial, { cat: 'listDenial', dir: 'any' }, 'listDenial');
  addAll(ctx.backDenial.predicates, { cat: 'backDenial', dir: 'post' }, 'backDenial.predicates');
  addAll(ctx.figure, { cat: 'figure', dir: 'post' }, 'figure');
  // A near miss reaches back as a figure of speech does: what it follows did not happen as told.
  addAll(ctx.averted, { cat: 'figure', dir: 'post' }, 'averted');
  addAll(ctx.figureAfter, { cat: 'figureAfter', dir: 'post' }, 'figureAfter');
  addAll(ctx.figureWhole, { cat: 'figureWhole', dir: 'any' }, 'figureWhole');
  addAll(ctx.figureCause, { cat: 'figureCause', dir: 'any' }, 'figureCause');
  addAll(ctx.askedApart, { cat: 'askedApart', dir: 'around' }, 'askedApart');
  addAll(ctx.storyFrame, { cat: 'storyFrame', dir: 'any' }, 'storyFrame');
  addAll(ctx.able, { cat: 'able', dir: 'any' }, 'able');
  addAll(ctx.selfTest.tests, { cat: 'test', dir: 'any' }, 'selfTest.tests');
  addAll(ctx.selfTest.results, { cat: 'testResult', dir: 'any' }, 'selfTest.results');
  for (const cat of ['negation', 'hypothetical', 'experiencer', 'historical', 'speculation'] as const) {
    addAll(ctx[cat].pre, { cat, dir: 'pre' }, `${cat}.pre`);
    addAll(ctx[cat].post, { cat, dir: 'post' }, `${cat}.post`);
    addAll(ctx[cat].around, { cat, dir: 'around' }, `${cat}.around`);
  }
  const words = (l: string[]) => new Set(l.flatMap((w) => language.tokens(w)));
  // Phrases as the language layer writes them ("what's" -> what is), matched token for token.
  const phrases = (l: string[]) => l.map((p) => language.tokens(p)).filter((p) => p.length > 0);
  return {
    triggers,
    answers: ctx.answerWords.map((a) => a.trim().split(/\s+/)).sort((a, b) => b.length - a.length),
    normalTemperatures: ctx.normalTemperatures,
    setAsideScopes: new Set(ctx.setAside),
    anaphora: new Anaphora(
      ctx.anaphora.window,
      words(ctx.anaphora.possessive),
      new Map(Object.entries(ctx.anaphora.pronouns).map(([p, l]) => [p, words(l)])),
    ),
    words: {
      clauseStart: words(ctx.clauseStart),
      conjunctions: words(ctx.clauseConjunctions),
      firstPerson: words(ctx.firstPerson),
      pointsBack: words(ctx.generalQuestion.pointsBack),
      deniedNow: words(ctx.deniedNow),
      relativeDenial: words(ctx.relativeDenial),
      headingEnds: words(ctx.headingEnds),
      contrastAfter: words(ctx.contrastAfter),
      relativeAfter: words(ctx.relativeAfter),
      selfObject: words(ctx.selfObject),
      newSubject: words(ctx.conditional.newSubject),
      subordinators: words(ctx.conditional.subordinators),
      notNewSubjectAfter: words(ctx.conditional.notNewSubjectAfter),
      future: words(ctx.conditional.future),
      windows: ctx.windows,
      backDenial: { window: ctx.backDenial.window, subjects: words(ctx.backDenial.subjects), notAfter: words(ctx.backDenial.notAfter), notSubjects: words(ctx.backDenial.notSubjects), likeness: words(ctx.backDenial.likeness), wholeSubjects: words(ctx.backDenial.wholeSubjects), besidesAfter: words(ctx.backDenial.besidesAfter), backOnly: words(ctx.backDenial.backOnly), causeWords: words(ctx.backDenial.causeWords) },
      signQuestion: {
        lead: words(ctx.signQuestion.lead),
        openers: words(ctx.signQuestion.openers),
        pointers: words(ctx.signQuestion.pointers),
        notWith: words(ctx.signQuestion.notWith),
        claims: words(ctx.signQuestion.claims),
        reach: ctx.signQuestion.reach,
        terms: {
          names: phrases(ctx.signQuestion.terms.names),
          cues: phrases(ctx.signQuestion.terms.cues),
          notAfterCue: words(ctx.signQuestion.terms.notAfterCue),
          notWith: words(ctx.signQuestion.terms.notWith),
          linkWords: words(ctx.signQuestion.terms.linkWords),
          signWords: words(ctx.signQuestion.terms.signWords),
          askFillers: words(ctx.signQuestion.terms.askFillers),
        },
      },
      testWindow: ctx.selfTest.window,
    },
  };
}

/**
 * "my legs are the worry, they keep buckling": a pronoun (context.yaml
 * `anaphora`) right after "my <body part>" in the same sentence is read as
 * that body part, one token for one, so that the pattern for "legs keep
 * buckling" applies. Only the user's own body part ("my legs") is an antecedent.
 */
export class Anaphora {
  constructor(
    private readonly window: number,
    private readonly possessive: ReadonlySet<string>,
    private readonly pronouns: ReadonlyMap<string, ReadonlySet<string>>,
  ) {}

  /** Rewrites `tokens` in place and returns it. */
  resolve(tokens: string[]): string[] {
    const { window, possessive, pronouns } = this;
    for (let i = 1; i < tokens.length; i++) {
      const nouns = pronouns.get(tokens[i]!);
      if (!nouns) continue;
      for (let j = i - 1; j >= 1 && i - j <= window && !SENTENCE_END.has(tokens[j]!); j--) {
        if (nouns.has(tokens[j]!) && possessive.has(tokens[j - 1]!)) {
          tokens[i] = tokens[j]!;
          break;
        }
      }
    }
    return tokens;
  }
}
