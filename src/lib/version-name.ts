// The comparison's modules read these from here; their one home is strings.ts.
export { everyVersion, versionCount, versionName, versionTitle } from './strings';
