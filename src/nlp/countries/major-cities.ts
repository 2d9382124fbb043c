/**
 * Large non-capital cities that news datelines and event locations name on their own ("talks in New
 * York"), each in exactly one country and not a common given name, surname or English word. A small,
 * hand-kept list: cities shared with other countries ("Birmingham", "St. Petersburg", "Sydney" as a
 * given name) are left out on purpose. Capitals come from world-countries instead (lexicon.ts).
 */
export const MAJOR_CITIES: Readonly<Record<string, readonly string[]>> = {
  USA: ['New York', 'New York City', 'Los Angeles', 'Chicago', 'San Francisco'],
  CHN: ['Shanghai', 'Guangzhou', 'Shenzhen'],
  IND: ['Mumbai', 'Bengaluru', 'Kolkata', 'Chennai'],
  PAK: ['Karachi', 'Lahore'],
  TUR: ['Istanbul'],
  ARE: ['Dubai'],
  SAU: ['Jeddah'],
  BRA: ['Rio de Janeiro', 'São Paulo'],
  ZAF: ['Johannesburg'],
  NGA: ['Lagos'],
  CAN: ['Toronto', 'Montreal', 'Vancouver'],
  UZB: ['Samarkand'],
  JPN: ['Osaka'],
  DEU: ['Munich', 'Frankfurt', 'Hamburg'],
};
