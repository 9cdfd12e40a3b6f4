/** The engine's public face: everything outside lib/engine imports from here. It knows no pages, only messages. */
export { analyzeMessage, modelReading, prepareAnalysis, type AnalyzeOptions } from './analyze-message';
export { analyzeConversation, escalateConversation, type ConversationOptions, type ConversationStep } from './conversation';
export { presentCategories } from './present';
export { loadEnglishTagger } from './sentences';
