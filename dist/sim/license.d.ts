export interface LicenseInfo {
    key: string;
    name: string;
    spdx_id: string;
    url: string | null;
    node_id: string;
}
export declare function licenseInfo(spdx: string | null, apiBase: string): LicenseInfo | null;
/** The file name a licence lives in at the root. */
export declare const LICENSE_FILE = "LICENSE";
