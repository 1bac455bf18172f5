import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLArgument,
  type GraphQLInputField,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { inputShapes } from '../src/generated/inputLimits';
import { typeDefs } from '../src/generated/typeDefs';

/**
 * The schema is the front-end teams' documentation (issue 16): every element described, in English (a Chinese
 * term may follow in parentheses), limits and units stated. Walks the built schema, so a new element is under
 * test without editing this file.
 */
const schema = buildSchema(typeDefs);
const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__') && !isSpecifiedScalarType(type));

interface Element {
  coordinate: string;
  description: string | null | undefined;
}

function elements(): Element[] {
  const out: Element[] = [];
  for (const type of types) {
    out.push({ coordinate: type.name, description: type.description });
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        out.push({ coordinate: `${type.name}.${field.name}`, description: field.description });
        for (const arg of field.args) out.push({ coordinate: `${type.name}.${field.name}(${arg.name}:)`, description: arg.description });
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) out.push({ coordinate: `${type.name}.${field.name}`, description: field.description });
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) out.push({ coordinate: `${type.name}.${value.name}`, description: value.description });
    }
  }
  for (const directive of schema.getDirectives().filter((d) => !['skip', 'include', 'deprecated', 'specifiedBy', 'oneOf'].includes(d.name))) {
    out.push({ coordinate: `@${directive.name}`, description: directive.description });
    for (const arg of directive.args) out.push({ coordinate: `@${directive.name}(${arg.name}:)`, description: arg.description });
  }
  return out;
}

/** Every argument and input field whose named type is String, with its coordinate in `inputShapes` terms. */
function stringInputs(): { coordinate: string; shapeKey: string; name: string; value: GraphQLArgument | GraphQLInputField }[] {
  const out: { coordinate: string; shapeKey: string; name: string; value: GraphQLArgument | GraphQLInputField }[] = [];
  for (const type of types) {
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) {
          if (getNamedType(arg.type).name === 'String')
            out.push({ coordinate: `${type.name}.${field.name}(${arg.name}:)`, shapeKey: `${type.name}.${field.name}`, name: arg.name, value: arg });
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name === 'String')
          out.push({ coordinate: `${type.name}.${field.name}`, shapeKey: type.name, name: field.name, value: field });
      }
    }
  }
  return out;
}

describe('schema descriptions', () => {
  it('describe every type, field, argument, input field, enum value and directive', () => {
    const missing = elements()
      .filter((element) => !element.description?.trim())
      .map((element) => element.coordinate);
    expect(missing, `${missing.length} elements without a description`).toEqual([]);
  });

  it('are written in English first (a Chinese term goes in parentheses after it)', () => {
    const chineseFirst = elements()
      .filter((element) => element.description && !/^[\s`"'(\d]*[A-Za-z]/.test(element.description))
      .map((element) => `${element.coordinate}: ${element.description}`);
    expect(chineseFirst).toEqual([]);
  });

  it('declare a maximum length on every String argument and input field, and state it in the description', () => {
    const problems: string[] = [];
    for (const input of stringInputs()) {
      const declared = inputShapes[input.shapeKey]?.[input.name];
      if (typeof declared !== 'number') {
        problems.push(`${input.coordinate}: no @maxLength`);
        continue;
      }
      const stated = input.value.description?.match(/at most (\d+) characters/g) ?? [];
      if (stated.length !== 1 || stated[0] !== `at most ${declared} characters`) {
        problems.push(`${input.coordinate}: description must say "at most ${declared} characters" once (says ${JSON.stringify(stated)})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('state unit and precision of every money field', () => {
    const money = /fee$|amount$|perhour$|fundper/i;
    const problems: string[] = [];
    for (const type of types) {
      if (!isObjectType(type) && !isInputObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (!money.test(field.name)) continue;
        const text = field.description ?? '';
        if (!/yuan \(元\)/.test(text) || !/two decimals/.test(text)) problems.push(`${type.name}.${field.name}: ${text}`);
      }
    }
    expect(problems).toEqual([]);
    // The rule must have found the money fields it is about.
    expect(types.some((type) => isObjectType(type) && 'ratePerHour' in type.getFields())).toBe(true);
  });

  it('document forward-only paging on every connection argument', () => {
    const problems: string[] = [];
    for (const type of types.filter(isObjectType)) {
      for (const field of Object.values(type.getFields())) {
        if (!getNamedType(field.type).name.endsWith('Connection')) continue;
        const first = field.args.find((arg) => arg.name === 'first');
        const after = field.args.find((arg) => arg.name === 'after');
        if (!first || !/1–100/.test(first.description ?? '') || !/default 20/.test(first.description ?? ''))
          problems.push(`${type.name}.${field.name}(first:)`);
        if (!after || !/endCursor/.test(after.description ?? '') || !/forward/i.test(after.description ?? ''))
          problems.push(`${type.name}.${field.name}(after:)`);
      }
    }
    expect(problems).toEqual([]);
  });
});
