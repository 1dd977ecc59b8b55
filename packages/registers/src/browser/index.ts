export { answerRequest } from './answerRequest.ts';
export { indicatorsInWorker, openRegisterDatabase } from './indicatorsInWorker.ts';
export type {
  IndicatorsReply,
  IndicatorsRequest,
  OpenRequest,
  RegisterWorkerRequest,
} from './protocol.ts';
export { serveRegisterRequests } from './serveRegisterRequests.ts';
export { openWasmDatabase, type WasmBundle, type WasmDatabase } from './wasmDatabase.ts';
