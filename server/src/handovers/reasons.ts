/**
 * Why a case is handed over, and why a handover is declined: coded, so that no free text about
 * a young person is ever stored. The Dutch labels describe the routes of DOMAIN.md.
 */
export const handoverReasons = {
  VERZUIMMELDING: 'Verzuimmelding (school → DUO → leerplicht)',
  MAZL: 'M@ZL: ziekteverzuim naar de jeugdarts',
  ZORG_NODIG: 'Zorg eerst: naar wijkteam of jeugdhulp',
  HALT_AFDOENING: 'Halt-afdoening',
  PROCES_VERBAAL: 'Proces-verbaal naar het OM (kopie aan de Raad voor de Kinderbescherming)',
  ONDERWIJSCONSULENT: 'Inschakelen van de onderwijsconsulent (thuiszitter)',
  WARME_OVERDRACHT_VO_MBO: 'Warme overdracht vo → mbo',
  RMC_TRAJECT: 'RMC-traject naar school of werk',
  VEILIGHEID: 'Melding onder de meldcode (Veilig Thuis)',
  OTHER: 'Anders',
} as const;
export type HandoverReason = keyof typeof handoverReasons;

export const declineReasons = {
  NOT_RESPONSIBLE: 'Niet de juiste of bevoegde partij',
  NO_CAPACITY: 'Geen capaciteit',
  INSUFFICIENT_INFORMATION: 'Onvoldoende informatie',
  ALREADY_INVOLVED: 'Al langs een andere weg betrokken',
  OTHER: 'Anders',
} as const;
export type DeclineReason = keyof typeof declineReasons;
