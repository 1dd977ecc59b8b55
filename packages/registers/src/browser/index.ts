export { answerRequest } from './answerRequest.ts';
export { indicatorsInWorker } from './indicatorsInWorker.ts';
export type { IndicatorsReply, IndicatorsRequest } from './protocol.ts';
export { serveRegisterRequests } from './serveRegisterRequests.ts';
export { openWasmDatabase, type WasmBundle, type WasmDatabase } from './wasmDatabase.ts';
