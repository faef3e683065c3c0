// Each element's public API as the docs pages and controls show it, read from
// the Custom Elements Manifest (generated from the JSDoc by `cem analyze`, run
// by `npm run build` and `npm run storybook`), so nothing here repeats the JSDoc.
import type { Args, ArgTypes } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';
import { allLocales } from '../src/generated/locale-codes.js';

interface Documented {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text: string };
  inheritedFrom?: { name: string };
}

interface Member extends Documented {
  kind: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
}

export interface ElementDeclaration {
  tagName: string;
  summary?: string;
  description?: string;
  attributes?: Documented[];
  members?: Member[];
  slots?: Documented[];
  events?: Documented[];
  cssProperties?: Documented[];
  cssParts?: Documented[];
}

type ArgValue = string | number | boolean;

const declarations = (manifest.modules as { declarations?: Partial<ElementDeclaration>[] }[])
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration): declaration is ElementDeclaration => Boolean(declaration.tagName));

export function elementDeclaration(tag: string): ElementDeclaration {
  const declaration = declarations.find((candidate) => candidate.tagName === tag);
  if (!declaration) throw new Error(`${tag} is not in dist/custom-elements.json: run \`npm run build\` first.`);
  return declaration;
}

/** A literal as the manifest spells it (`2`, `'light'`, `false`) as a value; anything else is not one. */
function literalValue(text: string): ArgValue | undefined {
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^'[^']*'$|^"[^"]*"$/.test(text)) return text.slice(1, -1);
  if (text === 'true' || text === 'false') return text === 'true';
  return undefined;
}

/**
 * The values an attribute allows, when they are few and known: the members of
 * a union of literals (`'light' | 'dark' | 'auto'`, `2 | 3 | 4 | 5 | 6`), or
 * the supported languages for `lang`.
 */
export function attributeOptions(attribute: Documented): (string | number)[] | undefined {
  if (attribute.name === 'lang') return [...allLocales];
  const members = attribute.type?.text.split('|').map((member) => literalValue(member.trim())) ?? [];
  const options = members.filter((value) => typeof value === 'string' || typeof value === 'number');
  return members.length > 1 && options.length === members.length ? options : undefined;
}

/** The attribute's default as a value, when the manifest gives a literal one. */
export const defaultValue = (attribute: Documented): ArgValue | undefined =>
  attribute.default === undefined ? undefined : literalValue(attribute.default);

/**
 * One table row per attribute (with a control), slot (a text control: the
 * story puts the text in a paragraph there), public property without an
 * attribute, event, CSS custom property and part. Replaces Storybook's own
 * extraction, which also lists private and static fields, and lists every
 * attribute a second time as its property.
 */
export function elementArgTypes(tag: string): ArgTypes {
  const element = elementDeclaration(tag);
  const row = (item: Documented, category: string) => ({
    name: item.name,
    description: item.description,
    table: {
      category,
      type: item.type ? { summary: item.type.text } : undefined,
      defaultValue: item.default === undefined ? undefined : { summary: item.default },
    },
  });
  const argTypes: ArgTypes = {};
  for (const attribute of element.attributes ?? []) {
    const options = attributeOptions(attribute);
    const type = attribute.type?.text;
    argTypes[attribute.name] = {
      ...row(attribute, 'attributes'),
      ...(options
        ? { type: { name: 'enum', value: options }, options, control: { type: 'select' } }
        : type === 'boolean'
          ? { type: { name: 'boolean' }, control: { type: 'boolean' } }
          : { type: { name: 'string' }, control: { type: 'text' } }),
    };
  }
  for (const slot of element.slots ?? []) {
    argTypes[slot.name] = { ...row(slot, 'slots'), type: { name: 'string' }, control: { type: 'text' } };
  }
  const properties = (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && !member.privacy && !member.attribute,
  );
  const readOnly = [
    ...properties.map((item) => ['properties', `property-${item.name}`, item] as const),
    ...(element.events ?? []).map((item) => ['events', `event-${item.name}`, item] as const),
    ...(element.cssProperties ?? []).map((item) => ['css custom properties', item.name, item] as const),
    ...(element.cssParts ?? []).map((item) => ['css shadow parts', `part-${item.name}`, item] as const),
  ];
  for (const [category, key, item] of readOnly) argTypes[key] = { ...row(item, category), control: false };
  return argTypes;
}

/**
 * Starting values of the controls: each attribute's literal default. `theme`
 * stays unset so that the toolbar's theme applies, as `lang` does for the
 * toolbar's language.
 */
export function defaultArgs(tag: string): Args {
  const attributes = elementDeclaration(tag).attributes ?? [];
  return Object.fromEntries(
    attributes
      .filter((attribute) => attribute.name !== 'theme')
      .map((attribute) => [attribute.name, defaultValue(attribute)])
      .filter(([, value]) => value !== undefined),
  );
}

/**
 * The markup `args` stand for, in their order: each attribute that differs
 * from its default (`true` for a boolean attribute that is present) and the
 * text of each slot.
 */
export function markupOf(tag: string, args: Args) {
  const element = elementDeclaration(tag);
  const attributes = Object.entries(args)
    .map(([name, value]) => [element.attributes?.find((attribute) => attribute.name === name), value] as const)
    .filter(([attribute, value]) => attribute && ![undefined, '', false, defaultValue(attribute)].includes(value))
    .map(([attribute, value]) => [attribute!.name, value === true ? true : String(value)] as const);
  const slots = (element.slots ?? [])
    .map((slot) => [slot.name, String(args[slot.name] ?? '')] as const)
    .filter(([, text]) => text);
  return { attributes, slots };
}
