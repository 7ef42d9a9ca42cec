/**
 * What the person has done or means to do, told in passing: a plan to call a
 * doctor or a helpline, and the remedies already tried, each with the next
 * step (knowledge/triage/progress.yaml). Pure: the dialog keeps what is read
 * in conversation state (dialogs/progressReport.ts).
 */
import { PATHS } from '../paths';
import { TextPatternCompiler } from '../language/patterns';
import { load } from './vocabularyFile';
import { prepare } from './text';
import { listOf } from '../content/responses';

export interface Remedy {
  name: string;
  pattern: RegExp;
  label: string;
  next: string;
  /** How to keep it going, for someone it helped. */
  keep: string;
  /** Its own "not working" passage (knowledge/passages), if one answers it. */
  passage?: string;
}

export interface ProgressReports {
  callPlan: RegExp;
  notCallPlan: RegExp;
  triedWords: RegExp;
  notWorking: RegExp;
  helped: RegExp;
  helpedLittle: RegExp;
  remedies: readonly Remedy[];
  replies: { callPlan: string; triedLead: string; triedClose: string; triedAgain: string; helpedLead: string; helpedClose: string };
}

export function loadProgressReports(dir: string = PATHS.triage): ProgressReports {
  const { raw, r } = load(dir, 'progress.yaml');
  r.object(raw, '(file)', ['callPlan', 'notCallPlan', 'triedWords', 'notWorking', 'helped', 'helpedLittle', 'remedies', 'replies']);
  const c = new TextPatternCompiler();
  const any = (key: string, v: unknown) => r.compile(key, () => c.any(r.strings(v, key), ''));
  const listed = r.object(raw.remedies, 'remedies', Object.keys((raw.remedies ?? {}) as object));
  const remedies = Object.entries(listed).map(([name, v]): Remedy => {
    const o = r.object(v, `remedies.${name}`, ['words', 'label', 'next', 'keep', 'passage']);
    const passage = o.passage === undefined ? {} : { passage: r.string(o.passage, `remedies.${name}.passage`).trim() };
    return { name, pattern: any(`remedies.${name}.words`, o.words), label: r.string(o.label, `remedies.${name}.label`).trim(), next: r.string(o.next, `remedies.${name}.next`).trim(), keep: r.string(o.keep, `remedies.${name}.keep`).trim(), ...passage };
  });
  if (remedies.length === 0) r.fail('remedies', 'must name at least one remedy');
  const replies = r.object(raw.replies, 'replies', ['callPlan', 'triedLead', 'triedClose', 'triedAgain', 'helpedLead', 'helpedClose']);
  return {
    callPlan: any('callPlan', raw.callPlan),
    notCallPlan: any('notCallPlan', raw.notCallPlan),
    triedWords: any('triedWords', raw.triedWords),
    notWorking: any('notWorking', raw.notWorking),
    helped: any('helped', raw.helped),
    helpedLittle: any('helpedLittle', raw.helpedLittle),
    remedies,
    replies: {
      callPlan: r.string(replies.callPlan, 'replies.callPlan').trim(),
      triedLead: r.string(replies.triedLead, 'replies.triedLead').trim(),
      triedClose: r.string(replies.triedClose, 'replies.triedClose').trim(),
      triedAgain: r.string(replies.triedAgain, 'replies.triedAgain').trim(),
      helpedLead: r.string(replies.helpedLead, 'replies.helpedLead').trim(),
      helpedClose: r.string(replies.helpedClose, 'replies.helpedClose').trim(),
    },
  };
}

let loaded: ProgressReports | undefined;
function data(): ProgressReports {
  loaded ??= loadProgressReports();
  return loaded;
}

/** "I'll ring the GP this afternoon": a plan to call or see a doctor or a helpline, not denied. */
export function plansToCall(text: string): boolean {
  const t = prepare(text);
  const d = data();
  return d.callPlan.test(t) && !d.notCallPlan.test(t);
}

/** The remedies the message says were tried (named with a word of trying or of not working), in the file's order. */
export function remediesTried(text: string): string[] {
  const t = prepare(text);
  const d = data();
  if (!d.triedWords.test(t) && !d.notWorking.test(t)) return [];
  return remediesNamed(text);
}

/**
 * The remedies the message says helped ("the wheat bag eased it a bit"), in the file's order; none when it also says
 * something did not work ("heat helped, the tablets did nothing" is a report of what failed).
 */
export function remediesHelped(text: string): string[] {
  const t = prepare(text);
  const d = data();
  if (!d.helped.test(t) || d.notWorking.test(t) || d.helpedLittle.test(t)) return [];
  return remediesNamed(text);
}

/** The remedies a message names, whatever it says of them, in the file's order. */
export function remediesNamed(text: string): string[] {
  const t = prepare(text);
  return data().remedies.filter((m) => m.pattern.test(t)).map((m) => m.name);
}

/** The reply for remedies that helped: glad, how to keep each going, what is normal and when to be seen ({emergency} to fill). */
export function helpedReply(helped: readonly string[]): string {
  const d = data();
  const { known, labels } = labelled(helped);
  return [d.replies.helpedLead.replace('{tried}', labels), ...known.map((m) => m.keep), d.replies.helpedClose].join(' ');
}

/** The remedy's own "not working" passage id, if it has one. */
export function remedyPassage(name: string): string | undefined {
  return data().remedies.find((m) => m.name === name)?.passage;
}

/** The message says what was tried did not help ("useless", "nothing works"). */
export function saysNotWorking(text: string): boolean {
  return data().notWorking.test(prepare(text));
}

/** The named remedies, in the file's order, and their labels as a list ("painkillers, heat and rest"). */
function labelled(names: readonly string[]): { known: Remedy[]; labels: string } {
  const known = data().remedies.filter((m) => names.includes(m.name));
  return { known, labels: listOf(known.map((m) => m.label), 'and') };
}

/**
 * The reply for remedies tried: what they tried, each one's next step, and when to see someone;
 * `again`: those steps were given already, so only what comes after them ({emergency} to fill).
 */
export function triedReply(tried: readonly string[], again = false): string {
  const d = data();
  const { known, labels } = labelled(tried);
  if (again) return d.replies.triedAgain.replace('{tried}', labels);
  return [d.replies.triedLead.replace('{tried}', labels), ...known.map((m) => m.next), d.replies.triedClose].join(' ');
}

/** The reply for a plan to call a doctor or helpline ({emergency} to fill). */
export function callPlanReply(): string {
  return data().replies.callPlan;
}
