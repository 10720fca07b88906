// The one part of jStat (a CommonJS module without bundled types) that the signal rules use.
declare module 'jstat' {
  const jStat: {
    binomial: {
      /** P(X ≤ k) for X ~ Binomial(n, p). */
      cdf(k: number, n: number, p: number): number;
    };
  };
  export default jStat;
}
