/**
 * Feedback controls per channel and the ratings they send back, as each
 * client sends them: Teams' feedback invoke, Web Chat's vote event (built
 * from the very action the bot put on the answer), the card's submit.
 */
import type { Activity } from 'botbuilder';
import { addFeedbackControls, cardFeedback, loadFeedbackWording, teamsFeedback, webChatFeedback, WEBCHAT_FEEDBACK_EVENT } from '../src/bot/feedback';

const wording = loadFeedbackWording();
const answer = (): Partial<Activity> => ({ type: 'message', text: 'Heat has the better evidence...' });

describe('feedback controls on an answer', () => {
  test('Teams: the feedback loop flag, nothing else', () => {
    const a = { ...answer(), channelData: { answerId: 'ice-or-heat' } };
    addFeedbackControls(a, 'ice-or-heat', 'msteams', wording);
    expect(a.channelData).toEqual({ answerId: 'ice-or-heat', feedbackLoopEnabled: true });
    expect(a.attachments).toBeUndefined();
  });

  test.each(['webchat', 'directline'])('%s: Like and Dislike actions on a schema.org Message entity; a click comes back as the rating', (channel) => {
    const a = answer();
    addFeedbackControls(a, 'ice-or-heat#cold', channel, wording);
    const [message] = a.entities as Array<Record<string, unknown>>;
    expect(message).toMatchObject({ type: 'https://schema.org/Message', '@id': '', '@type': 'Message' });
    const actions = message!.potentialAction as Array<Record<string, unknown>>;
    expect(actions.map((x) => x['@type'])).toEqual(['LikeAction', 'DislikeAction']);
    // Web Chat posts the clicked action as the event's entity.
    const event = { type: 'event', name: WEBCHAT_FEEDBACK_EVENT, entities: [actions[1]] } as Partial<Activity>;
    expect(webChatFeedback(event)).toEqual({ reaction: 'dislike', answerId: 'ice-or-heat#cold', source: 'webchat' });
  });

  test('Web Chat: joins a Message entity the answer already has (citations), since Web Chat reads only one', () => {
    const a = { ...answer(), entities: [{ type: 'https://schema.org/Message', '@id': '', '@type': 'Message', citation: [{ '@type': 'Claim' }] }] };
    addFeedbackControls(a, 'stretches', 'webchat', wording);
    expect(a.entities).toHaveLength(1);
    expect(a.entities[0]).toMatchObject({ citation: [{ '@type': 'Claim' }], potentialAction: [{ '@type': 'LikeAction' }, { '@type': 'DislikeAction' }] });
  });

  test('elsewhere: a small card whose buttons submit the rating', () => {
    const a = answer();
    addFeedbackControls(a, 'stretches', 'emulator', wording);
    const card = a.attachments![0]!.content as { actions: Array<{ title: string; data: unknown }> };
    expect(card.actions.map((x) => x.title)).toEqual([wording.like, wording.dislike]);
    expect(cardFeedback({ type: 'message', value: card.actions[0]!.data })).toEqual({ reaction: 'like', answerId: 'stretches', source: 'card' });
  });
});

describe('ratings as clients send them', () => {
  const invoke = (actionValue: unknown): Partial<Activity> => ({
    type: 'invoke',
    name: 'message/submitAction',
    replyToId: 'msg-1',
    value: { actionName: 'feedback', actionValue },
  });

  test.each<[unknown, ReturnType<typeof teamsFeedback>]>([
    [{ reaction: 'dislike', feedback: '{"feedbackText":"Too long"}' }, { reaction: 'dislike', replyToId: 'msg-1', comment: 'Too long', source: 'teams' }],
    [{ reaction: 'like', feedback: '{"feedbackText":""}' }, { reaction: 'like', replyToId: 'msg-1', comment: undefined, source: 'teams' }],
    // The Agents Playground sends the bare text.
    [{ reaction: 'dislike', feedback: 'Not what I asked' }, { reaction: 'dislike', replyToId: 'msg-1', comment: 'Not what I asked', source: 'teams' }],
    [{ reaction: 'meh', feedback: '' }, undefined],
    ['junk', undefined],
  ])('Teams invoke %j', (actionValue, expected) => {
    expect(teamsFeedback(invoke(actionValue))).toEqual(expected);
  });

  test('other invokes, events and submits are not ratings', () => {
    expect(teamsFeedback({ type: 'invoke', name: 'adaptiveCard/action', value: {} })).toBeUndefined();
    expect(webChatFeedback({ type: 'event', name: WEBCHAT_FEEDBACK_EVENT, entities: [{ type: 'x', '@id': 'urn:other' }] })).toBeUndefined();
    expect(cardFeedback({ type: 'message', value: { backReliefFeedback: { reaction: 'like' } } })).toBeUndefined();
    expect(cardFeedback({ type: 'message', value: { text: 'ice or heat?' } })).toBeUndefined();
  });
});
