// Communes of the Gironde département (33) used to place the fictitious demo households.
//
// Source: INSEE, code officiel géographique (commune codes) and populations légales 2021 (in force
// from 1 January 2024); postal codes from the La Poste base officielle des codes postaux.
// POPULATIONS ARE ROUNDED (to the thousand above 10,000 inhabitants, to the hundred below) and serve
// only as sampling weights. Only communes whose code, postal code and population order of magnitude
// are well known are listed: the demo is not a census, and small rural communes are left out, so the
// rural share is under-represented. Bordeaux has several postal codes (by district); all are listed.

export interface Commune {
  /** INSEE commune code (5 characters, kept as a string). */
  code: string;
  name: string;
  /** Postal codes; the first is the main one. */
  postalCodes: string[];
  /** Rounded legal population (sampling weight). */
  population: number;
  /** Housing-aid zone (1 = Paris area, 2 = large agglomerations, 3 = elsewhere). */
  zone: 2 | 3;
}

const c = (code: string, name: string, postal: string, population: number, zone: 2 | 3 = 3): Commune => ({
  code,
  name,
  postalCodes: postal.split(' '),
  population,
  zone,
});

export const GIRONDE_COMMUNES: Commune[] = [
  c('33063', 'Bordeaux', '33000 33100 33200 33300 33800', 262000, 2),
  c('33281', 'Mérignac', '33700', 72000, 2),
  c('33318', 'Pessac', '33600', 66000, 2),
  c('33522', 'Talence', '33400', 43000, 2),
  c('33550', "Villenave-d'Ornon", '33140', 36000, 2),
  c('33449', 'Saint-Médard-en-Jalles', '33160', 32000, 2),
  c('33039', 'Bègles', '33130', 30000, 2),
  c('33529', 'La Teste-de-Buch', '33260', 27000),
  c('33192', 'Gradignan', '33170', 26000, 2),
  c('33243', 'Libourne', '33500', 25000),
  c('33119', 'Cenon', '33150', 25000, 2),
  c('33162', 'Eysines', '33320', 25000, 2),
  c('33249', 'Lormont', '33310', 24000, 2),
  c('33069', 'Le Bouscat', '33110', 24000, 2),
  c('33199', 'Gujan-Mestras', '33470', 22000),
  c('33075', 'Bruges', '33520', 19000, 2),
  c('33167', 'Floirac', '33270', 18000, 2),
  c('33122', 'Cestas', '33610', 17000),
  c('33003', 'Ambarès-et-Lagrave', '33440', 17000, 2),
  c('33056', 'Blanquefort', '33290', 16000, 2),
  c('33366', 'Saint-André-de-Cubzac', '33240', 12000),
  c('33005', 'Andernos-les-Bains', '33510', 12000),
  c('33009', 'Arcachon', '33120', 11000),
  c('33200', 'Le Haillan', '33185', 11000, 2),
  c('33051', 'Biganos', '33380', 11000),
  c('33284', 'Mios', '33380', 11000),
  c('33519', 'Le Taillan-Médoc', '33320', 10000, 2),
  c('33238', 'Léognan', '33850', 10000),
  c('33433', 'Saint-Loubès', '33450', 9600),
  c('33312', 'Parempuyre', '33290', 9000, 2),
  c('33013', 'Artigues-près-Bordeaux', '33370', 9000, 2),
  c('33138', 'Coutras', '33230', 8800),
  c('33019', 'Audenge', '33980', 8500),
  c('33236', 'Lège-Cap-Ferret', '33950', 8400),
  c('33422', "Saint-Jean-d'Illac", '33127', 8300),
  c('33527', 'Le Teich', '33470', 8000),
  c('33096', 'Carbon-Blanc', '33560', 8000, 2),
  c('33498', 'Salles', '33770', 8000),
  c('33273', 'Martignas-sur-Jalle', '33127', 7600, 2),
  c('33376', 'Saint-Aubin-de-Médoc', '33160', 7500, 2),
  c('33032', 'Bassens', '33530', 7500, 2),
  c('33229', 'Lanton', '33138', 7500),
  c('33227', 'Langon', '33210', 7500),
  c('33207', 'Izon', '33450', 6000),
  c('33240', 'Lesparre-Médoc', '33340', 5700),
  c('33090', 'Canéjan', '33610', 5500),
  c('33214', 'Lacanau', '33680', 5500),
  c('33143', 'Créon', '33670', 5000),
  c('33555', 'Marcheprime', '33380', 5000),
  c('33314', 'Pauillac', '33250', 4900),
  c('33058', 'Blaye', '33390', 4900),
  c('33036', 'Bazas', '33430', 4700),
  c('33104', 'Castelnau-de-Médoc', '33480', 4700),
  c('33352', 'La Réole', '33190', 4200),
  c('33203', 'Hourtin', '33990', 3700),
  c('33065', 'Bouliac', '33270', 3600, 2),
  c('33234', 'Latresne', '33360', 3500),
  c('33004', 'Ambès', '33810', 3100, 2),
  c('33081', 'Cadillac', '33410', 2800),
  c('33514', 'Soulac-sur-Mer', '33780', 2800),
  c('33402', 'Sainte-Foy-la-Grande', '33220', 2300),
  c('33394', 'Saint-Émilion', '33330', 1800),
];
