import { readFileSync } from 'node:fs';
// Read from package.json so there is one place to bump (works from src/ under tsx and from dist/).
function readVersion() {
    try {
        const url = new URL('../package.json', import.meta.url);
        return JSON.parse(readFileSync(url, 'utf8')).version;
    }
    catch {
        return '0.0.0';
    }
}
export const VERSION = readVersion();
//# sourceMappingURL=version.js.map