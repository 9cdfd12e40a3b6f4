/** Types of what eslint.config.js exports, for the lint tests that read its folder boundaries. */
export declare const LAYERS: Readonly<Record<string, readonly string[]>>;
declare const config: unknown;
export default config;
