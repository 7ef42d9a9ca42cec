import type { ConversationState, TurnContext } from 'botbuilder';
import type { DialogServices } from '../../dialogs/services';
import { getUnderstanding, setUnderstanding } from '../../dialogs/turnUnderstanding';
import { factsToldIn } from '../../dialogs/factAsides';
import { patientOf } from '../../dialogs/routeReadings';
import type { Understanding } from '../nlu/messageUnderstander';
import type { Pronoun } from '../safety/helperSubject';
import { vocabulary } from '../triage/vocabulary';
import { prepare } from '../triage/text';
import { factsFor } from '../knowledge/factsByPerson';
import type { UserFacts } from '../knowledge/userFacts';
import { emptyAnswerState } from '../knowledge/answerState';
import type { HeardPain } from '../../dialogs/heardPain';
import { notTheWriter } from '../safety/checkAnswers';

/**
 * Whose message it is: the writer's own, or the patient's, told by someone
 * writing for them ("checking for my dad") or about a person named before. Kept
 * in conversation state (`patient`, `namedPerson`), so that later messages in
 * the third person ("he says 9") are read as the patient's; the turn's
 * understanding is rewritten before the dialogs read it. Apart from
 * backReliefBot.ts, which calls it once a message.
 */
export class PatientReading {
  /** Set when someone wrote for the person in pain ("checking for my dad"); later messages are read as theirs too. */
  private readonly patient;
  /** The last person a message named ("best way for my husband to sleep?"), before any helper's framing. */
  private readonly named;
  constructor(
    conversationState: ConversationState,
    private readonly services: DialogServices,
    /** The check's details heard before it starts and the cause told (the TriageDialog's state): the pain's person's. */
    private readonly heard: HeardPain,
  ) {
    this.patient = conversationState.createProperty<{ pronoun: Pronoun } | undefined>('patient');
    this.named = conversationState.createProperty<{ pronoun: Pronoun } | undefined>('namedPerson');
  }

  /** The patient the conversation writes for, if a message made someone the patient. */
  known(context: TurnContext): Promise<{ pronoun: Pronoun } | undefined> {
    return this.patient.get(context);
  }

  /**
   * A helper writes for the patient once ("I'm doing this for my dad") and then
   * answers in the third person ("he says 9, he's gone grey and sweaty"): once a
   * message has the helper's framing, later messages that raise nothing as the
   * user's own are read as the patient's too.
   */
  async read(context: TurnContext, understanding: Understanding): Promise<void> {
    const pronoun = this.services.redFlags.helperOf(understanding.text);
    // The writer telling of their own back ("I've had a bad back for years") is no longer writing for someone else.
    // So is the writer asking for themselves ("what can I take, my husband says ...").
    const asksForSelf = this.services.person?.wording.asksForSelf(understanding.text) ?? false;
    if (!pronoun && (this.ownBack(understanding.text) || asksForSelf)) await this.services.person?.writingFor.delete(context);
    const patient = await this.patient.get(context);
    // A relative who passes on news of the patient already known, or of the person named before
    // ("my aunt, who lives with him, says he's lost weight"), is the messenger, not a new patient.
    const known = patient ?? (await this.named.get(context));
    if (pronoun && !this.messenger(understanding.text, pronoun, known)) {
      await this.patient.set(context, { pronoun });
      // Who replies speak of (dialogs/aboutPatient.ts): not when the writer tells of their own back
      // beside someone else ("put my back out, my pal says rest, is he right?").
      const forThem = patientOf(this.services, understanding.text) !== undefined && !asksForSelf;
      // Their advice passed on ("the missus reckons ice first") neither starts writing for them nor ends it.
      if (!(forThem && this.services.person?.wording.onlyRelaysAdvice(understanding.text, pronoun))) await this.services.person?.writingFor.set(context, forThem ? { pronoun } : undefined);
      return;
    }
    if (!patient) return this.readForNamed(context, understanding);
    // Their facts ("he's on ramipril") are read as the patient's in every later message.
    const patientText = this.services.redFlags.patientWords(understanding.text);
    if (understanding.redFlag && understanding.redFlag.level !== 'check') {
      // "he says it's there for weeks, worse at night": a sign read as the writer's, told of the patient
      // in their pronoun and of no pain of the writer's own, is the patient's (replies say "get him seen").
      const { redFlag } = understanding;
      const theirs = redFlag.subject === 'self' && !this.ownBack(understanding.text) && this.services.redFlags.speaksOfNow(understanding.text, patient.pronoun);
      setUnderstanding(context, { ...understanding, patientText, ...(theirs ? { redFlag: { ...redFlag, subject: 'other_present' as const, pronoun: patient.pronoun } } : {}) });
      return;
    }
    const theirs = this.services.redFlags.readAsPatient(understanding.text, patient.pronoun);
    setUnderstanding(context, theirs ? { ...understanding, patientText, redFlag: theirs, worry: false } : { ...understanding, patientText });
  }

  /**
   * The person the message names (`person`) only passes on news of the one known before (`known`):
   * another person, and the message tells a sign of the known one, now, in their pronouns.
   */
  private messenger(text: string, person: Pronoun, known: { pronoun: Pronoun } | undefined): boolean {
    if (!known || person === known.pronoun) return false;
    const { redFlags } = this.services;
    return redFlags.speaksOfNow(text, known.pronoun) && redFlags.readAsPatient(text, known.pronoun) !== null;
  }

  /** The writer tells of their own back ("my back hurts, my wife says rest"). */
  private ownBack(text: string): boolean {
    return vocabulary().control.ownPain.test(prepare(text));
  }

  /**
   * The answers read the facts of the person they are for (src/knowledge/factsByPerson.ts): after `read` has said
   * whom the replies speak of, the facts follow. Told that the signs so far were someone else's all along ("it's my
   * husband, not me"), the facts told so far are theirs: they move with the person instead of being set aside.
   */
  async factsFollowPerson(context: TurnContext, understanding: Understanding): Promise<void> {
    const known = await this.services.answerState.get(context);
    const person = (await this.services.person?.writingFor.get(context)) || (await this.asksOfThemAgain(context, understanding, known?.facts)) ? 'other' : 'self';
    // A first message written for someone: the facts it tells are recorded as theirs from the start.
    const state = known ?? (person === 'other' ? emptyAnswerState() : undefined);
    if (!state) return;
    const relabel = person === 'other' && notTheWriter(this.services.checkDialogue, understanding.text);
    const facts = factsFor(state.facts, person, relabel);
    if (facts === state.facts) return;
    // Turned to another person ("and now MY back is killing me" after her son's): the pain told so far and the check
    // offered for it were the other person's, so a check started now opens empty of their side and start day.
    const { painTold: _told, checkOffered: _offered, ...rest } = state;
    await this.services.answerState.set(context, { ...(relabel ? state : rest), facts });
    if (relabel) return;
    // So were the details heard for a check not yet run, and what set their pain off (a paused check stays to resume).
    await this.heard.setAside(context);
  }

  /**
   * After a question of their own, the writer asks of the patient again ("and can dad have tylenol then?"): the
   * replies speak of the patient again, and the patient's facts set aside come back. Not their advice passed on.
   */
  private async asksOfThemAgain(context: TurnContext, understanding: Understanding, facts: UserFacts | undefined): Promise<boolean> {
    const patient = (await this.patient.get(context)) ?? (await this.named.get(context));
    const { wording } = this.services.person ?? {};
    const { text } = understanding;
    if (!patient || !wording || facts?.aside?.person !== 'other' || wording.asksForSelf(text) || this.ownBack(text)) return false;
    // One named by a word with no gender ("my partner") may be told of as "her" now.
    const named = this.services.redFlags.personIn(text);
    const pronoun = toldOfAs(patient.pronoun).find((p) => named === p || wording.asksForThem(text, p) || wording.tellsOfTheirBack(text, p));
    if (!pronoun || wording.onlyRelaysAdvice(text, pronoun)) return false;
    await this.services.person!.writingFor.set(context, { pronoun });
    return true;
  }

  /**
   * Someone named earlier without a helper's framing ("best way for my husband
   * to sleep with a bad back?") and then told of in the present, as the answer
   * to an unrelated question ("he's in bed now, burning hot and not making
   * sense"): read as that person's words, and they become the patient.
   */
  private async readForNamed(context: TurnContext, understanding: Understanding): Promise<void> {
    const { redFlags } = this.services;
    const person = redFlags.personIn(understanding.text);
    const named = await this.named.get(context);
    // As for a patient: another relative passing on news of the person named before is the messenger.
    if (person && !this.messenger(understanding.text, person, named)) {
      await this.named.set(context, { pronoun: person });
      // "my wife hurt her back": no helper's framing, but the back told of is theirs, so replies speak of them.
      // Wording only: the red-flag reading takes them as the patient only on a sign told of them, as above.
      const { wording } = this.services.person ?? {};
      if ((wording?.tellsOfTheirBack(understanding.text, person) || wording?.asksForThem(understanding.text, person)) && !wording.asksForSelf(understanding.text) && !this.ownBack(understanding.text)) {
        await this.services.person!.writingFor.set(context, { pronoun: person });
        // Their facts told in the same message ("my wife is 7 months pregnant, her back went") are theirs: the answers are for her.
        const theirWords = redFlags.namedPatientWords(understanding.text);
        await this.keepTheirFacts(context, understanding, theirWords);
        // A sign told of them in that message ("my mum's back started last week, she had breast cancer") is
        // theirs too: the patient's own history, not a relative's story beside the writer's back.
        if (understanding.redFlag && understanding.redFlag.level !== 'check') return;
        const theirs = theirWords === understanding.text ? null : redFlags.readAsPatient(theirWords, person);
        if (!theirs) return;
        await this.patient.set(context, { pronoun: person });
        const now = getUnderstanding(context) ?? understanding;
        setUnderstanding(context, { ...now, patientText: now.patientText ?? theirWords, redFlag: theirs, worry: false });
      }
      return;
    }
    if (!named || (understanding.redFlag && understanding.redFlag.level !== 'check')) return;
    // "my workmate did his back" names them without a gendered word: "he says both his legs are numb" is of them.
    const pronoun = toldOfAs(named.pronoun).find((p) => redFlags.speaksOfNow(understanding.text, p));
    if (!pronoun) return;
    const theirs = redFlags.readAsPatient(understanding.text, pronoun);
    if (!theirs) return this.keepTheirFacts(context, understanding);
    await this.patient.set(context, { pronoun });
    setUnderstanding(context, { ...understanding, patientText: redFlags.patientWords(understanding.text), redFlag: theirs, worry: false });
  }

  /**
   * "he's 68 if that matters", "he takes warfarin" of the person named before: their facts (age,
   * conditions, medicines) are read in their words, so the answers note what they change for them.
   * They do not become the patient for the red-flag reading: that takes a sign told of them.
   */
  private async keepTheirFacts(context: TurnContext, understanding: Understanding, patientText = this.services.redFlags.patientWords(understanding.text)): Promise<void> {
    if (patientText === understanding.text) return;
    const known = (await this.services.answerState.get(context))?.facts ?? { known: {} };
    if (factsToldIn(this.services.answers.facts, patientText, known) === undefined) return;
    setUnderstanding(context, { ...understanding, patientText });
  }
}

/** The pronouns a person named by `pronoun` may be told of by: one named by a word with no gender ("my mate") as "he" or "she" too. */
function toldOfAs(pronoun: Pronoun): Pronoun[] {
  return pronoun === 'them' ? ['them', 'him', 'her'] : [pronoun];
}
