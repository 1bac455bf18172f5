import { type Node, parse } from 'acorn';
import { dirname, resolve } from 'node:path';

/**
 * Compile-once hints for the CommonJS modules of a bundle (a post-build step of bundle.ts).
 *
 * esbuild wraps every CommonJS module in a closure, minified `var x=c((e,t)=>{…module…})`, and calls it on the
 * module's first `require`. V8 compiles a chunk lazily: it pre-parses that closure with the chunk (to find where it
 * ends) and parses it again, fully, when the closure runs — at a cold start of the GraphQL function, for all of
 * them (ElectroDB, the X-Ray SDK, Apollo's CommonJS dependencies: 330 KB). A function expression in parentheses is
 * V8's hint that it runs at once (the "PIFE" heuristic): it is compiled with the chunk, once. So each wrapper
 * `(e,t)=>{…}` becomes `(function(e,t){…})`: same parameters and body; a closure whose body uses `this` or
 * `arguments` (which an arrow takes from outside) is left as it is.
 *
 * The wrappers are found by their helper, esbuild's `__commonJS`, which one file defines and the others import.
 */

type AnyNode = Node & Record<string, unknown>;

export interface OutputText {
  /** Path of the output file (absolute, as esbuild's outputFiles give it). */
  path: string;
  text: string;
}

/** esbuild's __commonJS helper, minified: `(a,b)=>()=>…(b={exports:{}}).exports…`. */
function isCommonJsHelper(init: AnyNode | null | undefined, code: string): boolean {
  if (init?.type !== 'ArrowFunctionExpression') return false;
  const inner = init.body as AnyNode;
  return (
    (init.params as Node[]).length === 2 &&
    inner.type === 'ArrowFunctionExpression' &&
    (inner.params as Node[]).length === 0 &&
    /\{exports:\{\}\}\)\.exports/.test(code.slice(inner.start, inner.end))
  );
}

function children(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc') continue;
    if (Array.isArray(value)) for (const item of value) if (item && typeof item.type === 'string') out.push(item);
    if (value && typeof (value as AnyNode).type === 'string') out.push(value as AnyNode);
  }
  return out;
}

/** Does an arrow's body use `this` or `arguments` of its own (i.e. of the scope around it)? */
function usesOuterThis(arrow: AnyNode): boolean {
  const visit = (node: AnyNode): boolean => {
    if (node.type === 'ThisExpression' || (node.type === 'Identifier' && node.name === 'arguments')) return true;
    // These bind their own `this` and `arguments`.
    if (node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration' || node.type === 'ClassBody') return false;
    return children(node).some(visit);
  };
  return visit(arrow.body as AnyNode);
}

interface Parsed {
  file: OutputText;
  program: AnyNode;
  /** Local names of the helper in this file (defined or imported). */
  helpers: Set<string>;
  /** Names under which this file exports the helper. */
  exported: Set<string>;
}

/**
 * Rewrites the CommonJS wrappers of a bundle's ES module outputs (see above). Returns the new texts (files without
 * a wrapper unchanged) and how many wrappers each file had and got rewritten.
 */
export function eagerCommonJsWrappers(files: OutputText[]): { files: OutputText[]; rewritten: Map<string, number> } {
  const parsed = new Map<string, Parsed>();
  for (const file of files) {
    if (!file.path.endsWith('.mjs')) continue;
    const program = parse(file.text, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as AnyNode;
    const helpers = new Set<string>();
    for (const statement of program.body as AnyNode[])
      if (statement.type === 'VariableDeclaration')
        for (const declarator of statement.declarations as AnyNode[])
          if (isCommonJsHelper(declarator.init as AnyNode, file.text)) helpers.add((declarator.id as AnyNode).name as string);
    const exported = new Set<string>();
    for (const statement of program.body as AnyNode[])
      if (statement.type === 'ExportNamedDeclaration' && !statement.source)
        for (const specifier of statement.specifiers as AnyNode[])
          if (helpers.has((specifier.local as AnyNode).name as string)) exported.add((specifier.exported as AnyNode).name as string);
    parsed.set(file.path, { file, program, helpers, exported });
  }
  // Imports of the helper from the file that defines it.
  for (const { file, program, helpers } of parsed.values())
    for (const statement of program.body as AnyNode[]) {
      if (statement.type !== 'ImportDeclaration') continue;
      const source = parsed.get(resolve(dirname(file.path), (statement.source as AnyNode).value as string));
      if (!source?.exported.size) continue;
      for (const specifier of statement.specifiers as AnyNode[])
        if (specifier.type === 'ImportSpecifier' && source.exported.has((specifier.imported as AnyNode).name as string))
          helpers.add((specifier.local as AnyNode).name as string);
    }
  const rewritten = new Map<string, number>();
  const out = files.map((file) => {
    const entry = parsed.get(file.path);
    if (!entry?.helpers.size) return file;
    const edits: { from: number; to: number; text: string }[] = [];
    const visit = (node: AnyNode) => {
      const callee = node.callee as AnyNode | undefined;
      const [wrapper, ...rest] = (node.arguments as AnyNode[] | undefined) ?? [];
      if (
        node.type === 'CallExpression' &&
        callee?.type === 'Identifier' &&
        entry.helpers.has(callee.name as string) &&
        wrapper?.type === 'ArrowFunctionExpression' &&
        rest.length === 0 &&
        !wrapper.async &&
        (wrapper.body as AnyNode).type === 'BlockStatement' &&
        !usesOuterThis(wrapper)
      ) {
        const params = (wrapper.params as AnyNode[]).map((param) => file.text.slice(param.start, param.end)).join(',');
        const body = wrapper.body as AnyNode;
        edits.push({ from: wrapper.start, to: body.start, text: `(function(${params})` }, { from: wrapper.end, to: wrapper.end, text: ')' });
      }
      for (const child of children(node)) visit(child);
    };
    visit(entry.program);
    if (!edits.length) return file;
    let text = file.text;
    for (const edit of edits.sort((a, b) => b.from - a.from)) text = text.slice(0, edit.from) + edit.text + text.slice(edit.to);
    rewritten.set(file.path, edits.length / 2);
    return { ...file, text };
  });
  return { files: out, rewritten };
}
