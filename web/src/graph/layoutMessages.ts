/** What the main thread sends the layout worker: positions to start from and node sizes. */
export interface LayoutRequest {
  readonly nodes: readonly { id: string; x: number; y: number; size: number }[];
  readonly edges: readonly (readonly [string, string])[];
}

/** The laid-out positions, as [id, x, y]. */
export interface LayoutResponse {
  readonly positions: readonly (readonly [string, number, number])[];
}
