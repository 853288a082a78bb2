// Scripted Office.js host, served by the e2e run in place of
// https://appsforoffice.microsoft.com/lib/1/hosted/office.js. It exposes only what the scenario's
// requirement sets allow (like a real client), records every call in window.__bdCalls, and plays the
// nested-app-auth bridge (window.nestedAppAuthBridge) so the real MSAL runs against it.
(function () {
  'use strict';
  var sc = window.__bdScenario || {};
  var calls = (window.__bdCalls = []);
  function rec(name, args) {
    calls.push({ name: name, args: JSON.parse(JSON.stringify(args || null)) });
  }
  function cmp(a, b) {
    var x = String(a).split('.').map(Number), y = String(b).split('.').map(Number);
    for (var i = 0; i < Math.max(x.length, y.length); i++) {
      var d = (x[i] || 0) - (y[i] || 0);
      if (d) return d;
    }
    return 0;
  }
  var sets = sc.sets || { Mailbox: '1.14' };
  function supports(name, v) {
    return sets[name] !== undefined && cmp(sets[name], v || '1.1') >= 0;
  }
  function later(cb, value, error) {
    setTimeout(function () {
      if (typeof cb !== 'function') return;
      cb(error ? { status: 'failed', error: { code: 9999, name: 'Error', message: error }, value: undefined } : { status: 'succeeded', value: value });
    }, 5);
  }
  function lastCb(args) {
    for (var i = args.length - 1; i >= 0; i--) if (typeof args[i] === 'function') return args[i];
    return null;
  }

  var notifications = {};
  // A read-mode item as the scenario describes it; the same builder serves ItemChanged (pinned pane).
  function makeReadItem(it) {
    if (!it) return null;
    notifications = {};
    var item = {
      itemType: 'message',
      itemClass: it.itemClass || 'IPM.Note',
      subject: it.subject || '',
      internetMessageId: it.internetMessageId || null,
      from: { emailAddress: it.from || 'someone@example.net', displayName: it.fromName || '' },
      dateTimeCreated: new Date(it.date || '2026-11-20T09:00:00Z'),
      attachments: (it.attachments || []).map(function (a) {
        return { id: a.id, name: a.name, contentType: a.contentType, size: a.size || 100, attachmentType: a.attachmentType || 'file', isInline: false };
      }),
      body: {
        getAsync: function () {
          var cb = lastCb(arguments);
          rec('body.getAsync', [arguments[0]]);
          later(cb, it.bodyText || '');
        },
      },
      notificationMessages: {
        addAsync: function (key, details) {
          rec('notificationMessages.addAsync', [key, details]);
          if (notifications[key]) return later(lastCb(arguments), undefined, 'DuplicateNotificationKey');
          notifications[key] = details;
          later(lastCb(arguments));
        },
        replaceAsync: function (key, details) {
          rec('notificationMessages.replaceAsync', [key, details]);
          // The real limits: 150 characters, 5 messages per item, key up to 32 characters.
          if (!details || typeof details.message !== 'string' || details.message.length > 150) return later(lastCb(arguments), undefined, 'message too long');
          if (String(key).length > 32) return later(lastCb(arguments), undefined, 'key too long');
          if (!notifications[key] && Object.keys(notifications).length >= 5) return later(lastCb(arguments), undefined, 'too many notifications');
          notifications[key] = details;
          later(lastCb(arguments));
        },
        removeAsync: function (key) {
          rec('notificationMessages.removeAsync', [key]);
          delete notifications[key];
          later(lastCb(arguments));
        },
        getAllAsync: function () {
          later(lastCb(arguments), Object.keys(notifications).map(function (k) { return Object.assign({ key: k }, notifications[k]); }));
        },
      },
    };
    if (supports('Mailbox', '1.8')) {
      item.getAllInternetHeadersAsync = function () {
        rec('getAllInternetHeadersAsync', []);
        later(lastCb(arguments), it.headers || '');
      };
      item.getAttachmentContentAsync = function (id) {
        rec('getAttachmentContentAsync', [id]);
        var a = (it.attachments || []).filter(function (x) { return x.id === id; })[0];
        if (!a) return later(lastCb(arguments), undefined, 'InvalidAttachmentId');
        later(lastCb(arguments), a.content);
      };
    }
    if (supports('Mailbox', '1.14')) {
      item.getAsFileAsync = function () {
        rec('getAsFileAsync', []);
        if (!it.emlBase64) return later(lastCb(arguments), undefined, 'not available');
        later(lastCb(arguments), it.emlBase64);
      };
    } else if (sc.trapNewApis) {
      // An old client that still has the function object: the pane must trust isSetSupported, not typeof.
      item.getAsFileAsync = function () {
        rec('FORBIDDEN getAsFileAsync', []);
        later(lastCb(arguments), undefined, 'not supported');
      };
    }
    return item;
  }
  var item = makeReadItem(sc.item || null);

  var cp = sc.compose || null;
  if (cp) {
    var recips = function (list, field) {
      return {
        getAsync: function () {
          rec(field + '.getAsync', []);
          if (cp.failRecipients) return later(lastCb(arguments), undefined, 'recipients unavailable');
          if (cp.hangRecipients) return; // never calls back
          later(lastCb(arguments), (list || []).map(function (a) { return { emailAddress: a, displayName: '' }; }));
        },
      };
    };
    item = {
      itemType: 'message',
      to: recips(cp.to, 'to'), cc: recips(cp.cc, 'cc'), bcc: recips(cp.bcc, 'bcc'),
      body: { getAsync: function () { rec('compose.body.getAsync', [arguments[0]]); later(lastCb(arguments), cp.bodyHtml || '<p>hi</p>'); } },
      notificationMessages: {
        replaceAsync: function (key, details) { rec('notificationMessages.replaceAsync', [key, details]); later(lastCb(arguments)); },
        removeAsync: function (key) { rec('notificationMessages.removeAsync', [key]); later(lastCb(arguments)); },
      },
    };
    if (supports('Mailbox', '1.8')) {
      item.getAttachmentsAsync = function () {
        rec('getAttachmentsAsync', []);
        later(lastCb(arguments), (cp.attachments || []).map(function (a, i) { return { id: 'a' + i, name: a.name, size: a.size, attachmentType: 'file', isInline: false }; }));
      };
    }
  }

  var Office = {
    HostType: { Outlook: 'Outlook' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline' },
    CoercionType: { Text: 'text', Html: 'html' },
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    MailboxEnums: {
      AttachmentContentFormat: { Base64: 'base64', Url: 'url', Eml: 'eml', ICalendar: 'iCalendar' },
      ItemNotificationMessageType: { InformationalMessage: 'informationalMessage', ErrorMessage: 'errorMessage' },
      SendModeOverride: { PromptUser: 'promptUser' },
    },
    context: {
      displayLanguage: sc.displayLanguage || 'en-US',
      requirements: {
        isSetSupported: function (name, v) {
          rec('isSetSupported', [name, v]);
          return supports(name, v);
        },
      },
      mailbox: {
        item: item,
        userProfile: { emailAddress: sc.userEmail || 'me@example.jp', displayName: 'Me' },
        addHandlerAsync: function (type, handler, a, b) {
          rec('mailbox.addHandlerAsync', [type]);
          window.__bdItemChanged = handler;
          later(typeof a === 'function' ? a : b);
        },
      },
    },
    actions: {
      associate: function (name, fn) {
        rec('actions.associate', [name]);
        (window.__bdHandlers = window.__bdHandlers || {})[name] = fn;
      },
    },
    onReady: function (cb) {
      // Test hook: switch the selected message like a user would in a pinned pane.
      window.__bdSelect = function (spec) {
        Office.context.mailbox.item = makeReadItem(spec);
        if (typeof window.__bdItemChanged === 'function') window.__bdItemChanged({ type: 'olkItemSelectedChanged' });
      };
      var info = { host: 'Outlook', platform: sc.platform || 'OfficeOnline' };
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (typeof cb === 'function') cb(info);
          resolve(info);
        }, 10);
      });
    },
  };
  window.Office = Office;

  // Nested app auth bridge (what Outlook injects for MSAL): answers GetInitContext and GetToken.
  if (supports('NestedAppAuth', '1.1')) {
    var listeners = [];
    var b64url = function (o) {
      return btoa(unescape(encodeURIComponent(JSON.stringify(o)))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    };
    var now = Math.floor(Date.now() / 1000);
    var tid = '11111111-2222-3333-4444-555555555555', oid = '66666666-7777-8888-9999-000000000000';
    var account = {
      homeAccountId: oid + '.' + tid, environment: 'login.microsoftonline.com', tenantId: tid, username: sc.userEmail || 'me@example.jp',
      localAccountId: oid, name: 'Me',
    };
    window.nestedAppAuthBridge = {
      addEventListener: function (_e, f) { listeners.push(f); },
      removeEventListener: function (_e, f) { listeners = listeners.filter(function (x) { return x !== f; }); },
      postMessage: function (text) {
        var req = JSON.parse(text);
        rec('naa.' + req.method, [req.tokenParams ? { scope: req.tokenParams.scope, clientId: req.tokenParams.clientId } : null]);
        var res = { messageType: 'NestedAppAuthResponse', requestId: req.requestId, success: true };
        if (req.method === 'GetInitContext') {
          res.initContext = { sdkName: 'bd-standin', sdkVersion: '1.0.0', capabilities: { queryAccount: false } };
        } else {
          var claims = { aud: (req.tokenParams && req.tokenParams.clientId) || 'x', iss: 'https://login.microsoftonline.com/' + tid + '/v2.0', iat: now, nbf: now, exp: now + 3600,
            oid: oid, tid: tid, sub: oid, preferred_username: account.username, name: 'Me', ver: '2.0' };
          var idToken = b64url({ alg: 'none', typ: 'JWT' }) + '.' + b64url(claims) + '.';
          res.token = { access_token: sc.accessToken || 'standin-access-token', expires_in: 3600, id_token: idToken, properties: null,
            scope: (req.tokenParams && req.tokenParams.scope) || 'Mail.Read' };
          res.account = Object.assign({ idToken: idToken, idTokenClaims: claims }, account);
        }
        setTimeout(function () { listeners.forEach(function (f) { f(JSON.stringify(res)); }); }, 5);
      },
    };
  }
})();
