/** Resan's version, as package.json gives it: written into every export so that a reader knows what made it. */
import { version } from '../../package.json';

export const RESAN_VERSION: string = version;
