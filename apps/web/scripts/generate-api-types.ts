// Writes src/api/schema.ts from the API's OpenAPI document (run after changing an API route).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateApiTypes } from '../src/api/generate.js';

const target = fileURLToPath(new URL('../src/api/schema.ts', import.meta.url));
writeFileSync(target, await generateApiTypes());
console.log(`wrote ${target}`);
