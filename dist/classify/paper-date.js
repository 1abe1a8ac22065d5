// Dates as papers write them ("Feb 7, 2024", "2023-02-01", "7 Feb 2024") → a UTC day, or null.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Milliseconds since the epoch at 00:00 UTC of the paper's date; null when there is no full date. */
export function parsePaperDate(text) {
    if (!text)
        return null;
    const t = text.trim();
    let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
    if (m)
        return utc(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    m = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
    if (m)
        return utc(Number(m[3]), MONTHS.indexOf(m[1].toLowerCase()), Number(m[2]));
    m = /^(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})$/.exec(t);
    if (m)
        return utc(Number(m[3]), MONTHS.indexOf(m[2].toLowerCase()), Number(m[1]));
    // "Aug 4" (HF dumps omit the current year): not a full date, so no day count.
    return null;
}
function utc(year, month, day) {
    if (month < 0 || month > 11 || day < 1 || day > 31)
        return null;
    const ms = Date.UTC(year, month, day);
    return new Date(ms).getUTCDate() === day ? ms : null;
}
//# sourceMappingURL=paper-date.js.map