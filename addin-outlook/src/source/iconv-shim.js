// Stands in for iconv-lite inside msgreader in the browser: iconv-lite needs Node's Buffer and ships
// large tables, while the browser's TextDecoder already knows the code pages a .msg uses
// (windows-125x, shift_jis, iso-2022-jp, euc-jp, utf-16le...). Plain JS because it replaces a CJS module.
function label(encoding) {
  const e = String(encoding || 'utf-8').toLowerCase();
  if (e === 'ucs2' || e === 'ucs-2' || e === 'utf16le' || e === 'utf-16le') return 'utf-16le';
  if (/^(cp|windows)-?125\d$/.test(e)) return `windows-${e.slice(-4)}`;
  if (e === 'cp932' || e === 'sjis' || e === 'windows-31j') return 'shift_jis';
  return e;
}
export function decode(bytes, encoding) {
  try {
    return new TextDecoder(label(encoding)).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
export function encode(text) {
  // Only msgreader's writer uses this; it is never called when reading.
  return new TextEncoder().encode(String(text));
}
export function encodingExists(encoding) {
  try {
    new TextDecoder(label(encoding));
    return true;
  } catch {
    return false;
  }
}
export default { decode, encode, encodingExists };
