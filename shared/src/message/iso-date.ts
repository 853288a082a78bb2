// Date.prototype.toISOString for the dates mail carries, without its cost: V8 formats it in the
// runtime through its date cache, several times slower than the arithmetic below.

/** Time values from 1970-01-01 up to the end of year 9999: four-digit years, the plain format. */
const LAST = 253402300800000;

function pad2(n: number): string {
  return n < 10 ? '0' + n : '' + n;
}

/** Exactly `new Date(t).toISOString()` for a valid time value t (an integer, as Date keeps them). */
export function isoString(t: number): string {
  if (!(t >= 0 && t < LAST)) return new Date(t).toISOString(); // negative or extended years: rare
  const days = Math.floor(t / 86400000);
  let rest = t - days * 86400000;
  const hh = Math.floor(rest / 3600000);
  rest -= hh * 3600000;
  const mi = Math.floor(rest / 60000);
  rest -= mi * 60000;
  const ss = Math.floor(rest / 1000);
  const ms = rest - ss * 1000;
  // Days since 1970-01-01 to a civil date (proleptic Gregorian, March-based years: H. Hinnant).
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const yyyy = y < 1000 ? ('000' + y).slice(-4) : '' + y;
  const mmm = ms < 10 ? '00' + ms : ms < 100 ? '0' + ms : '' + ms;
  return `${yyyy}-${pad2(m)}-${pad2(d)}T${pad2(hh)}:${pad2(mi)}:${pad2(ss)}.${mmm}Z`;
}
