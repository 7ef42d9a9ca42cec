/**
 * context.yaml compiled for the red-flag detector: the NegEx/ConText triggers as
 * one phrase set (and their types; which list is which trigger is data, context-triggers.yaml), the word lists the scope rules read (contextScope.ts), and
 * the pronouns read as the body part before them ("my legs ..., they keep
 * buckling"). Kept apart from redFlagDetector.ts, which reads the lexicon's
 * findings against these.
 */
import { Language, SENTENCE_END } from '../language';
import type { TokenPatternCompiler } from '../language/patterns';
import { PhraseSet } from './phraseSet';
import type { ContextDef, SetAsideScope } from './contextData';
import type { SignQuestionWords } from './signQuestions';
import type { AgeThenWords } from './ageThen';
import { asObject, asString, fail } from './dataChecks';

/** The scope categories of ConText (a finding they govern is not the writer's current symptom). */
const CATEGORIES = ['experiencer', 'historical', 'hypothetical', 'negation', 'speculation'] as const;
export type Category = (typeof CATEGORIES)[number];
/** The marks the scope rules read (contextScope.ts). One a line, in alphabetical order, so that branches adding kinds merge without a conflict. */
const STRUCTURAL_KINDS = [
  'able',
  'anchor',
  'anchorBack',
  'anchorOwnEvent',
  'askedApart',
  'asking',
  'backDenial',
  'close',
  'continuation',
  'disclaim',
  'fear',
  'figure',
  'figureAfter',
  'figureCause',
  'figureWhole',
  'landedOn',
  'listDenial',
  'open',
  'present',
  'pseudo',
  'reaction',
  'resolved',
  'resolvedGone',
  'resolvedGoneSign',
  'resolvedNow',
  'resolvedSign',
  'selfContrast',
  'selfDenial',
  'selfTurn',
  'storyFrame',
  'suppose',
  'supposeOpen',
  'supposeWhole',
  'termination',
  'test',
  'testDoubt',
  'testResult',
  'wholeDenial',
] as const;
export type Structural = (typeof STRUCTURAL_KINDS)[number];
const DIRECTIONS = ['pre', 'post', 'around', 'any'] as const;
export type Trigger = { cat: Category | Structural; dir: (typeof DIRECTIONS)[number] };
const STRUCTURAL = new Set<string>(STRUCTURAL_KINDS);
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
  /** context.yaml inabilityOpeners: "zero appetite and can not stay hard": the denial stops at the conjunction. */
  inabilityOpeners: Set<string>;
  relativeAfter: Set<string>;
  selfObject: Set<string>;
  newSubject: Set<string>;
  subordinators: Set<string>;
  notNewSubjectAfter: Set<string>;
  placeSubjects: Set<string>;
  existentialVerbs: Set<string>;
  future: Set<string>;
  windows: { preNegation: number; postNegation: number };
  backDenial: { window: number; subjects: Set<string>; notAfter: Set<string>; notSubjects: Set<string>; likeness: Set<string>; wholeSubjects: Set<string>; besidesAfter: Set<string>; backOnly: Set<string>; causeWords: Set<string> };
  signQuestion: SignQuestionWords;
  /** Most words between a self-test and its normal result (context.yaml `selfTest`). */
  testWindow: number;
  /** context.yaml landedOn.from: where the place begins in a landing phrase ("landed ON my feet"). */
  landedFrom: Set<string>;
  /** context.yaml ageThen: an age told for an event, against the present age (ageThen.ts). */
  ageThen: AgeThenWords;
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

/** A phrase list of context.yaml (a dotted name for one inside a group: "negation.pre") and the trigger its phrases are. */
export interface TriggerList {
  list: string;
  trigger: Trigger;
}

/** context-triggers.yaml read: which phrase list of context.yaml is which trigger, in the order they are added. */
export function readTriggerLists(raw: unknown, file: string): TriggerList[] {
  const items = asObject(raw, file, '(top level)', ['triggers']).triggers;
  if (!Array.isArray(items) || items.length === 0) fail(file, 'triggers', 'must be a non-empty list');
  return items.map((item: unknown, n): TriggerList => {
    const at = `triggers[${n}]`;
    const o = asObject(item, file, at, ['list', 'kind', 'dir']);
    const kind = asString(o.kind, file, `${at}.kind`);
    if (!(CATEGORIES as readonly string[]).includes(kind) && !STRUCTURAL.has(kind)) fail(file, `${at}.kind`, `"${kind}" is not one of ${[...CATEGORIES, ...STRUCTURAL_KINDS].join(', ')}`);
    const dir = asString(o.dir, file, `${at}.dir`);
    if (!(DIRECTIONS as readonly string[]).includes(dir)) fail(file, `${at}.dir`, `must be one of ${DIRECTIONS.join(', ')}`);
    return { list: asString(o.list, file, `${at}.list`), trigger: { cat: kind as Trigger['cat'], dir: dir as Trigger['dir'] } };
  });
}

/** The phrase list a dotted name reaches in the read context.yaml, if it is one. */
function listIn(ctx: ContextDef, name: string): readonly string[] | undefined {
  let v: unknown = ctx;
  for (const key of name.split('.')) v = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined;
  return Array.isArray(v) && v.every((p) => typeof p === 'string') ? (v as string[]) : undefined;
}

/**
 * Builds the triggers and word lists of context.yaml, each phrase list read as the trigger
 * context-triggers.yaml (`lists`, in its order) says; throws DataError naming the file and field
 * on a bad pattern or a list that is not in context.yaml.
 */
export function compileContext(ctx: ContextDef, lists: readonly TriggerList[], compiler: TokenPatternCompiler, language: Language, files: { ctxFile: string; termFile: string; listsFile: string }): CompiledContext {
  const { ctxFile, termFile, listsFile } = files;
  const triggers = new PhraseSet<Trigger>(compiler, termFile);
  lists.forEach((l, n) => {
    const phrases = listIn(ctx, l.list);
    if (!phrases) fail(listsFile, `triggers[${n}].list`, `"${l.list}" is no phrase list of ${ctxFile}`);
    phrases.forEach((p, i) => triggers.add(p, l.trigger, ctxFile, `${l.list}[${i}]`));
  });
  // answerWords are matched as written against the language layer's tokens: a word it would rewrite ("nah" if
  // spelling.yaml listed it, "dont") never matches, so it must be written as the layer reads it.
  ctx.answerWords.forEach((a, i) => {
    const read = language.tokens(a).join(' ');
    if (read !== a.trim().split(/\s+/).join(' ')) fail(ctxFile, `answerWords[${i}]`, `"${a}" is read as "${read}" by the language layer (knowledge/language/): write that`);
  });
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
      inabilityOpeners: words(ctx.inabilityOpeners),
      relativeAfter: words(ctx.relativeAfter),
      selfObject: words(ctx.selfObject),
      newSubject: words(ctx.conditional.newSubject),
      subordinators: words(ctx.conditional.subordinators),
      notNewSubjectAfter: words(ctx.conditional.notNewSubjectAfter),
      placeSubjects: words(ctx.conditional.placeSubjects),
      existentialVerbs: words(ctx.conditional.existentialVerbs),
      future: words(ctx.conditional.future),
      windows: ctx.windows,
      backDenial: { window: ctx.backDenial.window, subjects: words(ctx.backDenial.subjects), notAfter: words(ctx.backDenial.notAfter), notSubjects: words(ctx.backDenial.notSubjects), likeness: words(ctx.backDenial.likeness), wholeSubjects: words(ctx.backDenial.wholeSubjects), besidesAfter: words(ctx.backDenial.besidesAfter), backOnly: words(ctx.backDenial.backOnly), causeWords: words(ctx.backDenial.causeWords) },
      signQuestion: {
        lead: words(ctx.signQuestion.lead),
        openers: words(ctx.signQuestion.openers),
        pointers: words(ctx.signQuestion.pointers),
        notWith: words(ctx.signQuestion.notWith),
        claims: words(ctx.signQuestion.claims),
        defines: words(ctx.signQuestion.defines),
        reach: ctx.signQuestion.reach,
        terms: {
          names: phrases(ctx.signQuestion.terms.names),
          cues: phrases(ctx.signQuestion.terms.cues),
          notAfterCue: words(ctx.signQuestion.terms.notAfterCue),
          notWith: words(ctx.signQuestion.terms.notWith),
          linkWords: words(ctx.signQuestion.terms.linkWords),
          signWords: words(ctx.signQuestion.terms.signWords),
          askFillers: words(ctx.signQuestion.terms.askFillers),
          cueFillers: words(ctx.signQuestion.terms.cueFillers),
        },
      },
      testWindow: ctx.selfTest.window,
      landedFrom: words(ctx.landedOn.from),
      ageThen: { at: phrases(ctx.ageThen.at), now: phrases(ctx.ageThen.now), atAfter: words(ctx.ageThen.atAfter), nowAfter: words(ctx.ageThen.nowAfter), gap: ctx.ageThen.gap, from: ctx.ageThen.from },
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
