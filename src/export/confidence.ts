/**
 * A confidence as files and the API show it: three decimal places. Confidences are
 * products of rule weights, so their binary doubles print as `0.8900000000000001`; three
 * places are more than the extractor's precision and read cleanly in Gephi or a sheet.
 */
export function roundConfidence(value: number): number {
  return Math.round(value * 1000) / 1000;
}
