// Outlook's drag-out format (.msg, a CFB file) -> MIME text the core can read, through the shared
// reader (shared/src/ui/msg.ts, the one the preview page uses); this file only adds the reason shown in
// Diagnostics. Both it and msgreader load lazily: most users never drop a .msg.
import { isCompoundFile } from '../../../shared/src/ui/file-input.js';

/** Never throws: returns null with a reason when the bytes are not a readable .msg. */
export async function msgToRfc822(bytes: Uint8Array): Promise<{ text: string | null; reason: string }> {
  if (!isCompoundFile(bytes)) return { text: null, reason: 'not an Outlook .msg file (no compound-file signature)' };
  try {
    const { msgToMime } = await import('../../../shared/src/ui/msg.js');
    const text = await msgToMime(bytes);
    return text ? { text, reason: '' } : { text: null, reason: 'could not read the .msg file (damaged or not a message)' };
  } catch (e) {
    return { text: null, reason: `could not read the .msg file (${e instanceof Error ? e.message : String(e)})` };
  }
}
