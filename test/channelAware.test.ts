import { TurnContext } from 'botbuilder';
import type { Activity } from 'botbuilder';
import {
  adaptiveCardVersionFor,
  capAdaptiveCardVersion,
  conversationScope,
  isPrivateConversation,
  isTeams,
  limitSuggestedActions,
  removeMentionText,
  submitActionData,
  submittedText,
  TEAMS_MAX_SUGGESTED_ACTIONS,
} from '../src/teams/channelAware';

const BOT = { id: '28:bot-id', name: 'Back Relief' };

function teamsMessage(text: string, mentions: { id: string; name: string }[] = [], extra: Record<string, unknown> = {}) {
  return {
    type: 'message',
    channelId: 'msteams',
    text,
    recipient: BOT,
    entities: [
      { type: 'clientInfo', locale: 'en-GB' },
      ...mentions.map((m) => ({ type: 'mention', mentioned: m, text: `<at>${m.name}</at>` })),
    ],
    ...extra,
  };
}

describe('removeMentionText', () => {
  it('strips the bot mention Teams puts in channel and group chat messages', () => {
    expect(removeMentionText(teamsMessage('<at>Back Relief</at> ice or heat?', [BOT]))).toBe('ice or heat?');
  });

  it('removes every mention of the bot, trims and collapses whitespace', () => {
    const activity = teamsMessage('  <at>Back Relief</at>\n ice   or\theat? <at>Back Relief</at>&nbsp; ', [BOT]);
    expect(removeMentionText(activity)).toBe('ice or heat?');
  });

  it('keeps mentions of other people', () => {
    const megan = { id: '29:megan', name: 'Megan Bowen' };
    const activity = teamsMessage('<at>Back Relief</at> stretches for <at>Megan Bowen</at>', [BOT, megan]);
    expect(removeMentionText(activity)).toBe('stretches for <at>Megan Bowen</at>');
  });

  it('on Teams also strips an <at> tag with the bot name when the entity is missing', () => {
    expect(removeMentionText(teamsMessage('<at>back relief</at> help'))).toBe('help');
  });

  it('does not change the activity and copes with missing fields', () => {
    const activity = teamsMessage('<at>Back Relief</at> help', [BOT]);
    removeMentionText(activity);
    expect(activity.text).toBe('<at>Back Relief</at> help');
    expect(removeMentionText({})).toBe('');
    expect(removeMentionText({ text: ' hello ' })).toBe('hello');
  });

  it('agrees with botbuilder TurnContext.removeRecipientMention on a simple mention', () => {
    const activity = teamsMessage('<at>Back Relief</at> can I take ibuprofen?', [BOT]);
    const ours = removeMentionText(activity);
    const theirs = TurnContext.removeRecipientMention({ ...activity } as unknown as Partial<Activity>);
    expect(ours).toBe(theirs);
  });

  it('leaves text alone on other channels when there is no mention entity', () => {
    expect(removeMentionText({ channelId: 'webchat', recipient: BOT, text: '<at>Back Relief</at> hi' })).toBe('<at>Back Relief</at> hi');
  });
});

describe('limitSuggestedActions', () => {
  const actions = ['Ice or heat?', 'Stretches', 'Can I take ibuprofen?', 'When should I see a doctor?', 'Help'];

  it('keeps the first three on Teams', () => {
    expect(limitSuggestedActions(actions, 'msteams')).toEqual(actions.slice(0, TEAMS_MAX_SUGGESTED_ACTIONS));
    expect(limitSuggestedActions(actions, 'MSTeams')).toHaveLength(3);
  });

  it('keeps them all elsewhere and never mutates the input', () => {
    expect(limitSuggestedActions(actions, 'webchat')).toEqual(actions);
    expect(limitSuggestedActions(actions, undefined)).toEqual(actions);
    const copy = limitSuggestedActions(actions, 'msteams');
    copy.push('x');
    expect(actions).toHaveLength(5);
  });

  it('copes with short and missing lists', () => {
    expect(limitSuggestedActions(['Help'], 'msteams')).toEqual(['Help']);
    expect(limitSuggestedActions(undefined, 'msteams')).toEqual([]);
  });
});

describe('adaptive card versions', () => {
  it('caps Teams at 1.5', () => {
    expect(adaptiveCardVersionFor('msteams')).toBe('1.5');
    expect(isTeams('msteams')).toBe(true);
    expect(isTeams('webchat')).toBe(false);
  });

  it('uses a conservative default for unknown channels', () => {
    expect(adaptiveCardVersionFor('emulator')).toBe('1.3');
    expect(adaptiveCardVersionFor('some-new-channel')).toBe('1.3');
    expect(adaptiveCardVersionFor(undefined)).toBe('1.3');
    expect(adaptiveCardVersionFor('webchat')).toBe('1.5');
  });

  it('lowers a card version above the cap and keeps lower ones', () => {
    const card = { type: 'AdaptiveCard', version: '1.6', body: [] };
    expect(capAdaptiveCardVersion(card, 'msteams').version).toBe('1.5');
    expect(card.version).toBe('1.6');
    expect(capAdaptiveCardVersion({ type: 'AdaptiveCard', version: '1.2' }, 'msteams').version).toBe('1.2');
    expect(capAdaptiveCardVersion({ type: 'AdaptiveCard' }, 'msteams').version).toBe('1.5');
    expect(capAdaptiveCardVersion({ version: '1.10' }, 'msteams').version).toBe('1.5');
  });
});

describe('card submit text', () => {
  it('builds Action.Submit data that Teams sends back as a typed message', () => {
    expect(submitActionData('stretches', 'Stretches', { topic: 'stretches' })).toEqual({
      topic: 'stretches',
      text: 'stretches',
      msteams: { type: 'messageBack', text: 'stretches', displayText: 'Stretches' },
    });
  });

  it('reads typed text first, then the submitted value', () => {
    expect(submittedText(teamsMessage('<at>Back Relief</at> help', [BOT]))).toBe('help');
    // Agents Playground, Web Chat, Emulator: data arrives as value, text empty
    expect(submittedText({ channelId: 'msteams', value: submitActionData('stretches') })).toBe('stretches');
    expect(submittedText({ value: { msteams: { type: 'imBack', value: 'ice or heat?' } } })).toBe('ice or heat?');
    expect(submittedText({ value: { msteams: { type: 'messageBack', text: ' see  a doctor ' } } })).toBe('see a doctor');
    expect(submittedText({ value: { painScore: 7 } })).toBe('');
    expect(submittedText({ value: 'not an object' })).toBe('');
  });
});

describe('conversation scope', () => {
  it('reads the Teams conversation type', () => {
    expect(conversationScope({ conversation: { conversationType: 'personal' } })).toBe('personal');
    expect(conversationScope({ conversation: { conversationType: 'groupChat', isGroup: true } })).toBe('groupChat');
    expect(conversationScope({ conversation: { conversationType: 'channel', isGroup: true } })).toBe('channel');
    expect(isPrivateConversation({ conversation: { conversationType: 'channel' } })).toBe(false);
  });

  it('treats other channels as personal unless isGroup', () => {
    expect(conversationScope({})).toBe('personal');
    expect(conversationScope({ conversation: { isGroup: true } })).toBe('groupChat');
    expect(isPrivateConversation({ conversation: {} })).toBe(true);
  });
});
