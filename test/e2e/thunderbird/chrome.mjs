// Chrome-context helpers sent through Marionette. Each export is the body of an async function;
// PRELUDE gives it MailServices, the 3-pane window and small wait helpers.
export const PRELUDE = `
  const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
  const win = Services.wm.getMostRecentWindow("mail:3pane");
  const sleep = (ms) => new Promise((r) => win.setTimeout(r, ms));
  const waitFor = async (f, ms = 10000, step = 10) => {
    const end = Date.now() + ms;
    for (;;) { let v = null; try { v = await f(); } catch (e) { v = null; } if (v) return v; if (Date.now() > end) return null; await sleep(step); }
  };
  const serverOf = (email) => MailServices.accounts.accounts.map((a) => a.incomingServer).find((s) => s && s.username === email);
  const inboxOf = (email) => serverOf(email).rootFolder.getFolderWithFlags(Ci.nsMsgFolderFlags.Inbox);
  const accountOf = (email) => MailServices.accounts.accounts.find((a) => a.incomingServer && a.incomingServer.username === email);
  const about3 = () => win.gTabmail.currentAbout3Pane;
  const aboutMessage = () => about3().messageBrowser.contentWindow;
  const messageDoc = () => { const b = aboutMessage().getMessagePaneBrowser(); return b && b.contentDocument; };
  const extBrowsers = (part) => {
    const out = [];
    for (const w of Services.wm.getEnumerator(null)) {
      const docs = [w.document];
      for (const d of docs) for (const b of d.querySelectorAll("browser")) {
        const spec = b.currentURI && b.currentURI.spec;
        if (spec && spec.startsWith("moz-extension:") && spec.includes(part)) out.push({ w, b });
      }
      // popups of the message header live inside about:message
      try { const am = aboutMessage(); for (const b of am.document.querySelectorAll("browser")) { const spec = b.currentURI && b.currentURI.spec; if (spec && spec.startsWith("moz-extension:") && spec.includes(part) && !out.some((x) => x.b === b)) out.push({ w: am, b }); } } catch (e) {}
    }
    return out;
  };
`;

export const ADDON_STATE = `
  const { AddonManager } = ChromeUtils.importESModule("resource://gre/modules/AddonManager.sys.mjs");
  const id = args[0];
  const a = await waitFor(async () => { const x = await AddonManager.getAddonByID(id); return x && x.isActive ? x : null; }, 30000, 200);
  return a ? { active: a.isActive, version: a.version, installScope: a.scope, type: a.type } : null;
`;

/** Waits until Thunderbird knows the quota of each account's INBOX (IMAP GETQUOTAROOT). */
export const WAIT_QUOTA = `
  const out = {};
  for (const email of args[0]) {
    const inbox = inboxOf(email);
    const q = await waitFor(() => { const x = inbox.QueryInterface(Ci.nsIMsgImapMailFolder).getQuota(); return x && x.length ? x : null; }, 4000, 100);
    if (!q) {
      // Thunderbird asks for the quota when it opens the folder; open it the way a user would.
      inbox.updateFolder(null);
    }
    const q2 = q || await waitFor(() => { const x = inbox.QueryInterface(Ci.nsIMsgImapMailFolder).getQuota(); return x && x.length ? x : null; }, 15000, 100);
    out[email] = q2 ? q2.map((e) => ({ name: e.name, usage: e.usage, limit: e.limit })) : null;
  }
  return out;
`;

export const SHOW_FOLDER = `
  const inbox = inboxOf(args[0]);
  about3().displayFolder(inbox.URI);
  await waitFor(() => about3().gFolder && about3().gFolder.URI === inbox.URI, 10000, 50);
  return inbox.URI;
`;

export const LIST_MESSAGES = `
  const inbox = inboxOf(args[0]);
  const out = [];
  for (const h of inbox.msgDatabase.enumerateMessages()) out.push({ key: h.messageKey, subject: h.mime2DecodedSubject || h.subject, author: h.mime2DecodedAuthor || h.author, messageId: h.messageId, size: h.messageSize });
  return out;
`;

/** Opens a compose window with the given fields and sends it; returns how it ended. */
export const COMPOSE_AND_SEND = `
  const [from, to, subject, body, attachPath, timeoutMs] = args;
  const params = Cc["@mozilla.org/messengercompose/composeparams;1"].createInstance(Ci.nsIMsgComposeParams);
  const fields = Cc["@mozilla.org/messengercompose/composefields;1"].createInstance(Ci.nsIMsgCompFields);
  fields.to = to; fields.subject = subject; fields.body = body;
  if (attachPath) {
    const file = Cc["@mozilla.org/file/local;1"].createInstance(Ci.nsIFile); file.initWithPath(attachPath);
    const att = Cc["@mozilla.org/messengercompose/attachment;1"].createInstance(Ci.nsIMsgAttachment);
    att.url = Services.io.newFileURI(file).spec; att.name = file.leafName; att.size = file.fileSize;
    fields.addAttachment(att);
  }
  params.type = Ci.nsIMsgCompType.New; params.format = Ci.nsIMsgCompFormat.PlainText;
  params.composeFields = fields; params.identity = accountOf(from).defaultIdentity;
  MailServices.compose.OpenComposeWindowWithParams(null, params);
  const find = () => { for (const w of Services.wm.getEnumerator("msgcompose")) { const s = w.document.getElementById("msgSubject"); if (s && s.value === subject && w.gLoadingComplete) return w; } return null; };
  const cw = await waitFor(find, 20000, 50);
  if (!cw) return { state: "no-window" };
  await sleep(300);
  const t0 = Date.now();
  cw.goDoCommand("cmd_sendNow");
  // Sent: the window closes. Stopped by the add-in: its dialog appears and the window stays.
  const r = await waitFor(() => (cw.closed ? "sent" : extBrowsers("presend.html").length ? "dialog" : null), timeoutMs || 20000, 20);
  return { state: r || "timeout", ms: Date.now() - t0 };
`;

export const READ_PRESEND = `
  const [b] = extBrowsers("presend.html").map((x) => x.b);
  if (!b) return null;
  const doc = await waitFor(() => b.contentDocument && b.contentDocument.body && b.contentDocument.body.dataset.ready === "true" && b.contentDocument, 10000, 20);
  if (!doc) return { error: "dialog not ready" };
  return {
    codes: [...doc.querySelectorAll("li[data-code]")].map((li) => li.dataset.code),
    text: doc.body.innerText,
    sendAnyway: !!doc.getElementById("bd-send-anyway"),
  };
`;

export const PRESEND_BACK = `
  const [b] = extBrowsers("presend.html").map((x) => x.b);
  if (!b) return { error: "no dialog" };
  b.contentDocument.getElementById("bd-back").click();
  const closed = await waitFor(() => extBrowsers("presend.html").length === 0, 5000, 20);
  // The compose window is still there with the message unsent; close it without the save prompt.
  let composeOpen = false;
  for (const w of Services.wm.getEnumerator("msgcompose")) {
    if (w.document.getElementById("msgSubject").value === args[0]) {
      composeOpen = true;
      w.gContentChanged = false; if (w.gMsgCompose) w.gMsgCompose.bodyModified = false;
      w.close();
    }
  }
  return { dialogClosed: !!closed, composeOpen };
`;

/**
 * Selects the message with this Message-ID in the 3-pane and waits for the add-in's banners.
 * Returns what the banners say and the timings: bannerAfterDomMs = banner insertion minus the
 * message document's DOMContentLoaded (display -> banner), pollMs = selection -> banner seen here.
 */
export const SHOW_MESSAGE = `
  const [email, messageId, wantBounce, waitMs] = args;
  const inbox = inboxOf(email);
  if (!about3().gFolder || about3().gFolder.URI !== inbox.URI) {
    about3().displayFolder(inbox.URI);
    await waitFor(() => about3().gFolder && about3().gFolder.URI === inbox.URI, 10000, 50);
  }
  const hdr = inbox.msgDatabase.getMsgHdrForMessageID(messageId);
  if (!hdr) return { error: "no such message " + messageId };
  const before = messageDoc();
  const t0 = Date.now();
  const view = about3().gDBView;
  const idx = view.findIndexOfMsgHdr(hdr, true);
  about3().threadTree.selectedIndex = idx;
  const doc = await waitFor(() => { const d = messageDoc(); return d && d !== before && d.readyState !== "uninitialized" && d.body ? d : null; }, 10000, 5);
  if (!doc) return { error: "message not displayed" };
  const sel = wantBounce ? "#bounce-doctor-banner" : ".bd-quota";
  const el = await waitFor(() => doc.querySelector(sel), waitMs || 5000, 5);
  const pollMs = Date.now() - t0;
  await sleep(wantBounce ? 50 : 300);
  const nav = doc.defaultView.performance.getEntriesByType("navigation")[0];
  const dcl = nav ? nav.domContentLoadedEventStart : null;
  const loadEnd = nav ? nav.loadEventEnd : null;
  const b = doc.getElementById("bounce-doctor-banner");
  return {
    pollMs, found: !!el,
    bounce: b ? { text: b.querySelector(".bd-line").textContent, tone: b.dataset.bdTone, shownMs: Number(b.dataset.bdShownMs), waitMs: Number(b.dataset.bdWaitMs),
      rawMs: Number(b.dataset.bdRawMs), diagnoseMs: Number(b.dataset.bdDiagnoseMs), handlerMs: Number(b.dataset.bdHandlerMs), button: (b.querySelector("button") || {}).textContent } : null,
    quota: [...doc.querySelectorAll(".bd-quota")].map((q) => ({ id: q.id, level: q.dataset.bdLevel, text: q.innerText })),
    domContentLoadedMs: dcl, loadEndMs: loadEnd,
    subject: hdr.mime2DecodedSubject,
  };
`;

/**
 * Clicks the banner's "Details" button and reads the pane in the window it opens; also reads the
 * badge of the message-header button.
 */
export const OPEN_PANE = `
  const am = aboutMessage();
  const btn = am.document.querySelector('toolbarbutton[id$="-messageDisplayAction-toolbarbutton"]');
  const badge = btn && btn.getAttribute("badge");
  const open = messageDoc() && messageDoc().querySelector("#bounce-doctor-banner button");
  if (!open) return { error: "no Details button in the banner", badge };
  open.click();
  const found = await waitFor(() => { const x = extBrowsers("pane.html")[0]; const d = x && x.b.contentDocument; return d && d.body && d.body.dataset.ready === "true" ? x : null; }, 10000, 20);
  if (!found) return { error: "pane did not open", badge };
  const doc = found.b.contentDocument;
  await sleep(300);
  const detail = doc.querySelector(".bd-detail");
  const headline = doc.querySelector(".bd-headline");
  return {
    badge,
    headline: headline && headline.textContent, kind: headline && headline.dataset.kind,
    reason: detail && detail.dataset.reason,
    text: doc.body.innerText,
    configNotice: !!doc.querySelector(".bd-config-notice"),
    accounts: [...doc.querySelectorAll(".bd-account")].map((a) => ({ id: a.dataset.accountId, level: a.dataset.level, text: a.innerText })),
  };
`;

export const CLOSE_PANE = `
  for (const { b } of extBrowsers("pane.html")) { try { b.contentWindow.close(); } catch (e) {} }
  await waitFor(() => extBrowsers("pane.html").length === 0, 3000, 20);
  return true;
`;

/** Right-clicks the selected message in the list and picks the add-in's "Diagnose" item. */
export const CONTEXT_MENU_DIAGNOSE = `
  const a3 = about3(); const menu = a3.document.getElementById("mailContext");
  const row = a3.threadTree.getRowAtIndex(a3.threadTree.selectedIndex);
  const shown = new Promise((r) => menu.addEventListener("popupshown", r, { once: true }));
  row.dispatchEvent(new a3.MouseEvent("contextmenu", { bubbles: true, cancelable: true, button: 2, clientX: 10, clientY: 10 }));
  await Promise.race([shown, sleep(3000)]); await sleep(200);
  const items = [...menu.querySelectorAll("menuitem")].filter((i) => /bd-diagnose/.test(i.id));
  if (!items.length) { menu.hidePopup(); return { error: "no menu item" }; }
  menu.activateItem(items[0]);
  const found = await waitFor(() => { const x = extBrowsers("pane.html")[0]; const d = x && x.b.contentDocument; return d && d.body && d.body.dataset.ready === "true" ? d : null; }, 8000, 20);
  const r = { items: items.length, label: items[0].label, reason: found && (found.querySelector(".bd-detail") || { dataset: {} }).dataset.reason, kind: found && (found.querySelector(".bd-headline") || { dataset: {} }).dataset.kind };
  for (const { b } of extBrowsers("pane.html")) { try { b.contentWindow.close(); } catch (e) {} }
  return r;
`;

export const CONSOLE_ERRORS = `
  return (Services.console.getMessageArray() || []).map((m) => m.message || String(m))
    .filter((t) => /moz-extension|bounce-doctor/i.test(t)).slice(-40);
`;
