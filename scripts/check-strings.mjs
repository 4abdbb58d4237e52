// Fails when an element template holds user-visible text that is not from the message catalogue:
// every word a user reads must come through `this.localize.term(…)`. And when the English
// catalogue holds a message no code asks for: a dead string ships in every bundle of its section.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['src/elements', 'src/internal', 'src/context'];
// Attributes whose values a user reads or hears.
const spokenAttributes = /\b(aria-label|aria-description|aria-roledescription|title|placeholder|alt|label)="([^"$]*[A-Za-z][^"$]*)"/g;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (path.endsWith('.ts') && !path.endsWith('.styles.ts')) yield path;
  }
}

/** The static parts of every html`` template in `source`, with expressions cut out. */
function* templates(source) {
  const start = /\bhtml`/g;
  let match;
  while ((match = start.exec(source))) {
    let i = match.index + match[0].length;
    let depth = 0;
    let text = '';
    for (; i < source.length; i++) {
      const c = source[i];
      if (depth === 0 && c === '`') break;
      if (depth === 0 && c === '$' && source[i + 1] === '{') {
        depth = 1;
        i++;
        text += '\u0000';
        continue;
      }
      if (depth > 0) {
        if (c === '{') depth++;
        else if (c === '}') depth--;
        continue;
      }
      text += c;
    }
    yield { text, line: source.slice(0, match.index).split('\n').length };
  }
}

const problems = [];
for (const root of roots) {
  let entries;
  try {
    entries = [...files(root)];
  } catch {
    continue;
  }
  for (const file of entries) {
    const source = readFileSync(file, 'utf8');
    for (const { text, line } of templates(source)) {
      const withoutTags = text.replace(/<[^>]*>/g, (tag) => {
        for (const [, name, value] of tag.matchAll(spokenAttributes)) {
          problems.push(`${file}:${line}: ${name}="${value}" is not from the catalogue`);
        }
        return ' ';
      });
      const words = withoutTags
        .replace(/&[a-z]+;|&#\d+;/g, ' ')
        .split('\u0000')
        .map((part) => part.trim())
        .filter((part) => /\p{L}{2,}/u.test(part));
      for (const word of words) problems.push(`${file}:${line}: "${word}" is not from the catalogue`);
    }
  }
}

// Every message key is named in code, literally ('orgMembers.done') or under a template prefix
// (`billingCard.problem.${kind}.title` names every `billingCard.problem.` key).
const messagesDir = 'src/internal/localize/messages';
const code = roots.flatMap((root) => [...files(root)]).filter((file) => !file.startsWith(messagesDir)).map((file) => readFileSync(file, 'utf8')).join('\n');
const prefixes = [...code.matchAll(/`([\w.-]+\.)\$\{/g)].map(([, prefix]) => prefix);
for (const file of readdirSync(messagesDir)) {
  for (const [, key] of readFileSync(join(messagesDir, file), 'utf8').matchAll(/^ {2}'([\w.-]+)':/gm)) {
    if (!code.includes(`'${key}'`) && !prefixes.some((prefix) => key.startsWith(prefix))) problems.push(`${messagesDir}/${file}: "${key}" is never used`);
  }
}

if (problems.length) {
  console.error(`User-visible text outside the message catalogue, or messages no code uses:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('Every template string comes from the message catalogue, and every message is used.');
