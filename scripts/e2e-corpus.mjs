// A fresh copy of the bundled corpus for the browser tests, which add documents to it: the tests
// never write to data/. Usage: node scripts/e2e-corpus.mjs DIR
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';

const target = path.resolve(process.argv[2] ?? '.e2e-corpus');
rmSync(target, { recursive: true, force: true });
cpSync(path.resolve(import.meta.dirname, '..', 'data'), target, { recursive: true });
