/**
 * The parts of botbuilder-dialogs the bot uses, from their own modules. The
 * package's index also loads its prompts, skills and adaptive memory, with a
 * copy of the whole recognizers-text suite: about 0.3 s of every start-up for
 * code the bot never runs. The SDK is frozen at its final release (4.23.3),
 * so these module paths will not move; everything else imports from here.
 */
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
export type { DialogInstance, DialogTurnResult } from 'botbuilder-dialogs/lib/dialog';
export { DialogContext } from 'botbuilder-dialogs/lib/dialogContext';
export type { DialogState } from 'botbuilder-dialogs/lib/dialogContext';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
export { WaterfallStepContext } from 'botbuilder-dialogs/lib/waterfallStepContext';
