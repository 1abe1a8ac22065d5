// `fix --dry-run`: the change as a unified diff (what `git diff` and `patch` read), from jsdiff.
import { createTwoFilesPatch } from 'diff';
/** A unified diff of one planned file (empty when nothing changes); both sides shown as UTF-8. */
export function unifiedDiff(plan) {
    if (!plan.next)
        return '';
    const name = plan.file.path.split('\\').join('/');
    // git's a/ and b/ prefixes for relative paths; an absolute path is shown as it is.
    const [a, b] = name.startsWith('/') ? [name, name] : [`a/${name}`, `b/${name}`];
    const patch = createTwoFilesPatch(a, b, plan.file.bytes.toString('utf8'), plan.next.toString('utf8'), undefined, undefined, { context: 3 });
    // jsdiff opens with a line of `=` and no `diff` header; keep from the `---` line, as git does.
    return patch.slice(patch.indexOf('--- '));
}
//# sourceMappingURL=diff.js.map