/**
 * How a figure grows per 4× the articles between two sizes, so sizes that are
 * not 4× apart compare: (b / a) ^ (ln 4 / ln(nb / na)). A figure in proportion
 * to the articles gives 4.00; one that grows with their square, 16.00.
 */
export function growthPer4x(from: { n: number; value: number }, to: { n: number; value: number }): number {
	return (to.value / from.value) ** (Math.log(4) / Math.log(to.n / from.n));
}
