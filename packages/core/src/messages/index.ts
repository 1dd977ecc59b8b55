// Diagnostic messages in Bahasa Indonesia and English
export { DIAGNOSTIC_MESSAGES } from './diagnosticMessages.ts';
export { type DescribeDiagnosticOptions, describeDiagnostic } from './describeDiagnostic.ts';
