// The one message catalogue: every feature's messages, merged. A code appears once; the
// catalogue test fails when a code used in the sources has no text in either language.
import type { Messages } from './message.ts';
import { commonMessages } from './messages/common.ts';

export const catalogue = {
  ...commonMessages,
} as const satisfies Messages;

export type MessageCode = keyof typeof catalogue;
