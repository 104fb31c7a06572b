/** Pooled figures (issue 27): figures files that several förbund merge without sharing a journey. */
export * from './accumulator';
export * from './file';
export * from './read';
export * from './combine';
export * from './views';
