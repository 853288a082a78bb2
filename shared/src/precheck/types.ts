export type PrecheckCode =
  | 'address-consecutive-dots'
  | 'address-dot-before-at'
  | 'address-leading-dot'
  | 'address-fullwidth'
  | 'address-space'
  | 'address-invalid'
  | 'size-over-limit'
  | 'carrier-pc-mail';

export interface PrecheckWarning {
  code: PrecheckCode;
  /** The recipient as typed (address warnings and carrier warnings only). */
  address?: string;
  /** Values for the message text (precheckText in advice); strings and numbers only. */
  params: Record<string, string | number>;
}

export interface PrecheckInput {
  /** Recipients as the compose window holds them: "a@b", "Name <a@b>", "\"Name\" <a@b>". */
  recipients: readonly string[];
  /** Estimated size on the wire in bytes (after base64), or null when unknown. */
  totalBytes?: number | null;
}

export interface PrecheckOptions {
  /** The configured maximum message size in bytes; null or absent turns the size check off. */
  maxMessageBytes?: number | null;
  /** Check mobile-carrier domains (default true). */
  carrierCheck?: boolean;
  /** Replaces the built-in carrier list (domain -> carrier name). */
  carrierDomains?: Readonly<Record<string, string>> | null;
}
