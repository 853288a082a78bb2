// Copy to the clipboard where the host allows it; report failure so the view can show a selectable
// textarea instead (Outlook on some hosts and sandboxed frames refuse clipboard writes).
export async function copyText(value: string, nav: Navigator | undefined = globalThis.navigator): Promise<boolean> {
  try {
    if (nav?.clipboard?.writeText) {
      await nav.clipboard.writeText(value);
      return true;
    }
  } catch {
    // denied or not focused: fall back
  }
  return false;
}
