// Which enhanced status code to believe when the Status: field and the server's own words disagree.
// The field is what the reporting MTA concluded; the code inside the Diagnostic-Code is what the remote
// server said. Catch-all or ambiguous field values (x.0.0, 4.4.7 "expired", 4.7.0, 5.3.x, x.5.x
// protocol codes) give way to the server's more specific code; a specific field keeps its value.

const hasZero = (s: string) => s.includes('.0');

export function preferStatus(field: string | null, inText: string | null, replyCode: string | null = null): string | null {
  if (!field) return inText;
  if (!inText) return field;
  if (field === inText) return field;
  if (replyCode && field[0] !== inText[0]) {
    if (replyCode[0] === field[0]) return field;
    if (replyCode[0] === inText[0]) return inText;
  }
  if (/^\d\.0\.0$/.test(field)) return /^\d\.0\.0$/.test(inText) ? field : inText;
  if (hasZero(field) && !hasZero(inText)) return inText;
  if (/^\d\.0\.0$/.test(inText)) return field;
  if (field === '4.4.7' || field === '4.7.0' || field.startsWith('5.3.') || /^\d\.5\.[1245]$/.test(field)) return inText;
  if (field === '5.1.1') return hasZero(inText) || inText.startsWith('5.5.') ? field : inText;
  if (field === '5.1.3' && inText.startsWith('5.7.')) return inText;
  return field;
}
