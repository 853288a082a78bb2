import type { ReasonRule } from './rule.js';

export const hostunknown: ReasonRule = {
  name: 'hostunknown',
  statuses: ["5.1.2", "5.4.4"],
  // "Host not found, try again" is Postfix's word for a DNS server that did not answer.
  unless: ["host not found, try again"],
  phrases: [
    "host unknown",
    "host not found",
    "unknown host",
    "domain not found",
    "no such domain",
    "unrouteable mail domain",
    "name or service not known",
    "domain does not exist",
    "host or domain name not found",
    "recipient domain not found",
    "illegal host/domain",
    "nxdomain",
    "unknown domain",
    "no mx",
    "hostname not found",
    "ドメインが存在しません",
    "ドメインが見つかりません",
    "the account or domain may not exist",
  ],
};
