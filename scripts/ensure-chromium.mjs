// Finds Debian's Chromium for the browser tests; installs it with apt when running as root, and
// otherwise stops with a one-line instruction. Never downloads a browser of its own. Japanese pages
// need a Japanese font to be drawn (screenshots): Debian's fonts-noto-cjk is installed the same way,
// and only a warning is printed where it cannot be.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter(Boolean);
const found = () => CANDIDATES.find((file) => existsSync(file));
const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

if (!found()) {
  if (isRoot && hasApt) {
    console.log('Chromium not found: installing Debian’s chromium package with apt-get ...');
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      {
        stdio: 'inherit',
      },
    );
  }
  if (!found()) {
    console.error(
      'Chromium not found: install it with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH), then run npm test again.',
    );
    process.exit(1);
  }
}

if (!hasJapaneseFont()) {
  if (isRoot && hasApt) {
    console.log('No Japanese font: installing Debian’s fonts-noto-cjk package with apt-get ...');
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk',
      { stdio: 'inherit' },
    );
  }
  if (!hasJapaneseFont())
    console.warn(
      'No Japanese font: Japanese pages will draw as boxes in screenshots; install one with `sudo apt-get install -y fonts-noto-cjk`.',
    );
}

/** Whether fontconfig knows a font covering Japanese (no fontconfig: assume the system has one). */
function hasJapaneseFont() {
  try {
    return execSync('fc-list :lang=ja family', { encoding: 'utf8' }).trim() !== '';
  } catch {
    return true;
  }
}
