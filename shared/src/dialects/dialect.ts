import type { Message, RecipientRecord } from '../types.js';
import type { Gate } from './gate.js';

export interface DialectInput {
  msg: Message;
  /** Records from a message/delivery-status part, if the bounce has one (often less precise). */
  dsn: RecipientRecord[];
}

/**
 * One sending MTA's or provider's human-readable bounce format. `matches` must be cheap (headers,
 * subject, the first lines); `read` returns the recipients it understood, or [] to let others try.
 */
export interface Dialect {
  name: string;
  /** What the bounce must show for `matches` to be true (gate.ts): checked first, by one shared function. */
  gate: Gate;
  matches(msg: Message): boolean;
  read(input: DialectInput): RecipientRecord[];
}
