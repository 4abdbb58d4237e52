// After `vite build`: generates, from custom-elements.json, the framework and editor files that
// ship in dist/ (and so in the tarball):
//   dist/types/elements.d.ts          the public elements' properties and events, as TS maps
//   dist/types/{react,preact,solid}.d.ts   JSX IntrinsicElements for React 19, Preact, Solid
//   dist/types/vue.d.ts               Vue's GlobalComponents, for templates and vue-tsc
//   dist/types/*.js                   empty modules, so `import '…/types/react.js'` also runs
//   dist/cdn/settings-elements.d.ts   the CDN bundle's types (the package's)
//   dist/cdn/memory.d.ts              the CDN memory bundle's types (memory.js's)
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json   VS Code custom data
//   dist/web-types.json               JetBrains web-types (package.json "web-types")
// Property types come from the element classes themselves (`Pick<SoUsageMeter, 'value'>`) and
// event types from GlobalEventHandlersEventMap, so they never drift from the source.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const dist = new URL('dist/', root);

// The public elements are those with their own entry, src/so-<tag>.ts; the internal parts
// (confirm dialog, secret field…) only ever appear inside these elements' shadow roots.
const publicTags = new Set(
  readdirSync(new URL('src/', root))
    .filter((file) => /^so-[a-z-]+\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, '')),
);

// Elements whose content is other settings elements, so their events reach these tags too.
const CONTAINERS = new Set(['so-account-provider', 'so-account-settings']);

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && publicTags.has(declaration.tagName))
  .map((declaration) => ({
    tag: declaration.tagName,
    className: declaration.name,
    summary: declaration.summary ?? '',
    description: declaration.description ?? '',
    attributes: (declaration.attributes ?? []).filter((attribute) => attribute.name),
    // For JSX, only the attributes spelled unlike their property (`reveal-timeout`): the others
    // are the property's name already, which frameworks set as the typed property.
    kebabAttributes: (declaration.attributes ?? []).filter((attribute) => attribute.name && attribute.name !== attribute.fieldName),
    properties: (declaration.members ?? []).filter(
      (member) =>
        member.kind === 'field' &&
        !member.static &&
        !member.readonly &&
        (member.privacy === undefined || member.privacy === 'public') &&
        !member.name.startsWith('#'),
    ),
    events: uniqueBy(declaration.events ?? [], (event) => event.name).filter((event) => event.name),
    slots: declaration.slots ?? [],
    cssParts: declaration.cssParts ?? [],
    cssProperties: declaration.cssProperties ?? [],
    cssStates: declaration.cssStates ?? [],
  }))
  .sort((a, b) => a.tag.localeCompare(b.tag));

const missing = [...publicTags].filter((tag) => !elements.some((element) => element.tag === tag));
if (missing.length > 0) {
  console.error(`custom-elements.json has no declaration for ${missing.join(', ')}: run \`npm run manifest\`.`);
  process.exit(1);
}

mkdirSync(new URL('types/', dist), { recursive: true });
mkdirSync(new URL('cdn/', dist), { recursive: true });
const written = [];
function write(path, text) {
  writeFileSync(new URL(path, dist), text);
  written.push(`dist/${path}`);
}

const HEADER = '// Generated from custom-elements.json by scripts/generate-types.mjs; do not edit.\n';
const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const jsdoc = (text, indent) => {
  const clean = (text ?? '').trim();
  if (!clean) return '';
  const lines = clean.replace(/\*\//g, '*\\/').split('\n');
  return lines.length === 1
    ? `${indent}/** ${lines[0]} */\n`
    : `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
};

// ---- dist/types/elements.d.ts: the shared maps every framework file builds on ----------------
{
  const classes = elements.map((element) => element.className).sort();
  let text = `${HEADER}import type { ${classes.join(', ')} } from '../index.js';\n\n`;
  text += `/** A \`so-*\` event's type, from GlobalEventHandlersEventMap (where the package declares each one). */\n`;
  text += `export type SoEventOf<Name extends string> = Name extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[Name] : CustomEvent;\n\n`;
  text += `/** Each public element's class. */\nexport interface SoElements {\n`;
  for (const element of elements) text += `${jsdoc(element.summary, '  ')}  ${quote(element.tag)}: ${element.className};\n`;
  text += `}\n\n/** Each element's settable properties (JS properties, camelCase), typed by its class. */\nexport interface SoElementProperties {\n`;
  for (const element of elements) {
    text += `  ${quote(element.tag)}: {\n`;
    for (const property of element.properties) {
      text += `${jsdoc(property.description, '    ')}    ${property.name}?: ${element.className}[${quote(property.name)}];\n`;
    }
    text += `  };\n`;
  }
  text += `}\n\n/** Each element's attributes whose names differ from their property's (kebab-case, as in HTML). */\nexport interface SoElementAttributes {\n`;
  for (const element of elements) {
    text += `  ${quote(element.tag)}: {\n`;
    for (const attribute of element.kebabAttributes) {
      text += `${jsdoc(attribute.description, '    ')}    ${quote(attribute.name)}?: string | number | boolean;\n`;
    }
    text += `  };\n`;
  }
  text += `}\n\n/**\n * Each element's events: name → event type. Every one bubbles and is composed, so the containers\n * (\`<so-account-provider>\`, \`<so-account-settings>\`) also hear every event of the elements inside.\n */\nexport interface SoElementEvents {\n`;
  const allEvents = uniqueBy(elements.flatMap((element) => element.events), (event) => event.name).sort((a, b) => a.name.localeCompare(b.name));
  for (const element of elements) {
    text += `  ${quote(element.tag)}: {\n`;
    const events = CONTAINERS.has(element.tag) ? allEvents : element.events;
    for (const event of events) text += `${jsdoc(event.description, '    ')}    ${quote(event.name)}: SoEventOf<${quote(event.name)}>;\n`;
    text += `  };\n`;
  }
  text += `}\n\n/** Every public tag. */\nexport type SoTagName = keyof SoElements;\n`;
  write('types/elements.d.ts', text);
}

// ---- JSX: React 19, Preact, Solid ------------------------------------------------------------
const jsxIntrinsics = (typeName) =>
  elements.map((element) => `${jsdoc(element.summary, '      ')}      ${quote(element.tag)}: ${typeName}<${quote(element.tag)}>;\n`).join('');

// React 19 sets a prop as a property when the element has it (so `client={client}` works) and
// adds a listener for `on<event-name>`, the event's exact name after `on`.
write(
  'types/react.d.ts',
  `${HEADER}// React 19: \`import '@sentientone/settings-elements/types/react.js'\` once, in any .ts/.tsx file.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SoElementAttributes, SoElementEvents, SoElementProperties, SoElements, SoTagName } from './elements.js';

type SoReactEvents<Tag extends SoTagName> = { [Name in keyof SoElementEvents[Tag] as \`on\${Name & string}\`]?: (event: SoElementEvents[Tag][Name]) => void };

/** The props React 19 takes on one \`so-*\` element: its properties, attributes and \`on<event-name>\` handlers. */
export type SoReactProps<Tag extends SoTagName> = Omit<DetailedHTMLProps<HTMLAttributes<SoElements[Tag]>, SoElements[Tag]>, keyof SoElementProperties[Tag]> &
  SoElementProperties[Tag] &
  SoElementAttributes[Tag] &
  SoReactEvents<Tag> & { class?: string };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${jsxIntrinsics('SoReactProps')}    }
  }
}
`,
);

// Preact sets a prop as a property when \`name in element\`, else as an attribute, and listens
// for \`on<event-name>\` with the name kept as written when it is not a native event.
write(
  'types/preact.d.ts',
  `${HEADER}// Preact: \`import '@sentientone/settings-elements/types/preact.js'\` once, in any .ts/.tsx file.
import type { HTMLAttributes } from 'preact';
import type { SoElementAttributes, SoElementEvents, SoElementProperties, SoElements, SoTagName } from './elements.js';

type SoPreactEvents<Tag extends SoTagName> = { [Name in keyof SoElementEvents[Tag] as \`on\${Name & string}\`]?: (event: SoElementEvents[Tag][Name]) => void };

/** The props Preact takes on one \`so-*\` element: its properties, attributes and \`on<event-name>\` handlers. */
export type SoPreactProps<Tag extends SoTagName> = Omit<HTMLAttributes<SoElements[Tag]>, keyof SoElementProperties[Tag]> &
  SoElementProperties[Tag] &
  SoElementAttributes[Tag] &
  SoPreactEvents<Tag>;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${jsxIntrinsics('SoPreactProps')}    }
  }
}
`,
);

// Solid: \`prop:name\` sets a property, \`attr:name\` an attribute, \`on:event-name\` listens.
write(
  'types/solid.d.ts',
  `${HEADER}// Solid: \`import '@sentientone/settings-elements/types/solid.js'\` once, in any .ts/.tsx file.
import type { JSX as SolidJSX } from 'solid-js';
import type { SoElementAttributes, SoElementEvents, SoElementProperties, SoElements, SoTagName } from './elements.js';

type SoSolidEvents<Tag extends SoTagName> = { [Name in keyof SoElementEvents[Tag] as \`on:\${Name & string}\`]?: (event: SoElementEvents[Tag][Name]) => void };
type SoSolidProperties<Tag extends SoTagName> = { [Name in keyof SoElementProperties[Tag] as \`prop:\${Name & string}\`]?: SoElementProperties[Tag][Name] };

/** The props Solid takes on one \`so-*\` element: \`prop:\` properties, attributes and \`on:\` handlers. */
export type SoSolidProps<Tag extends SoTagName> = Omit<SolidJSX.HTMLAttributes<SoElements[Tag]>, keyof SoElementProperties[Tag]> &
  SoElementProperties[Tag] &
  SoSolidProperties<Tag> &
  SoElementAttributes[Tag] &
  SoSolidEvents<Tag>;

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
${jsxIntrinsics('SoSolidProps')}    }
  }
}
`,
);

// Vue binds \`:prop\` as a property when the element has it (after isCustomElement tells the
// compiler these are not components) and \`@so-api-key-rotated\` as a listener; its template
// type checker looks that listener up as the prop \`onSoApiKeyRotated\`.
write(
  'types/vue.d.ts',
  `${HEADER}// Vue 3: \`import '@sentientone/settings-elements/types/vue.js'\` once (e.g. in env.d.ts or main.ts).
import type { DefineComponent } from 'vue';
import type { SoElementAttributes, SoElementEvents, SoElementProperties, SoTagName } from './elements.js';

type Camel<Name extends string> = Name extends \`\${infer Head}-\${infer Tail}\` ? \`\${Capitalize<Head>}\${Camel<Tail>}\` : Capitalize<Name>;
type SoVueEvents<Tag extends SoTagName> = { [Name in keyof SoElementEvents[Tag] as \`on\${Camel<Name & string>}\`]?: (event: SoElementEvents[Tag][Name]) => void };

/** The props Vue's template checker sees on one \`so-*\` element: properties, attributes and listeners. */
export type SoVueProps<Tag extends SoTagName> = SoElementProperties[Tag] & SoElementAttributes[Tag] & SoVueEvents<Tag>;

declare module 'vue' {
  interface GlobalComponents {
${elements.map((element) => `${jsdoc(element.summary, '    ')}    ${quote(element.tag)}: DefineComponent<SoVueProps<${quote(element.tag)}>>;\n`).join('')}  }
}
`,
);

for (const name of ['elements', 'react', 'preact', 'solid', 'vue']) {
  write(`types/${name}.js`, `${HEADER}// Types only: see ${name}.d.ts. Importing this module does nothing at run time.\nexport {};\n`);
}

write('cdn/settings-elements.d.ts', `${HEADER}// The CDN bundle exports what the package's main entry exports.\nexport * from '../index.js';\n`);
write('cdn/memory.d.ts', `${HEADER}// The CDN memory bundle exports what the package's memory.js entry exports.\nexport * from '../memory.js';\n`);

// ---- VS Code custom data ----------------------------------------------------------------------
const describe = (element) => {
  const lines = [element.summary, element.description].filter(Boolean);
  if (element.events.length > 0) lines.push(`Events: ${element.events.map((event) => `\`${event.name}\``).join(', ')}.`);
  if (element.slots.length > 0) lines.push(`Slots: ${element.slots.map((slot) => `\`${slot.name || '(default)'}\``).join(', ')}.`);
  if (element.cssParts.length > 0) lines.push(`Parts: ${element.cssParts.map((part) => `\`${part.name}\``).join(', ')}.`);
  return lines.join('\n\n');
};
/** `'keys' | 'app-credentials'` → the two values, for completion; anything else → none. */
const literalValues = (typeText) => {
  const parts = (typeText ?? '').split('|').map((part) => part.trim());
  return parts.length > 0 && parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : [];
};
// Named union types (e.g. `ApiKeyPanelVariant`) are not expanded in the manifest, so only
// attributes typed with literal unions get value completion.
const attributeValues = (attribute) => literalValues(attribute.type?.text);

write(
  'vscode.html-custom-data.json',
  `${JSON.stringify(
    {
      $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
      version: 1.1,
      tags: elements.map((element) => ({
        name: element.tag,
        description: { kind: 'markdown', value: describe(element) },
        attributes: element.attributes.map((attribute) => {
          const values = attributeValues(attribute);
          return {
            name: attribute.name,
            description: { kind: 'markdown', value: [attribute.description, attribute.type ? `Type: \`${attribute.type.text}\`` : ''].filter(Boolean).join('\n\n') },
            ...(values.length > 0 ? { values: values.map((value) => ({ name: value })) } : {}),
          };
        }),
      })),
    },
    null,
    2,
  )}\n`,
);

write(
  'vscode.css-custom-data.json',
  `${JSON.stringify(
    {
      $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
      version: 1.1,
      properties: uniqueBy(
        elements.flatMap((element) => element.cssProperties.map((property) => ({ ...property, tag: element.tag }))),
        (property) => property.name,
      ).map((property) => ({ name: property.name, description: `${property.description ?? ''} (\`<${property.tag}>\`)`.trim() })),
      pseudoElements: uniqueBy(
        elements.flatMap((element) => element.cssParts.map((part) => ({ ...part, tag: element.tag }))),
        (part) => `${part.tag}:${part.name}`,
      ).map((part) => ({ name: `::part(${part.name})`, description: `\`<${part.tag}>\`: ${part.description ?? ''}`.trim() })),
    },
    null,
    2,
  )}\n`,
);

// ---- JetBrains web-types ----------------------------------------------------------------------
write(
  'web-types.json',
  `${JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/web-types',
      name: pkg.name,
      version: pkg.version,
      'description-markup': 'markdown',
      'js-types-syntax': 'typescript',
      contributions: {
        html: {
          elements: elements.map((element) => ({
            name: element.tag,
            description: describe(element),
            source: { module: `${pkg.name}/${element.tag}.js`, symbol: element.className },
            attributes: element.attributes.map((attribute) => {
              const values = attributeValues(attribute);
              return {
                name: attribute.name,
                description: attribute.description ?? '',
                ...(attribute.default !== undefined ? { default: attribute.default } : {}),
                value: {
                  type: attribute.type?.text ?? 'string',
                  ...(values.length > 0 ? { kind: 'plain' } : {}),
                },
                ...(values.length > 0 ? { values: values.map((value) => ({ name: value })) } : {}),
              };
            }),
            events: element.events.map((event) => ({ name: event.name, description: event.description ?? '' })),
            slots: element.slots.map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
            js: {
              properties: element.properties.map((property) => ({
                name: property.name,
                description: property.description ?? '',
                ...(property.type ? { type: property.type.text } : {}),
              })),
              events: element.events.map((event) => ({ name: event.name, description: event.description ?? '' })),
            },
            css: {
              properties: element.cssProperties.map((property) => ({ name: property.name, description: property.description ?? '' })),
              parts: element.cssParts.map((part) => ({ name: part.name, description: part.description ?? '' })),
            },
          })),
        },
      },
    },
    null,
    2,
  )}\n`,
);

console.log(`Generated from custom-elements.json (${elements.length} elements): ${written.join(', ')}`);

function uniqueBy(items, key) {
  const seen = new Set();
  return items.filter((item) => {
    const value = key(item);
    if (seen.has(value)) return false;
    seen.add(value);
    return true;
  });
}
