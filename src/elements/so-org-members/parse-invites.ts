/**
 * Turns what a person types or pastes into the invite dialog into rows, and checks each row
 * locally before anything is sent. Pure functions: no DOM, no Lit, no client.
 */
import type { Role } from '../../client/types.js';

/** One address found in the input, with the role text a CSV line gave it (`email,role`). */
export interface ParsedInvite {
  email: string;
  /** The second CSV field as typed (a role id or name), when the line had one. */
  role?: string;
}

/** Why a row will not be sent, found before sending. */
export type InviteProblem = 'invalid_email' | 'duplicate' | 'already_member' | 'already_invited' | 'unknown_role';

/** A row of the preview: what will be sent, or why it will not. */
export interface ReviewedInvite {
  email: string;
  /** The role it will be invited with; `null` when its role text matched no role. */
  roleId: string | null;
  /** The role text of a CSV line, kept to explain an unknown role. */
  roleText?: string;
  /** `null` when the row is ready to send. */
  problem: InviteProblem | null;
}

/** What the local checks compare against. Emails are compared case-insensitively. */
export interface ReviewContext {
  roles: readonly Role[];
  /** The role of rows that name none. */
  defaultRoleId: string;
  /** Emails of members the element has loaded (a long list may not be loaded whole; the server checks the rest). */
  memberEmails: ReadonlySet<string>;
  /** Emails of pending (not expired) invitations. */
  invitedEmails: ReadonlySet<string>;
}

// Deliberately loose, like the server's: one @, no spaces, a dot in the domain. Characters that
// only appear when a paste went wrong (quotes, brackets, commas) are refused as well.
const EMAIL = /^[^\s@"'<>(),;:[\]]+@[^\s@"'<>(),;:[\]]+\.[^\s@"'<>(),;:[\]]+$/;

/** Whether `value` looks like an email address. */
export function isValidEmail(value: string): boolean {
  return EMAIL.test(value);
}

/** The fields of one CSV line: commas separate, double quotes wrap a field, `""` is a quote. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      fields.push(field.trim());
      field = '';
    } else {
      field += char;
    }
  }
  fields.push(field.trim());
  return fields;
}

/** `Jane Doe <jane@example.com>` (as mail clients copy addresses) becomes `jane@example.com`. */
function stripDisplayNames(line: string): string {
  return line.replace(/"[^"]*"\s*<([^<>]*)>|[^,;<>\n]*<([^<>]*)>/g, (_match, quoted?: string, plain?: string) => ` ${quoted ?? plain ?? ''} `);
}

/**
 * Whether a line is a CSV row `email,role[,…]`: its second field is a role (see `parseInvites`)
 * and no later field holds an address, so a list with one mistyped address is never read as CSV.
 */
function asCsvRow(line: string, isRole: (text: string) => boolean): ParsedInvite | null {
  if (!line.includes(',')) return null;
  const fields = csvFields(line);
  const [email = '', role = '', ...rest] = fields;
  const addressLater = rest.some((value) => value.includes('@'));
  if (fields.length < 2 || role === '' || role.includes('@') || addressLater || /\s/.test(email) || !isRole(role)) return null;
  return { email: email.replace(/^mailto:/i, ''), role };
}

/** A header line such as `email,role` or `Email, Role`. */
const isHeader = (line: string): boolean => /^\s*"?e-?mail(\s+address)?"?\s*(,\s*"?role"?\s*)?$/i.test(line);

/** Options for `parseInvites`. */
export interface ParseOptions {
  /** The roles a CSV line may name; without them, any second field that is not an address is a role. */
  roles?: readonly Role[];
}

/**
 * Every address in `text`, in order. Addresses are separated by commas, semicolons, spaces, tabs
 * or new lines; a line `email,role` (CSV, quotes allowed) also names the role. `a@x.io, sales`
 * is ambiguous — a role, or a mistyped address? — so with `roles` given, the second field is a
 * role only when it names one, unless the paste has a CSV header line (`email,role`), which
 * makes every line CSV and an unknown role a problem to show. Display names around `<address>`
 * are dropped. Nothing is checked here: see `reviewInvites`.
 */
export function parseInvites(text: string, options: ParseOptions = {}): ParsedInvite[] {
  const rows: ParsedInvite[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  const header = lines.some((line) => line.trim() !== '' && isHeader(line));
  const roles = options.roles;
  const isRole = (candidate: string) => header || !roles || findRole(roles, candidate) !== undefined;
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (line === '' || isHeader(line)) continue;
    const csv = asCsvRow(line, isRole);
    if (csv) {
      rows.push(csv);
      continue;
    }
    for (const token of stripDisplayNames(line).split(/[\s,;]+/)) {
      const email = token.replace(/^["']+|["']+$/g, '').replace(/^mailto:/i, '');
      if (email !== '') rows.push({ email });
    }
  }
  return rows;
}

/** The role a CSV field names, by id or by name, ignoring case. */
function findRole(roles: readonly Role[], text: string): Role | undefined {
  const wanted = text.trim().toLowerCase();
  return roles.find((role) => role.id.toLowerCase() === wanted) ?? roles.find((role) => role.name.toLowerCase() === wanted);
}

/**
 * Checks each parsed row, in order: a valid address, a known role, not listed twice (the first
 * stays, later ones are duplicates), not already a member, not already invited.
 */
export function reviewInvites(rows: readonly ParsedInvite[], context: ReviewContext): ReviewedInvite[] {
  const seen = new Set<string>();
  return rows.map(({ email, role }): ReviewedInvite => {
    const roleId = role === undefined ? context.defaultRoleId : (findRole(context.roles, role)?.id ?? null);
    const reviewed = { email, roleId, ...(role !== undefined && { roleText: role }) };
    const key = email.toLowerCase();
    if (!isValidEmail(email)) return { ...reviewed, problem: 'invalid_email' };
    if (seen.has(key)) return { ...reviewed, problem: 'duplicate' };
    seen.add(key);
    if (roleId === null) return { ...reviewed, problem: 'unknown_role' };
    if (context.memberEmails.has(key)) return { ...reviewed, problem: 'already_member' };
    if (context.invitedEmails.has(key)) return { ...reviewed, problem: 'already_invited' };
    return { ...reviewed, problem: null };
  });
}
