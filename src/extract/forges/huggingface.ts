// huggingface.co (and hf.co): models `org/name`, datasets `datasets/org/name`, spaces `spaces/org/name`.
import { ownerTarget, repoTarget, segmentsOf, webTarget, type LinkTarget, type UrlParts } from '../target.js';

const BASE = 'https://huggingface.co';
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,95}$/;
/** Site pages that are not a user, organisation or model. */
const RESERVED = new Set(
  'papers docs blog models join login pricing learn tasks settings organizations collections posts chat api new welcome enterprise terms-of-service privacy huggingchat spaces datasets'.split(' '),
);

export function parseHuggingface(url: UrlParts): LinkTarget {
  const segs = segmentsOf(url);
  const first = segs[0];
  if (first === undefined) return webTarget(url);
  if (first === 'datasets' || first === 'spaces') {
    const [org, name, ...rest] = segs.slice(1);
    if (org === undefined || !NAME.test(org)) return webTarget(url);
    // Legacy canonical datasets have no organisation: huggingface.co/datasets/squad
    if (name === undefined || ['tree', 'blob', 'resolve', 'viewer', 'discussions'].includes(name)) {
      return repoTarget('huggingface', BASE, `${first}/${org}`, name === undefined ? [] : [name, ...rest]);
    }
    if (!NAME.test(name)) return webTarget(url);
    return repoTarget('huggingface', BASE, `${first}/${org}/${name}`, rest);
  }
  if (RESERVED.has(first) || !NAME.test(first)) return webTarget(url);
  const [, name, ...rest] = segs;
  if (name === undefined) return ownerTarget('huggingface', BASE, first);
  if (!NAME.test(name)) return webTarget(url);
  return repoTarget('huggingface', BASE, `${first}/${name}`, rest);
}
