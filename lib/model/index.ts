/** The types every layer shares, and the helpers every layer needs about them. */
export * from './analysis';
export type { AdapterReport, BannerAnchor, FieldReport } from './page';
export { domainOf } from './address';
export { hasBanner, isAbove, LEVELS } from './level';
