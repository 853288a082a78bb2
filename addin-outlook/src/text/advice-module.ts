// The advice catalog is not part of the core's index on purpose: the shared pane loads it as a separate
// chunk (ui/advice-bridge). The Outlook shell needs it only for pre-send wording (handlers, compose pane),
// so it is imported here, by path, in one place.
export * as advice from '../../../shared/src/advice/index.js';
