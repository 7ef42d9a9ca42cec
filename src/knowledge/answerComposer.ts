import { fill } from '../content/responses';
import type { AnswerPlan } from './answerPlanner';
import { sentenceKey, sentences, wordCount } from './answerText';
import type { AnswerWording } from './answerWording';
import { fillWords, Words } from './localeWords';
import { brandLine } from './medicineBrands';
import type { Passage, Reference } from './passages';
import { restates } from './restatement';

/** The most words in the first message of an answer (issue 12: short first). */
export const FIRST_MESSAGE_WORDS = 80;
/** At most this many fact warnings go first; more would crowd out the answer. */
const MAX_CAVEATS = 2;

/** A reply, channel-free: the dialog turns it into an activity. */
export interface ComposedAnswer {
  text: string;
  /** Quick replies: passage questions, "Tell me more", "Sources". */
  buttons: string[];
  /** References numbered [1], [2] in the text, for citation entities. */
  citations: Reference[];
  /** Sentences of the answer shown (the rest waits for "tell me more"). */
  shown?: number;
  /** The sentences of passages and warnings this reply says, as saidKey gives them: kept so that none is said twice on a topic. */
  said?: string[];
  /** How many of the context's opener sentences the reply opens with. */
  opened?: number;
  /** A second ask's answer offered (its button), not given: the passage id, so the state does not count it as given. */
  offered?: string;
}

export interface ComposeContext {
  words: Words;
  emergency: string;
  /** Button label for a topic id. */
  topicLabel(topic: string): string | undefined;
  /** The passage to suggest next, if any. */
  next?: Passage;
  /** Sentences shown of the passage last given (for "more"). */
  shown?: number;
  /** Said before a first answer, within its word limit: a part of the question this bot doesn't cover. */
  aside?: string;
  /** Sentences said earlier in this conversation (saidKey): a warning already given on the topic is not given again. */
  said?: readonly string[];
  /** Said first in a first answer, within its word limit, the most important first: a feeling told heard (knowledge/feelings.yaml). */
  opener?: readonly string[];
  /** The person's country (two letters, "AU"), from their locale or the country they named: a reference bound to other countries is not cited. */
  country?: string;
}

/** Writes the bot's reply for a plan; all wording comes from knowledge/. */
export class AnswerComposer {
  constructor(private readonly wording: AnswerWording) {}

  compose(planned: AnswerPlan, ctx: ComposeContext): ComposedAnswer | undefined {
    const asPlanned = ctx.country ? forCountry(planned, ctx.country) : planned;
    const say = (text: string) => fillWords(text, { ...ctx.words, emergency: ctx.emergency });
    const glossed = withBrandLines(asPlanned, say);
    const withGloss = this.composePlan(glossed, ctx, say);
    // What a brand is never costs a sentence of an answer given for this person's facts (kidneys
    // with a water pill): the gloss is said briefly ("Aleve is naproxen."), or not at all.
    const forTheirFacts = asPlanned.kind === 'passage' && (asPlanned.ownFirst === true || asPlanned.caveats.length > 0 || (asPlanned.leads?.length ?? 0) > 0);
    if (glossed === asPlanned || !forTheirFacts) return withGloss;
    const without = this.composePlan(asPlanned, ctx, say);
    const full = without?.shown ?? 0;
    if ((withGloss?.shown ?? 0) >= full) return withGloss;
    const brief = this.composePlan(withBrandLines(asPlanned, say, true), ctx, say);
    return (brief?.shown ?? 0) >= full ? brief : without;
  }

  private composePlan(plan: AnswerPlan, ctx: ComposeContext, say: (text: string) => string): ComposedAnswer | undefined {
    const w = this.wording;
    // What was asked that no answer speaks to ("how often?"), said plainly before the nearest answer.
    const plainly = 'cannot' in plan && plan.cannot ? `${say(plan.cannot)} ` : '';
    switch (plan.kind) {
      case 'passage': {
        // A warning said earlier on this topic, or twice in this answer, is not said again: the next one may take its place.
        // On a new topic it applies anew (pregnancy's "avoid lying flat" said with yoga leads the sleep answer too).
        const said = new Set(ctx.said ?? []);
        const key = (c: string) => saidKey(plan.passage.topic, c);
        // A warning the answer itself says in other words (pregnancy's heat line before the pregnancy heat passage) is left out.
        // It still counts as said on the topic, so a later answer there does not bring it back.
        const restated = (c: string) => restates(c, say(plan.passage.answer));
        const unsaid = plan.caveats.map(say).filter((c) => !said.has(key(c)) && said.add(key(c)));
        const caveats = unsaid.filter((c) => !restated(c));
        const leads = (plan.leads ?? []).map(say).filter((c) => !restated(c));
        const saidInOtherWords = unsaid.filter(restated).map(key);
        const withSaid = (a: ComposedAnswer): ComposedAnswer => (saidInOtherWords.length ? { ...a, said: [...(a.said ?? []), ...saidInOtherWords] } : a);
        const both = plan.also && !plan.alsoOffered ? this.two(plan.passage, plan.also, [...caveats.slice(0, MAX_CAVEATS), ...leads], ctx, say, plan.cannot, plan.alsoFirst === true, plan.mainKept === true) : undefined;
        if (both) return withSaid(both);
        // Both will not fit: the first answered, the second offered plainly with its button, never dropped in silence.
        // The second ask gets its answer's first line with it, so it is answered, not only pointed to.
        const offer = plan.also && w.alsoAsked ? fill(w.alsoAsked, { question: plan.also.question, sentence: sentences(say(plan.also.answer))[0] ?? '' }) : undefined;
        const one = this.first(plan.passage, [...caveats.slice(0, MAX_CAVEATS), ...leads], ctx, say, plan.ownFirst === true, plan.noted === true, plan.cannot, offer);
        return withSaid(offer && plan.also ? { ...one, buttons: [plan.also.question, ...one.buttons.filter((b) => b !== plan.also!.question)], offered: plan.also.id } : one);
      }
      // Every message of an answer ends with the safety net, not only the first.
      case 'brief': {
        const sentence = sentences(say(plan.passage.answer))[0]!;
        if (plan.simpler && w.simpler) return { text: `${say(fill(w.simpler, { sentence: headline(sentence) }))}\n\n${this.sourcesOf(plan.passage)}\n\n${say(w.safetyNet)}`, buttons: this.buttons(plan.passage, ctx, false), citations: plan.passage.sources };
        return { text: `${plainly}${fill(w.brief, { sentence })}\n\n${this.sourcesOf(plan.passage)}\n\n${say(w.safetyNet)}`, buttons: this.buttons(plan.passage, ctx, false), citations: plan.passage.sources };
      }
      case 'more': {
        const all = sentences(say(plan.passage.answer));
        const line = all[plan.recallAt ?? 0] ?? all[0]!;
        const left = plan.onlyMore ? [] : all.slice(ctx.shown ?? Infinity);
        // The line that speaks to a follow-up asking again in other words ("how long should I stay in?": its minutes), in a line.
        // A line this conversation has just said is not pasted again as if new ("On that: ..."). The line picked as the
        // one that speaks to the asked detail is pointed back to, alone, as said; a line picked only as the answer's
        // first gives way to what is new, and with nothing new that is said plainly.
        // Not when nothing in the answer speaks to the ask ("how often?"): the nearest line then follows the plain word on it.
        const again = w.saidAlready && w.saidLineAgain && plan.recalled === true && !plan.cannot && (ctx.said ?? []).includes(saidKey(plan.passage.topic, line)) ? { plain: w.saidAlready, line: w.saidLineAgain } : undefined;
        // The line was picked because it speaks to the asked detail (not only as the answer's first).
        const speaksToAsk = plan.focused === true || (plan.recallAt ?? 0) > 0;
        const recalledWording = again && speaksToAsk ? again.line : w.recalledLine;
        const recalled = plan.recalled && (!left.length || plan.focused) ? [fill(recalledWording, { sentence: line })] : [];
        // The recalled line is not said twice when it is also among the lines not shown yet.
        const rest = recalled.length || again ? left.filter((x) => x !== line) : left;
        const more = say(plan.passage.more ?? '');
        const saidBefore = (x: string) => (ctx.said ?? []).includes(saidKey(plan.passage.topic, x));
        const text = (again ? saidAgainLines(again.plain, speaksToAsk, recalled, rest, more, say, saidBefore) : [...recalled, ...rest, more]).join(' ').trim();
        const said = sentences(text).map((x) => saidKey(plan.passage.topic, x));
        // "Tell me more" goes on from the answer just shown with its sources; an answer recalled or returned to stands alone, with its own.
        const alone = plan.recalled === true || plan.onlyMore === true;
        const sources = alone ? `${this.sourcesOf(plan.passage)}\n\n` : '';
        return { text: `${plainly}${text}\n\n${sources}${say(w.safetyNet)}`, buttons: this.buttons(plan.passage, ctx, false), citations: alone ? plan.passage.sources : [], said };
      }
      case 'recap': {
        // The fact's lines not said yet in this conversation; if all were, they are the answer again (what the question asks).
        const lines = plan.lines.map(say);
        const fresh = lines.filter((l) => !(ctx.said ?? []).includes(saidKey(plan.passage.topic, l)));
        const kept = (fresh.length ? fresh : lines).slice(0, MAX_CAVEATS);
        const text = [...kept, ...(plan.withMore ? [say(plan.passage.more ?? '')] : [])].join(' ').trim();
        return { text: `${plainly}${text}\n\n${this.sourcesOf(plan.passage)}\n\n${say(w.safetyNet)}`, buttons: this.buttons(plan.passage, ctx, false), citations: plan.passage.sources, said: kept.map((l) => saidKey(plan.passage.topic, l)) };
      }
      case 'exhausted':
        if (plan.named) return { text: `${fill(w.mainAdvice, { question: plan.passage.question })}\n\n${say(w.safetyNet)}`, buttons: this.topicButtons(plan.topics, ctx), citations: [] };
        return { text: `${w.nothingMore}\n\n${say(w.safetyNet)}`, buttons: this.topicButtons(plan.topics, ctx), citations: [] };
      case 'sources': {
        if (!plan.passage) return { text: w.noSourcesYet, buttons: [], citations: [] };
        if (plan.all && w.allSources) {
          const refs = [...new Map(plan.all.flatMap((a) => a.sources).map((r) => [r.title, r])).values()];
          const list = refs.map((s, i) => `${i + 1}. ${s.title}${s.url ? ` ${s.url}` : ''}`).join('\n');
          return { text: `${w.allSources}\n\n${list}`, buttons: [], citations: refs };
        }
        const p = plan.passage;
        const list = p.sources.map((s, i) => `${i + 1}. ${s.title}${s.url ? ` ${s.url}` : ''}`).join('\n');
        return { text: `${fill(w.fullSources, { question: p.question, evidence: w.evidence[p.evidence] })}\n\n${list}`, buttons: [], citations: p.sources };
      }
      case 'clarify': {
        const [a, b] = plan.options;
        return { text: fill(w.askWhich, { a: unquestion(a.question), b: unquestion(b.question) }), buttons: [a.question, b.question], citations: [] };
      }
      // A fact that changes the advice ("I'm on warfarin") is answered with what it changes, not only acknowledged.
      case 'noted':
        if (plan.notes.length) return { text: `${say([...plan.notes.slice(0, MAX_CAVEATS), ...(plan.leads ?? [])].join(' '))} ${w.notedAlso}\n\n${say(w.safetyNet)}`, buttons: [], citations: [] };
        return { text: w.noted, buttons: [], citations: [] };
      case 'topics':
        if (plan.passages?.length) return { text: plan.statement && w.heardStatement ? w.heardStatement.ask : w.closestPassages, buttons: plan.passages.map((p) => p.question), citations: [] };
        return { text: w.closestTopics, buttons: this.topicButtons(plan.topics, ctx), citations: [] };
      default:
        return undefined;
    }
  }

  /**
   * The first message: fact warnings first, then as much of the answer as fits
   * in 80 words with the sources line and the safety net (always the first
   * sentence, which answers the question).
   */
  private first(passage: Passage, caveats: string[], ctx: ComposeContext, say: (t: string) => string, ownFirst = false, noted = false, cannot?: string, offer?: string): ComposedAnswer {
    const w = this.wording;
    const line = (refs: string) => `_${fill(w.sourcesLine, { refs, evidence: w.evidence[passage.evidence] })}_`;
    // The word budget is planned on every source the passage cites, so a country's shorter sources line never changes
    // which sentences are said; the line shown names only the sources for that country (forCountry).
    const budget = budgetSources.get(passage) ?? passage.sources;
    const named = (refs: readonly Reference[]) => line(refs.map((s, i) => `${s.short} [${i + 1}]`).join(', '));
    const byNumber = (refs: readonly Reference[]) => line(refs.map((_, i) => `[${i + 1}]`).join(''));
    let sourcesLine = named(budget);
    const net = say(w.safetyNet);
    // A sentence of the answer that a warning just said word for word is not said twice.
    const warned = new Set(caveats.map(sentenceKey));
    const whole = sentences(say(passage.answer));
    const answer = whole.length > 1 ? whole.filter((s, i) => i === 0 || !warned.has(sentenceKey(s))) : whole;
    // Something said before the answer that is not about it ("your knee is outside what I cover").
    // What the question asked that no answer speaks to is said first, plainly: it stays whatever the limit.
    const aside = ctx.aside ? [say(ctx.aside)] : [];
    const plain = cannot ? [say(cannot)] : [];
    // A second ask offered after the answer (alsoAsked): like the plain line, it stays whatever the limit.
    const offered = offer ? [offer] : [];
    // A feeling told heard goes first; the warnings and the answer's first sentence matter more, so it goes before they would.
    const opening = [...(ctx.opener ?? [])];
    const over = () => wordCount([...opening, ...plain, ...aside, ...caveats, ...offered, sourcesLine, net, answer[0]!].join(' ')) > FIRST_MESSAGE_WORDS;
    // The most important warning always goes first; others only while the answer's first sentence still fits.
    while (caveats.length > 1 && over()) caveats = caveats.slice(0, -1);
    while (opening.length && over()) opening.pop();
    // A warning for this person, and the answer, matter more than the word about another body part.
    if (aside.length && over()) aside.length = 0;
    // Still too long: the sources by their briefest names ("NHS [1], BNF [2]"), else by number only (the names are in
    // the citations and on "sources?").
    const briefly = line(briefRefs(budget));
    if (over()) sourcesLine = briefly;
    if (over()) sourcesLine = byNumber(budget);
    const fitting = (sources: string) => {
      const fixed = wordCount([...opening, ...plain, ...aside, ...caveats, ...offered, sources, net].join(' '));
      let n = 1;
      while (n < answer.length && fixed + wordCount(answer.slice(0, n + 1).join(' ')) <= FIRST_MESSAGE_WORDS) n++;
      return n;
    };
    // The opener never costs the answer a sentence: it is then left to the dialog (a message of its own).
    if (opening.length) {
      const withIt = fitting(sourcesLine);
      opening.length = 0;
      const without = fitting(sourcesLine);
      if (withIt === without) opening.push(...(ctx.opener ?? []).slice(0, 1));
    }
    let shown = fitting(sourcesLine);
    // A sentence of the answer (a caution) matters more than the sources' names, which the citations and "sources?" still give:
    // their briefest names when that frees as much room, else numbers only.
    const numbered = byNumber(budget);
    if (shown < answer.length && fitting(numbered) > shown) {
      sourcesLine = fitting(briefly) === fitting(numbered) ? briefly : numbered;
      shown = fitting(sourcesLine);
    }
    // The line shown, in the style chosen, names the passage's own sources for this country.
    if (budget !== passage.sources) sourcesLine = sourcesLine === briefly ? line(briefRefs(passage.sources)) : sourcesLine === numbered ? byNumber(passage.sources) : named(passage.sources);
    // A passage about the person's own fact (kidney disease) says that first; other facts' warnings follow it.
    const said = answer.slice(0, shown);
    const body = [...plain, ...(ownFirst ? [said[0]!, ...caveats, ...said.slice(1)] : [...caveats, ...said]), ...offered].join(' ');
    // Facts just stated: that they are remembered, when the limit leaves room (their warnings already say what they change).
    const remembered = noted && wordCount([...opening, body, w.notedAlso, sourcesLine, net].join(' ')) <= FIRST_MESSAGE_WORDS ? ` ${w.notedAlso}` : '';
    const opened = opening.length ? `${opening.join(' ')} ` : '';
    const text = aside.length ? `${opened}${aside[0]}\n\n${body}${remembered}` : `${opened}${body}${remembered}`;
    return {
      text: [text, sourcesLine, net].join('\n\n'),
      // Not in context (given for facts just stated): no "Tell me more", which reads the answer in context.
      buttons: this.buttons(passage, { ...ctx, shown }, true, !noted),
      citations: passage.sources,
      // Counted in the passage's own sentences, which "tell me more" goes on from.
      shown: said.length ? whole.indexOf(said[said.length - 1]!) + 1 : shown,
      said: [...caveats, ...said].map((x) => saidKey(passage.topic, x)),
      ...(opening.length ? { opened: opening.length } : {}),
    };
  }

  /**
   * Two questions in one message: each answer's first sentence, the first's warnings before them, both answers' sources
   * numbered in one line; the rest of the first answer waits for "tell me more". Undefined when both will not fit the limit.
   */
  private two(passage: Passage, also: Passage, caveats: string[], ctx: ComposeContext, say: (t: string) => string, cannot?: string, alsoFirst = false, mainKept = alsoFirst): ComposedAnswer | undefined {
    const w = this.wording;
    const refs = [...passage.sources, ...also.sources].filter((r, i, all) => all.findIndex((o) => o.title === r.title) === i);
    const numbered = (p: Passage, named: boolean) => p.sources.map((s) => `${named ? `${s.short} ` : ''}[${refs.findIndex((r) => r.title === s.title) + 1}]`).join(named ? ', ' : '');
    const line = (named: boolean) => {
      const evidence = [passage, also].map((p) => w.evidence[p.evidence]);
      // One evidence level said once; two different, each after its own answer's sources.
      return evidence[0] === evidence[1]
        ? `_${fill(w.sourcesLine, { refs: refs.map((r, i) => `${named ? `${r.short} ` : ''}[${i + 1}]`).join(named ? ', ' : ''), evidence: evidence[0]! })}_`
        : `_${fill(w.sourcesLine, { refs: `${numbered(passage, named)} · ${evidence[0]}; ${numbered(also, named)}`, evidence: evidence[1]! })}_`;
    };
    const net = say(w.safetyNet);
    const plain = cannot ? [say(cannot)] : [];
    const mine = sentences(say(passage.answer));
    const theirs = sentences(say(also.answer));
    // Each answer's first sentence, and its second while both still fit (a first sentence may only set the scene).
    const shown = [1, 1];
    const said = () => {
      const a = mine.slice(0, shown[0]).join(' ');
      const b = theirs.slice(0, shown[1]).join(' ');
      return alsoFirst ? [b, a] : [a, b];
    };
    let sourcesLine = line(true);
    const over = () => wordCount([...plain, ...caveats, ...said(), sourcesLine, net].join(' ')) > FIRST_MESSAGE_WORDS;
    while (caveats.length > 1 && over()) caveats = caveats.slice(0, -1);
    if (over()) sourcesLine = line(false);
    if (over()) return undefined;
    for (const i of [0, 1]) {
      if (shown[i]! >= [mine, theirs][i]!.length) continue;
      shown[i]!++;
      if (over()) shown[i]!--;
    }
    return {
      text: [[...plain, ...caveats, ...said()].join(' '), sourcesLine, net].join('\n\n'),
      // "Tell me more" goes on from the answer said last, which the state keeps as the last passage (withSecondQuestion).
      buttons: this.buttons(mainKept ? passage : also, { ...ctx, shown: mainKept ? shown[0] : shown[1] }, true),
      citations: refs,
      shown: mainKept ? shown[0] : shown[1],
      said: [...caveats.map((x) => saidKey(passage.topic, x)), ...mine.slice(0, shown[0]).map((x) => saidKey(passage.topic, x)), ...theirs.slice(0, shown[1]).map((x) => saidKey(also.topic, x))],
    };
  }

  /** The sources line every later message of an answer carries too ("tell me more", "as I said"), numbered as the citations. */
  private sourcesOf(passage: Passage): string {
    const refs = passage.sources.map((s, i) => `${s.short} [${i + 1}]`).join(', ');
    return `_${fill(this.wording.sourcesLine, { refs, evidence: this.wording.evidence[passage.evidence] })}_`;
  }

  private topicButtons(topics: readonly string[], ctx: ComposeContext): string[] {
    return topics.map((t) => ctx.topicLabel(t)).filter((l): l is string => Boolean(l));
  }

  private buttons(passage: Passage, ctx: ComposeContext & { shown?: number }, first: boolean, withMore = true): string[] {
    const hasMore = first && withMore && (Boolean(passage.more) || (ctx.shown ?? Infinity) < sentences(passage.answer).length);
    return [hasMore ? this.wording.labels.more : undefined, ctx.next?.question, first ? this.wording.labels.sources : undefined].filter(
      (b): b is string => Boolean(b),
    );
  }
}


function unquestion(q: string): string {
  return `"${q.replace(/\?$/, '')}"`;
}

/** A passage's every source, for one copied by forCountry: the first message's word budget is planned on them. */
const budgetSources = new WeakMap<Passage, readonly Reference[]>();

/** The plan's passages citing only what speaks for this country (UK law is no source for a driver in Perth); a passage keeps all it cites if nothing would be left. */
export function forCountry(plan: AnswerPlan, country: string): AnswerPlan {
  const local = (p: Passage): Passage => {
    const kept = p.sources.filter((s) => !s.countries || s.countries.includes(country));
    if (kept.length === p.sources.length || !kept.length) return p;
    const copy = { ...p, sources: kept };
    budgetSources.set(copy, p.sources);
    return copy;
  };
  switch (plan.kind) {
    case 'passage':
      return { ...plan, passage: local(plan.passage), ...(plan.also ? { also: local(plan.also) } : {}) };
    case 'brief':
    case 'recap':
    case 'more':
    case 'exhausted':
      return { ...plan, passage: local(plan.passage) };
    case 'sources':
      return { ...plan, ...(plan.passage ? { passage: local(plan.passage) } : {}), ...(plan.all ? { all: plan.all.map(local) } : {}) };
    default:
      return plan;
  }
}

/** A sentence said on a topic, as the conversation state keeps it. */
function saidKey(topic: string, sentence: string): string {
  return `${topic}#${sentenceKey(sentence)}`;
}

/** A medicine asked by brand ("Aleve"): what it is goes first, with what the answer cannot speak to, unless the answer (in the locale's words) already names it. */
function withBrandLines(plan: AnswerPlan, say: (t: string) => string, brief = false): AnswerPlan {
  if (plan.kind !== 'passage' && plan.kind !== 'brief') return plan;
  const line = brandLine(plan, say(`${plan.passage.answer} ${plan.kind === 'passage' && plan.also ? plan.also.answer : ''}`), brief);
  return line ? { ...plan, cannot: [line, ...(plan.cannot ? [plan.cannot] : [])].join(' ') } : plan;
}

/** A sentence's headline: up to its first colon when that part stands as a sentence of its own ("You don't need a scan: ..."). */
function headline(sentence: string): string {
  const at = sentence.indexOf(': ');
  const head = at > 0 ? sentence.slice(0, at) : '';
  return head.split(/\s+/).length >= MIN_HEADLINE_WORDS ? `${head}.` : sentence;
}

/** Fewer words before a colon are a lead-in ("In short: ..."), not a statement. */
const MIN_HEADLINE_WORDS = 5;

/**
 * A follow-up whose line this conversation has just said: the line pointed back to, alone, when it
 * speaks to the asked detail; otherwise what is new (the lines not shown yet, the "more" text), and
 * with nothing new, the plain word that it was said already.
 */
function saidAgainLines(plain: string, speaksToAsk: boolean, recalled: string[], rest: string[], more: string, say: (text: string) => string, saidBefore: (line: string) => boolean): string[] {
  const fresh = [...rest, more].filter((x) => x.trim());
  // A follow-up on a line already said gets that line plainly, then whatever the answer holds that was not said yet
  // (a simple "and morning and night too?" deserves the detail, not a pointer back to the earlier reply).
  if (speaksToAsk) return [...recalled, ...fresh.flatMap(sentences).filter((x) => !saidBefore(x))];
  return fresh.length ? fresh : [say(plain)];
}

/** Sources by their briefest names, a name shared by several said once with all its numbers: "NHS [1][3], NICE [2]". */
function briefRefs(sources: readonly Reference[]): string {
  const numbers = new Map<string, number[]>();
  sources.forEach((s, i) => numbers.set(s.brief, [...(numbers.get(s.brief) ?? []), i + 1]));
  return [...numbers].map(([name, ns]) => `${name} ${ns.map((n) => `[${n}]`).join('')}`).join(', ');
}
