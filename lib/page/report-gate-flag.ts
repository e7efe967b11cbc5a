/**
 * Name of the flag the background sets in the content script's world before
 * running the gate again on demand (the popup asked about a tab with no
 * verdict): then the gate reports a failed verdict too. On its own, the
 * content script reports only pages that pass on their first look.
 */
export const REPORT_GATE_FLAG = '__crosscheckReportGate';
