/**
 * The result code, under the name issue 5 gives it. The implementation is pure and shared
 * (`src/lib/questionnaire/result-code-logic.ts`), because the class mode decodes codes too and
 * features never import each other.
 */
export {
  codeSymbols,
  decodeResultCode,
  encodeResultCode,
  formatResultCode,
  type CodeContent,
  type DecodedResultCode,
  type ResultCodeError,
} from '@/lib/questionnaire/result-code-logic'
