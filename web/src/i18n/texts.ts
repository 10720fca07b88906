import type { nlLabels } from './labels.nl';
import type { nlUi } from './nl';

/** A text tree with its literal types widened: the English tree must have the same keys. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends object
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T;

export type Labels = Widen<typeof nlLabels>;
export type UiTexts = Widen<typeof nlUi>;

/** Everything the interface says, in one language. */
export type Texts = Labels & { readonly ui: UiTexts };

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
