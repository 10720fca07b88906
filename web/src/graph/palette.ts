/**
 * Okabe & Ito (2008), "Color Universal Design": eight colours that stay distinct under the
 * common forms of colour blindness. Black is swapped for a mid grey so dark labels stay legible.
 */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  grey: '#999999',
} as const;
