/**
 * How the pain has moved, told in passing: a flare after a change of position
 * ("stiff again since I sat down") or new pain down one leg. Each has its own
 * reply (knowledge/triage/status-updates.yaml) rather than the passage nearest
 * its words. The caller rules out messages that ask or raise a red flag.
 */
import { PATHS } from '../paths';
import { TextPatternCompiler } from '../language/patterns';
import { load } from './vocabularyFile';
import { prepare } from './text';

/** In the order they are read: a flare after a change of position comes first. */
const KINDS = ['positionFlare', 'oneLeg'] as const;
export type StatusKind = (typeof KINDS)[number];

export interface StatusUpdates {
  patterns: ReadonlyMap<StatusKind, RegExp>;
  /** Words that rule a kind out ("both legs" is no one-leg update), by kind. */
  not: Readonly<Partial<Record<StatusKind, RegExp>>>;
  replies: Readonly<Record<StatusKind, string>>;
  /** Up again after being stuck ("managed to stand up"), with its reply. */
  upAgain: { pattern: RegExp; reply: string };
  /** The words of getting up, wished or asked for ("can't get myself up"): not up again. */
  notUpAgain: RegExp;
  /** Halfway up ("on my knees"): not up, and the get-up steps go on from there (`halfwayOn`). */
  halfway: RegExp;
  halfwayOn: { self: string; other: string };
  /** Stuck on the floor, and the shorter words that say up again once stuck ("he got up"). */
  stuck: RegExp;
  upAfterStuck: RegExp;
  /** Still stuck, told again: the steps in small pieces, for the writer or the person they write for. */
  stillStuck: { self: string; other: string };
  /** Still stuck, told again straight after those steps: they still stand, said in a line, not word for word again. */
  stuckAgain: { self: string; other: string };
  /** A leg told weak or numb while still on the floor, unless denied, and its replies: not "the steps still stand". */
  weakLeg: { pattern: RegExp; not: RegExp; self: string; other: string };
}

export function loadStatusUpdates(dir: string = PATHS.triage): StatusUpdates {
  const { raw, r } = load(dir, 'status-updates.yaml');
  r.object(raw, '(file)', [...KINDS, 'notOneLeg', 'upAgain', 'notUpAgain', 'halfway', 'stuck', 'upAfterStuck', 'weakLegOnFloor', 'notWeakLegOnFloor', 'replies']);
  const c = new TextPatternCompiler();
  const any = (key: string, v: unknown) => r.compile(key, () => c.any(r.strings(v, key), ''));
  const replyKeys = ['upAgain', 'stillStuck', 'stillStuckOther', 'stuckAgain', 'stuckAgainOther', 'weakLegStuck', 'weakLegStuckOther', 'halfwayOn', 'halfwayOnOther'] as const;
  const replies = r.object(raw.replies, 'replies', [...KINDS, ...replyKeys]);
  const text = (k: StatusKind | (typeof replyKeys)[number]): string => {
    const v = replies[k];
    if (typeof v !== 'string' || !v.trim()) r.fail(`replies.${k}`, 'must be a non-empty string');
    return (v as string).trim();
  };
  return {
    patterns: new Map(KINDS.map((k) => [k, any(k, raw[k])])),
    not: { oneLeg: any('notOneLeg', raw.notOneLeg) },
    replies: Object.fromEntries(KINDS.map((k) => [k, text(k)])) as Record<StatusKind, string>,
    upAgain: { pattern: any('upAgain', raw.upAgain), reply: text('upAgain') },
    notUpAgain: any('notUpAgain', raw.notUpAgain),
    halfway: any('halfway', raw.halfway),
    halfwayOn: { self: text('halfwayOn'), other: text('halfwayOnOther') },
    stuck: any('stuck', raw.stuck),
    upAfterStuck: any('upAfterStuck', raw.upAfterStuck),
    stillStuck: { self: text('stillStuck'), other: text('stillStuckOther') },
    stuckAgain: { self: text('stuckAgain'), other: text('stuckAgainOther') },
    weakLeg: { pattern: any('weakLegOnFloor', raw.weakLegOnFloor), not: any('notWeakLegOnFloor', raw.notWeakLegOnFloor), self: text('weakLegStuck'), other: text('weakLegStuckOther') },
  };
}

let loaded: StatusUpdates | undefined;
function data(): StatusUpdates {
  loaded ??= loadStatusUpdates();
  return loaded;
}

/** The status the message reports, if one of these, read in the order of KINDS. */
export function statusUpdate(text: string): StatusKind | undefined {
  const t = prepare(text);
  const d = data();
  return KINDS.find((k) => d.patterns.get(k)!.test(t) && !d.not[k]?.test(t));
}

/** The reply for a status, with `{emergency}` left to fill. */
export function statusReply(kind: StatusKind): string {
  return data().replies[kind];
}

/** "managed to stand up", "he's up now": up again after being stuck; its reply (with `{emergency}` to fill), else undefined. */
export function upAgainReply(text: string): string | undefined {
  return positionIn(text) === 'up' ? data().upAgain.reply : undefined;
}

/** Where a message puts the person: stuck on the floor, up again, or nowhere said. */
export type Position = 'floor' | 'up';

/**
 * The position the message tells, read with where the conversation last had
 * them: once stuck, shorter words say they are up ("got up", "on the couch"),
 * which alone could tell of the morning the pain began.
 */
export function positionIn(text: string, before?: Position): Position | undefined {
  const t = prepare(text);
  const d = data();
  const up = d.upAgain.pattern.test(t) || (before === 'floor' && d.upAfterStuck.test(t));
  if (up && !d.notUpAgain.test(t) && !d.halfway.test(t)) return 'up';
  return d.stuck.test(t) ? 'floor' : undefined;
}

/** The reply for someone still on the floor (`other`: written for them), with `{emergency}` to fill. */
export function stillStuckReply(other: boolean, again = false): string {
  const { self, other: forOther } = again ? data().stuckAgain : data().stillStuck;
  return other ? forOther : self;
}

/** A leg told weak or numb (not denied) by someone still on the floor: its reply (`other`: written for them), with `{emergency}` to fill. */
export function weakLegReply(text: string, other: boolean): string | undefined {
  const t = prepare(text);
  const { weakLeg } = data();
  if (!weakLeg.pattern.test(t) || weakLeg.not.test(t)) return undefined;
  return other ? weakLeg.other : weakLeg.self;
}

/** The reply for someone up again, with `{emergency}` to fill. */
export function upReply(): string {
  return data().upAgain.reply;
}

/** "up on my knees": halfway up, where the get-up passage goes on. */
export function halfwayUp(text: string): boolean {
  return data().halfway.test(prepare(text));
}

/** Halfway up while on the floor: the get-up steps from hands and knees on (`other`: written for them), with `{emergency}` to fill. */
export function halfwayReply(other: boolean): string {
  const { self, other: forOther } = data().halfwayOn;
  return other ? forOther : self;
}
