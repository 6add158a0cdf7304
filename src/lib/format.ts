// The comparison's modules and page read these from here; their one home is strings.ts.
export { describeDate, evidenceName, listOf, plural, someOf } from './strings';
