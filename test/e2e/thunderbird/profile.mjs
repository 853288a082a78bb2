// Thunderbird profile for the e2e run: two IMAP accounts on 127.0.0.1 (alice ~90 % full, half ~50 %),
// SMTP on 127.0.0.1:25, quiet offline-safe prefs. Passwords are stored during a headless seed launch
// (there is no pref for them), which also lets policies.json install the add-in before the real run.
import fs from 'node:fs';
import path from 'node:path';

export const USERS = [
  { key: '1', email: 'alice@example.test', name: 'Alice Example' },
  { key: '3', email: 'half@example.test', name: 'Half Example' },
];

export function basePrefs(mport) {
  return `// Bounce Doctor e2e: quiet, offline-safe, test-friendly
user_pref("mail.rights.version", 1);
user_pref("mailnews.start_page.enabled", false);
user_pref("mail.shell.checkDefaultClient", false);
user_pref("mail.provider.enabled", false);
user_pref("mail.inappnotifications.enabled", false);
user_pref("mail.accounthub.thundermail.enabled", false);
user_pref("mail.biff.show_alert", false);
user_pref("mail.biff.play_sound", false);
user_pref("mail.biff.show_tray_icon", false);
user_pref("app.donation.eoy.version.viewed", 999);
user_pref("app.update.enabled", false);
user_pref("app.update.auto", false);
user_pref("extensions.update.enabled", false);
user_pref("extensions.getAddons.cache.enabled", false);
user_pref("extensions.blocklist.enabled", false);
user_pref("extensions.autoDisableScopes", 0);
user_pref("extensions.webextensions.remote", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("datareporting.healthreport.uploadEnabled", false);
user_pref("toolkit.telemetry.enabled", false);
user_pref("toolkit.telemetry.server", "");
user_pref("network.dns.disablePrefetch", true);
user_pref("network.prefetch-next", false);
user_pref("network.trr.mode", 5);
user_pref("network.captive-portal-service.enabled", false);
user_pref("network.connectivity-service.enabled", false);
user_pref("services.settings.server", "http://127.0.0.1:9/v1");
user_pref("network.proxy.type", 1);
user_pref("network.proxy.http", "127.0.0.1");
user_pref("network.proxy.http_port", 9);
user_pref("network.proxy.ssl", "127.0.0.1");
user_pref("network.proxy.ssl_port", 9);
user_pref("network.proxy.no_proxies_on", "localhost, 127.0.0.1");
user_pref("mail.phishing.detection.enabled", false);
user_pref("mailnews.remember_selected_message", true);
user_pref("mail.spam.manualMark", false);
user_pref("marionette.port", ${mport});
`;
}

export function accountPrefs(imapPort) {
  const lines = [
    'user_pref("mail.accountmanager.accounts", "account1,account3,account2");',
    'user_pref("mail.accountmanager.defaultaccount", "account1");',
    'user_pref("mail.accountmanager.localfoldersserver", "server2");',
    'user_pref("mail.account.account2.server", "server2");',
    'user_pref("mail.server.server2.type", "none");',
    'user_pref("mail.server.server2.hostname", "Local Folders");',
    'user_pref("mail.server.server2.userName", "nobody");',
    'user_pref("mail.server.server2.name", "Local Folders");',
    'user_pref("mail.smtpservers", "smtp1");',
    'user_pref("mail.smtp.defaultserver", "smtp1");',
    'user_pref("mail.smtpserver.smtp1.hostname", "127.0.0.1");',
    'user_pref("mail.smtpserver.smtp1.port", 25);',
    'user_pref("mail.smtpserver.smtp1.authMethod", 1);',
    'user_pref("mail.smtpserver.smtp1.try_ssl", 0);',
    'user_pref("mail.smtpserver.smtp1.username", "");',
  ];
  for (const u of USERS) {
    const k = u.key;
    lines.push(
      `user_pref("mail.account.account${k}.server", "server${k}");`,
      `user_pref("mail.account.account${k}.identities", "id${k}");`,
      `user_pref("mail.server.server${k}.type", "imap");`,
      `user_pref("mail.server.server${k}.hostname", "127.0.0.1");`,
      `user_pref("mail.server.server${k}.port", ${imapPort});`,
      `user_pref("mail.server.server${k}.userName", "${u.email}");`,
      `user_pref("mail.server.server${k}.name", "${u.email}");`,
      `user_pref("mail.server.server${k}.socketType", 0);`,
      `user_pref("mail.server.server${k}.authMethod", 3);`,
      `user_pref("mail.server.server${k}.login_at_startup", true);`,
      `user_pref("mail.server.server${k}.check_new_mail", true);`,
      `user_pref("mail.server.server${k}.check_time", 1);`,
      `user_pref("mail.server.server${k}.use_idle", true);`,
      `user_pref("mail.server.server${k}.spamLevel", 0);`,
      `user_pref("mail.identity.id${k}.fullName", "${u.name}");`,
      `user_pref("mail.identity.id${k}.useremail", "${u.email}");`,
      `user_pref("mail.identity.id${k}.smtpServer", "smtp1");`,
      `user_pref("mail.identity.id${k}.valid", true);`,
      `user_pref("mail.identity.id${k}.fcc", false);`,
      `user_pref("mail.identity.id${k}.compose_html", false);`,
    );
  }
  return lines.join('\n') + '\n';
}

export function writePrefs(profile, text) {
  fs.mkdirSync(profile, { recursive: true });
  fs.writeFileSync(path.join(profile, 'user.js'), text);
}

/** Chrome-context script body that stores the IMAP passwords. */
export const STORE_PASSWORDS = `
  const users = args[0];
  for (const u of users) {
    const li = Cc["@mozilla.org/login-manager/loginInfo;1"].createInstance(Ci.nsILoginInfo);
    li.init("imap://127.0.0.1", null, "imap://127.0.0.1", u, "secret", "", "");
    await Services.logins.addLoginAsync(li);
  }
  return (await Services.logins.getAllLogins()).length;
`;
