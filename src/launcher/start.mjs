// `npm start` / `npm run sim`: build when the build is missing or older than the sources, then run
// the compiled entry with plain node. Plain JavaScript because it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
const entry =
  process.argv[2] && !process.argv[2].startsWith('-') ? process.argv[2] : 'launcher/main.js';
const outputs = [join(root, 'dist/web/index.html'), join(root, 'dist/node', entry)];
const inputs = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'package.json',
  'tsconfig.base.json',
  'tsconfig.json',
  'tsconfig.node.json',
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

const sourceTime = Math.max(...inputs.map((p) => newestMtime(join(root, p))));
const builtTime = Math.min(...outputs.map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0)));
if (builtTime < sourceTime) {
  console.log('dcwatch: building (the build is missing or older than the sources)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('dcwatch: the build failed; see the output above.');
    process.exit(result.status ?? 1);
  }
}

if (entry === process.argv[2]) process.argv.splice(2, 1);
await import(pathToFileURL(join(root, 'dist/node', entry)).href);
