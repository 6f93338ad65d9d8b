/**
 * Times graphql's own validation and the limit check on documents built to make a naive check slow:
 * `node dist/bench/query-bomb.js [levels]` (a fragment spread twice per level, 21 levels by default).
 */
import 'reflect-metadata';
import { parse, specifiedRules, validate } from 'graphql';
import { getSchema } from '../src/schema';
import { queryLimitsRule } from '../src/shared/query-limits';

function doubling(levels: number): string {
  let text = 'query{...F0}';
  for (let k = 0; k < levels; k += 1) text += ` fragment F${k} on Query{...F${k + 1} ...F${k + 1}}`;
  return `${text} fragment F${levels} on Query{me{role}}`;
}

function flat(fields: number): string {
  return `{${' me{role}'.repeat(fields)} }`;
}

async function main(): Promise<void> {
  const schema = await getSchema();
  const levels = Number(process.argv[2] ?? 21);
  const limits = { maxDepth: 10, maxCost: 10_000, maxAliases: 30, maxRootFields: 20 };
  for (const [name, text] of [
    [`doubling fragments, ${levels} levels`, doubling(levels)],
    ['flat, 3000 fields (about 12,000 tokens)', flat(3000)],
    ['flat, 1000 fields (2000 selections)', flat(1000)],
    ['flat, 500 fields (1000 selections)', flat(500)],
  ] as const) {
    let started = performance.now();
    const document = parse(text);
    const parseMs = performance.now() - started;
    started = performance.now();
    validate(schema, document, specifiedRules);
    const rulesMs = performance.now() - started;
    started = performance.now();
    const codes = validate(schema, document, [queryLimitsRule(limits)]).map((error) => error.extensions.code);
    const limitsMs = performance.now() - started;
    console.log(
      `${name}: ${text.length} bytes, parse ${parseMs.toFixed(1)} ms, graphql rules ${rulesMs.toFixed(1)} ms, ` +
        `limit check ${limitsMs.toFixed(1)} ms ${JSON.stringify(codes)}`,
    );
  }
}

void main();
