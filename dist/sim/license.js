// Licence objects as GitHub returns them: REST `license` and GraphQL `licenseInfo`.
// `NOASSERTION` is GitHub's answer for a licence file it cannot identify (key `other`).
const NAMES = {
    MIT: 'MIT License',
    'Apache-2.0': 'Apache License 2.0',
    'GPL-3.0': 'GNU General Public License v3.0',
    'GPL-2.0': 'GNU General Public License v2.0',
    'LGPL-3.0': 'GNU Lesser General Public License v3.0',
    'AGPL-3.0': 'GNU Affero General Public License v3.0',
    'BSD-3-Clause': 'BSD 3-Clause "New" or "Revised" License',
    'BSD-2-Clause': 'BSD 2-Clause "Simplified" License',
    'MPL-2.0': 'Mozilla Public License 2.0',
    'CC-BY-4.0': 'Creative Commons Attribution 4.0 International',
    'CC-BY-NC-4.0': 'Creative Commons Attribution Non Commercial 4.0 International',
    'CC0-1.0': 'Creative Commons Zero v1.0 Universal',
    Unlicense: 'The Unlicense',
};
export function licenseInfo(spdx, apiBase) {
    if (spdx === null)
        return null;
    if (spdx === 'NOASSERTION')
        return { key: 'other', name: 'Other', spdx_id: 'NOASSERTION', url: null, node_id: 'MDc6TGljZW5zZTA=' };
    const key = spdx.toLowerCase();
    return {
        key,
        name: NAMES[spdx] ?? spdx,
        spdx_id: spdx,
        url: `${apiBase}/licenses/${key}`,
        node_id: Buffer.from(`07:License${key}`).toString('base64'),
    };
}
/** The file name a licence lives in at the root. */
export const LICENSE_FILE = 'LICENSE';
//# sourceMappingURL=license.js.map