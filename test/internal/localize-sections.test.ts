import { expect } from '@open-wc/testing';
import { sessionsMessages } from '../../src/internal/localize/messages/sessions.js';
import { defineMessages, registerTranslation, registeredLocales, translate } from '../../src/internal/localize/registry.js';
import { captureConsole } from '../helpers/console.js';

// This page defines the sessions messages and nothing else, as <so-sessions> alone would.
describe('English messages, section by section', () => {
  before(() => defineMessages(sessionsMessages));

  it('knows the messages of the sections that are loaded', () => {
    expect(translate('en', 'sessions.label')).to.equal('Active sessions');
    expect(translate('en-GB', 'sessions.revokedOthers', 2)).to.equal('Signed out of 2 other sessions.');
  });

  it('does not hold the strings of elements that are not loaded, and says so once in development', () => {
    const warnings = captureConsole('warn');
    try {
      expect(translate('en', 'orgMembers.heading')).to.equal('orgMembers.heading');
      expect(translate('en', 'orgMembers.heading')).to.equal('orgMembers.heading');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('No "orgMembers.heading" message is loaded');
  });

  it('lets a host override a built-in English message, and lists English first', () => {
    registerTranslation('en', { 'sessions.revoke': 'Log out' });
    expect(translate('en-US', 'sessions.revoke')).to.equal('Log out');
    expect(translate('en', 'sessions.label')).to.equal('Active sessions');
    expect(registeredLocales()[0]).to.equal('en');
  });
});
