import { expect } from '@open-wc/testing';
import type { Role } from '../../src/client/types.js';
import { isValidEmail, parseInvites, reviewInvites, type ReviewContext } from '../../src/elements/so-org-members/parse-invites.js';

const roles: Role[] = [
  { id: 'owner', name: 'Owner', owner: true },
  { id: 'admin', name: 'Admin' },
  { id: 'member', name: 'Member' },
  { id: 'billing', name: 'Billing manager' },
];

const context = (parts: Partial<ReviewContext> = {}): ReviewContext => ({
  roles,
  defaultRoleId: 'member',
  memberEmails: new Set(),
  invitedEmails: new Set(),
  ...parts,
});

const emails = (text: string) => parseInvites(text).map((row) => row.email);

describe('parseInvites', () => {
  it('returns nothing for empty or blank input', () => {
    expect(parseInvites('')).to.deep.equal([]);
    expect(parseInvites('  \n\t \r\n ')).to.deep.equal([]);
  });

  it('splits on commas, semicolons, spaces, tabs and new lines', () => {
    expect(emails('a@x.io, b@x.io;c@x.io d@x.io\te@x.io\nf@x.io\r\ng@x.io\rh@x.io')).to.deep.equal([
      'a@x.io',
      'b@x.io',
      'c@x.io',
      'd@x.io',
      'e@x.io',
      'f@x.io',
      'g@x.io',
      'h@x.io',
    ]);
  });

  it('ignores repeated and trailing separators', () => {
    expect(emails(',, a@x.io ,,\n\n b@x.io ;')).to.deep.equal(['a@x.io', 'b@x.io']);
  });

  it('keeps the order and every entry, invalid ones included, for the review to judge', () => {
    expect(emails('b@x.io not-an-email a@x.io b@x.io')).to.deep.equal(['b@x.io', 'not-an-email', 'a@x.io', 'b@x.io']);
  });

  it('reads CSV lines email,role', () => {
    expect(parseInvites('a@x.io,admin\nb@x.io, Billing manager\nc@x.io')).to.deep.equal([
      { email: 'a@x.io', role: 'admin' },
      { email: 'b@x.io', role: 'Billing manager' },
      { email: 'c@x.io' },
    ]);
  });

  it('skips a CSV header and unquotes quoted fields', () => {
    expect(parseInvites('email,role\n"a@x.io","Admin"\n"b@x.io","Billing ""finance"" manager"')).to.deep.equal([
      { email: 'a@x.io', role: 'Admin' },
      { email: 'b@x.io', role: 'Billing "finance" manager' },
    ]);
    expect(parseInvites('Email, Role\na@x.io,member')).to.deep.equal([{ email: 'a@x.io', role: 'member' }]);
  });

  it('with roles known, reads a second field as a role only when it names one', () => {
    expect(parseInvites('a@x.io, Admin\nb@x.io, not-an-email\nc@x.io,billing manager', { roles })).to.deep.equal([
      { email: 'a@x.io', role: 'Admin' },
      { email: 'b@x.io' },
      { email: 'not-an-email' },
      { email: 'c@x.io', role: 'billing manager' },
    ]);
  });

  it('with a CSV header, reads every line as CSV so an unknown role shows as one', () => {
    expect(parseInvites('email,role\na@x.io,superuser', { roles })).to.deep.equal([{ email: 'a@x.io', role: 'superuser' }]);
  });

  it('ignores further CSV columns that hold no address', () => {
    expect(parseInvites('a@x.io,admin,Ada Lovelace')).to.deep.equal([{ email: 'a@x.io', role: 'admin' }]);
  });

  it('reads a comma list, not CSV, when the second field is an address', () => {
    expect(parseInvites('a@x.io,b@x.io')).to.deep.equal([{ email: 'a@x.io' }, { email: 'b@x.io' }]);
  });

  it('never reads a list with one mistyped address as CSV, so no address is lost', () => {
    expect(emails('a@x.io,typo.example.com,c@x.io')).to.deep.equal(['a@x.io', 'typo.example.com', 'c@x.io']);
  });

  it('mixes lists and CSV lines in one paste', () => {
    expect(parseInvites('a@x.io b@x.io\nc@x.io,admin\nd@x.io; e@x.io')).to.deep.equal([
      { email: 'a@x.io' },
      { email: 'b@x.io' },
      { email: 'c@x.io', role: 'admin' },
      { email: 'd@x.io' },
      { email: 'e@x.io' },
    ]);
  });

  it('drops display names around <address>, as mail clients copy them', () => {
    expect(emails('Ada Lovelace <ada@x.io>, "Hopper, Grace" <grace@x.io>; <alan@x.io>')).to.deep.equal(['ada@x.io', 'grace@x.io', 'alan@x.io']);
  });

  it('drops mailto: prefixes and stray quotes', () => {
    expect(emails('mailto:a@x.io "b@x.io" \'c@x.io\'')).to.deep.equal(['a@x.io', 'b@x.io', 'c@x.io']);
  });
});

describe('isValidEmail', () => {
  it('accepts ordinary addresses, subdomains, plus tags and IDN', () => {
    for (const email of ['a@x.io', 'first.last+tag@mail.example.co.uk', 'josé@exämple.de']) expect(isValidEmail(email), email).to.be.true;
  });

  it('refuses what is not an address', () => {
    for (const email of ['', 'plain', '@x.io', 'a@', 'a@x', 'a b@x.io', 'a@@x.io', 'a@x.io,', '<a@x.io>', 'a@x.io ']) {
      expect(isValidEmail(email), JSON.stringify(email)).to.be.false;
    }
  });
});

describe('reviewInvites', () => {
  it('marks rows ready with the default role', () => {
    expect(reviewInvites(parseInvites('a@x.io b@x.io'), context())).to.deep.equal([
      { email: 'a@x.io', roleId: 'member', problem: null },
      { email: 'b@x.io', roleId: 'member', problem: null },
    ]);
  });

  it('uses the role a CSV line names, by id or by name in any case', () => {
    const rows = reviewInvites(parseInvites('a@x.io,ADMIN\nb@x.io,billing manager\nc@x.io,owner'), context());
    expect(rows.map((row) => [row.roleId, row.problem])).to.deep.equal([
      ['admin', null],
      ['billing', null],
      ['owner', null],
    ]);
  });

  it('flags an unknown role and keeps the text to explain it', () => {
    expect(reviewInvites(parseInvites('email,role\na@x.io,superuser', { roles }), context())).to.deep.equal([
      { email: 'a@x.io', roleId: null, roleText: 'superuser', problem: 'unknown_role' },
    ]);
  });

  it('flags invalid addresses', () => {
    expect(reviewInvites(parseInvites('nope a@x'), context()).map((row) => row.problem)).to.deep.equal(['invalid_email', 'invalid_email']);
  });

  it('flags the second and later copies of an address as duplicates, ignoring case', () => {
    const rows = reviewInvites(parseInvites('a@x.io A@X.IO b@x.io\na@x.io,admin'), context());
    expect(rows.map((row) => row.problem)).to.deep.equal([null, 'duplicate', null, 'duplicate']);
  });

  it('flags members and pending invitations, ignoring case', () => {
    const rows = reviewInvites(parseInvites('Maya@Acme.example jordan@acme.example new@acme.example'), context({
      memberEmails: new Set(['maya@acme.example']),
      invitedEmails: new Set(['jordan@acme.example']),
    }));
    expect(rows.map((row) => row.problem)).to.deep.equal(['already_member', 'already_invited', null]);
  });

  it('reports an invalid address before any other problem', () => {
    expect(reviewInvites(parseInvites('bad,superuser'), context())[0]!.problem).to.equal('invalid_email');
  });
});
